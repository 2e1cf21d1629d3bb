#include "GoalRepository.h"

#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/PersonKinds.h"
#include "storage/Refusal.h"
#include "storage/SqlValues.h"

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

// Purchases name their stepping stone: the money must stay explained, so such a stone (or its goal) stays.
void refuseIfBought(Database &db, const char *sql, const QString &id)
{
    Statement s = db.prepare(sql);
    s.bind(1, id);
    if (s.next())
        refuse("id", Issue::InUse);
}

QString citizenOfGoal(Database &db, const QString &goalId)
{
    const auto goal = Kinds::goal().find(db, goalId);
    if (!goal)
        refuse("goalId", Issue::UnknownReference);
    return goal->citizenId;
}

QList<SteppingStone> stonesOf(Database &db, const QString &goalId)
{
    return Kinds::steppingStone().readWhere(db, "goal_id = ?1", { goalId });
}

} // namespace

GoalRepository::GoalRepository(CaseFile &file)
    : m_file(file)
{ }

Result<QList<GoalWithStones>> GoalRepository::goalsOf(const QString &citizenId)
{
    return m_file.read([&](Database &db) {
        QList<GoalWithStones> result;
        for (const Goal &g : Kinds::goal().readWhere(db, "citizen_id = ?1", { citizenId }))
            result.append(GoalWithStones { g, stonesOf(db, g.id) });
        return result;
    });
}

Result<GoalWithStones> GoalRepository::goal(const QString &goalId)
{
    return m_file.read([&](Database &db) {
        const auto goal = Kinds::goal().find(db, goalId);
        if (!goal)
            refuse("id", Issue::UnknownReference);
        return GoalWithStones { *goal, stonesOf(db, goalId) };
    });
}

Result<Goal> GoalRepository::createGoal(Goal goal)
{
    if (goal.id.isEmpty())
        goal.id = newId();
    goal.createdAt = goal.updatedAt = now();
    if (auto position = m_file.read([&](Database &db) { return Kinds::goal().nextPosition(db, goal.citizenId); }))
        goal.position = *position;
    if (Status s = putGoal(goal); !s)
        return s.error();
    return goal;
}

Result<Goal> GoalRepository::updateGoal(Goal goal)
{
    goal.updatedAt = now();
    if (Status s = putGoal(goal); !s)
        return s.error();
    return goal;
}

Status GoalRepository::putGoal(const Goal &g)
{
    if (Status s = Validation::validate(g); !s)
        return s;
    return m_file.write([&](Database &db) {
        if (!Kinds::citizen().exists(db, g.citizenId))
            refuse("citizenId", Issue::UnknownReference);
        if (!Kinds::goal().exists(db, g.id))
            Kinds::goal().openGap(db, g.citizenId, g.position);
        m_file.putRecord(Kinds::goal(), g, g.citizenId);
    });
}

Result<GoalWithStones> GoalRepository::removeGoal(const QString &goalId)
{
    auto snapshot = goal(goalId);
    if (!snapshot)
        return snapshot.error();
    Status status = m_file.write([&](Database &db) {
        refuseIfBought(db,
            "SELECT 1 FROM ledger_entry e JOIN stepping_stone st ON st.id = e.stone_id "
            "WHERE st.goal_id = ?1 LIMIT 1",
            goalId);
        const QString citizenId = snapshot->goal.citizenId;
        for (const SteppingStone &st : snapshot->stones)
            m_file.removeRecord(Kinds::steppingStone(), st.id, citizenId);
        m_file.removeRecord(Kinds::goal(), goalId, citizenId);
        Kinds::goal().closeGap(db, citizenId, snapshot->goal.position);
    });
    if (!status)
        return status.error();
    return snapshot;
}

Status GoalRepository::restoreGoal(const GoalWithStones &snapshot)
{
    if (Status s = Validation::validate(snapshot.goal); !s)
        return s;
    for (const SteppingStone &st : snapshot.stones) {
        if (Status s = Validation::validate(st); !s)
            return s;
    }
    return m_file.write([&](Database &db) {
        if (!Kinds::citizen().exists(db, snapshot.goal.citizenId))
            refuse("citizenId", Issue::UnknownReference);
        if (!Kinds::goal().exists(db, snapshot.goal.id))
            Kinds::goal().openGap(db, snapshot.goal.citizenId, snapshot.goal.position);
        m_file.putRecord(Kinds::goal(), snapshot.goal, snapshot.goal.citizenId);
        for (const SteppingStone &st : snapshot.stones)
            m_file.putRecord(Kinds::steppingStone(), st, snapshot.goal.citizenId);
    });
}

Result<SteppingStone> GoalRepository::createStone(SteppingStone stone)
{
    if (stone.id.isEmpty())
        stone.id = newId();
    stone.createdAt = stone.updatedAt = now();
    if (auto position
        = m_file.read([&](Database &db) { return Kinds::steppingStone().nextPosition(db, stone.goalId); }))
        stone.position = *position;
    if (Status s = putStone(stone); !s)
        return s.error();
    return stone;
}

Result<SteppingStone> GoalRepository::updateStone(SteppingStone stone)
{
    stone.updatedAt = now();
    if (Status s = putStone(stone); !s)
        return s.error();
    return stone;
}

Status GoalRepository::putStone(const SteppingStone &st)
{
    if (Status s = Validation::validate(st); !s)
        return s;
    return m_file.write([&](Database &db) {
        const QString citizenId = citizenOfGoal(db, st.goalId);
        if (!Kinds::steppingStone().exists(db, st.id))
            Kinds::steppingStone().openGap(db, st.goalId, st.position);
        m_file.putRecord(Kinds::steppingStone(), st, citizenId);
    });
}

Status GoalRepository::removeStone(const QString &stoneId)
{
    return m_file.write([&](Database &db) {
        const auto stone = Kinds::steppingStone().find(db, stoneId);
        if (!stone)
            refuse("id", Issue::UnknownReference);
        const QString citizenId = citizenOfGoal(db, stone->goalId);
        refuseIfBought(db, "SELECT 1 FROM ledger_entry WHERE stone_id = ?1 LIMIT 1", stoneId);
        m_file.removeRecord(Kinds::steppingStone(), stoneId, citizenId);
        Kinds::steppingStone().closeGap(db, stone->goalId, stone->position);
    });
}

Status GoalRepository::reorderStones(const QString &goalId, const QStringList &stoneIds)
{
    return m_file.write([&](Database &db) {
        const QString citizenId = citizenOfGoal(db, goalId);
        Kinds::steppingStone().reorder(db, goalId, stoneIds, "stoneIds");
        m_file.recordChange(AuditAction::RecordsReordered, Kinds::steppingStone(), goalId, citizenId);
    });
}

Status GoalRepository::reorderGoals(const QString &citizenId, const QStringList &goalIds)
{
    return m_file.write([&](Database &db) {
        if (!Kinds::citizen().exists(db, citizenId))
            refuse("citizenId", Issue::UnknownReference);
        Kinds::goal().reorder(db, citizenId, goalIds, "goalIds");
        m_file.recordChange(AuditAction::RecordsReordered, Kinds::goal(), citizenId, citizenId);
    });
}

} // namespace Traedesten::Storage
