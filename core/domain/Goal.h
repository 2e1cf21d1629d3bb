#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Traedesten::Domain {

enum class GoalCategory {
    Education,
    Employment,
    Housing,
    Health,
    MentalWellBeing,
    Relations,
    SubstanceUse,
    Finances,
    Family,
    Leisure,
    Other,
};

enum class GoalStatus { Active, Achieved, Dropped };

/// A long-term goal, in the citizen's own words.
struct Goal
{
    QString id;
    QString citizenId;
    QString ownWords;
    GoalCategory category = GoalCategory::Other;
    GoalStatus status = GoalStatus::Active;
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Goal &, const Goal &) = default;
};

const QList<GoalCategory> &allGoalCategories();
QString goalCategoryCode(GoalCategory category);
GoalCategory goalCategoryFromCode(const QString &code);
QString goalStatusCode(GoalStatus status);
GoalStatus goalStatusFromCode(const QString &code);

} // namespace Traedesten::Domain
