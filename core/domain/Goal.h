#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

/// The citizen's own end assessment of a long-term goal (the Danish trial's three levels).
enum class OwnAssessment { Achieved, GotCloser, NotCloser };

/// The support person's end assessment: to what degree the goal was reached (five levels).
enum class SupportAssessment { NotAtAll, SmallDegree, SomeDegree, HighDegree, VeryHighDegree };

/// A long-term goal, in the citizen's own words.
struct Goal
{
    QString id;
    QString citizenId;
    QString ownWords;
    GoalCategory category = GoalCategory::Other;
    GoalStatus status = GoalStatus::Active;
    int position = 0;
    /// Kept side by side: the two often differ, and both are reported.
    std::optional<OwnAssessment> ownAssessment;
    std::optional<SupportAssessment> supportAssessment;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Goal &, const Goal &) = default;
};

const QList<GoalCategory> &allGoalCategories();
QString goalCategoryCode(GoalCategory category);
GoalCategory goalCategoryFromCode(const QString &code);
QString goalStatusCode(GoalStatus status);
GoalStatus goalStatusFromCode(const QString &code);
const QList<OwnAssessment> &allOwnAssessments();
QString ownAssessmentCode(OwnAssessment assessment);
/// nullopt for an empty or unknown code.
std::optional<OwnAssessment> ownAssessmentFromCode(const QString &code);
const QList<SupportAssessment> &allSupportAssessments();
QString supportAssessmentCode(SupportAssessment assessment);
std::optional<SupportAssessment> supportAssessmentFromCode(const QString &code);

} // namespace Traedesten::Domain
