#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

enum class StoneStatus { Planned, InProgress, Done, Dropped };

/// A sub-goal on the way to a long-term goal, in order.
struct SteppingStone
{
    QString id;
    QString goalId;
    QString title;
    int position = 0;
    QDate dueDate;
    StoneStatus status = StoneStatus::Planned;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const SteppingStone &, const SteppingStone &) = default;
};

QString stoneStatusCode(StoneStatus status);
StoneStatus stoneStatusFromCode(const QString &code);

} // namespace Traedesten::Domain
