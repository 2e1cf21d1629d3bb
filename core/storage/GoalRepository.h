#pragma once

#include "Result.h"
#include "domain/Goal.h"
#include "domain/SteppingStone.h"

#include <QList>
#include <QStringList>

namespace Traedesten::Storage {

class CaseFile;

/// A goal with its stepping stones: what deleting a goal removes and undo restores.
struct GoalWithStones
{
    Domain::Goal goal;
    QList<Domain::SteppingStone> stones;

    friend bool operator==(const GoalWithStones &, const GoalWithStones &) = default;
};

/// Long-term goals and their stepping stones, in order.
class GoalRepository
{
public:
    explicit GoalRepository(CaseFile &file);

    /// The citizen's goals in order, each with its stepping stones in order.
    Result<QList<GoalWithStones>> goalsOf(const QString &citizenId);
    Result<GoalWithStones> goal(const QString &goalId);

    /// Appends a goal last; new id and timestamps.
    Result<Domain::Goal> createGoal(Domain::Goal goal);
    Result<Domain::Goal> updateGoal(Domain::Goal goal);
    Status putGoal(const Domain::Goal &goal);
    /// Deletes the goal with its stepping stones; returns what was deleted.
    Result<GoalWithStones> removeGoal(const QString &goalId);
    /// Puts back a deleted goal and its stepping stones exactly as they were.
    Status restoreGoal(const GoalWithStones &snapshot);

    /// Appends a stepping stone last on its goal; new id and timestamps.
    Result<Domain::SteppingStone> createStone(Domain::SteppingStone stone);
    Result<Domain::SteppingStone> updateStone(Domain::SteppingStone stone);
    Status putStone(const Domain::SteppingStone &stone);
    Status removeStone(const QString &stoneId);
    /// Gives the goal's stepping stones the order of @p stoneIds (all of them, each once).
    Status reorderStones(const QString &goalId, const QStringList &stoneIds);
    /// Gives the citizen's goals the order of @p goalIds (all of them, each once).
    Status reorderGoals(const QString &citizenId, const QStringList &goalIds);

private:
    CaseFile &m_file;
};

} // namespace Traedesten::Storage
