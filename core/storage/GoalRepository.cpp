#include "GoalRepository.h"

#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/ChangeNotifier.h"
#include "storage/SqlValues.h"

#include <QSet>

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

const QString GoalEntity = QStringLiteral("goal");
const QString StoneEntity = QStringLiteral("stepping_stone");

constexpr const char *GoalColumns = "id, citizen_id, own_words, category, status, position, created_at, updated_at, "
                                    "own_assessment, support_assessment";
constexpr const char *StoneColumns = "id, goal_id, title, position, due_date, status, created_at, updated_at";

Goal goalAt(const Statement &s)
{
    Goal g;
    g.id = s.text(0);
    g.citizenId = s.text(1);
    g.ownWords = s.text(2);
    g.category = goalCategoryFromCode(s.text(3));
    g.status = goalStatusFromCode(s.text(4));
    g.position = static_cast<int>(s.int64(5));
    g.createdAt = timestampAt(s, 6);
    g.updatedAt = timestampAt(s, 7);
    // '' is "not assessed (yet)": most goals are still running.
    g.ownAssessment = ownAssessmentFromCode(s.text(8));
    g.supportAssessment = supportAssessmentFromCode(s.text(9));
    return g;
}

SteppingStone stoneAt(const Statement &s)
{
    SteppingStone st;
    st.id = s.text(0);
    st.goalId = s.text(1);
    st.title = s.text(2);
    st.position = static_cast<int>(s.int64(3));
    st.dueDate = dateAt(s, 4);
    st.status = stoneStatusFromCode(s.text(5));
    st.createdAt = timestampAt(s, 6);
    st.updatedAt = timestampAt(s, 7);
    return st;
}

QList<SteppingStone> stonesOf(Database &db, const QString &goalId)
{
    const QByteArray sql = QByteArray("SELECT ") + StoneColumns
        + " FROM stepping_stone WHERE goal_id = ?1 ORDER BY position, created_at";
    Statement s = db.prepare(sql.constData());
    s.bind(1, goalId);
    QList<SteppingStone> stones;
    while (s.next())
        stones.append(stoneAt(s));
    return stones;
}

bool exists(Database &db, const char *sql, const QString &id)
{
    Statement s = db.prepare(sql);
    s.bind(1, id);
    return s.next();
}

int nextPosition(Database &db, const char *sql, const QString &parentId)
{
    Statement s = db.prepare(sql);
    s.bind(1, parentId);
    return s.next() ? static_cast<int>(s.int64(0)) : 0;
}

// Positions stay 0..n-1: a removal closes its gap and a put of a new record
// (an undone removal) opens it again, so undo restores positions exactly.
void openGap(Database &db, const char *sql, const QString &parentId, int position)
{
    Statement s = db.prepare(sql);
    s.bind(1, parentId).bind(2, position).run();
}

// Purchases name their stepping stone: the money must stay explained, so such a stone (or its goal) stays.
void refuseIfBought(Database &db, const char *sql, const QString &id)
{
    Statement s = db.prepare(sql);
    s.bind(1, id);
    if (s.next())
        throw SqliteError(Error::invalid(QStringLiteral("id"), Issue::InUse));
}

void writeGoal(Database &db, const Goal &g)
{
    Statement s = db.prepare(R"sql(
        INSERT INTO goal (id, citizen_id, own_words, category, status, position, created_at, updated_at,
                          own_assessment, support_assessment)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        ON CONFLICT (id) DO UPDATE SET citizen_id = excluded.citizen_id, own_words = excluded.own_words,
            category = excluded.category, status = excluded.status, position = excluded.position,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            own_assessment = excluded.own_assessment, support_assessment = excluded.support_assessment
    )sql");
    s.bind(1, g.id).bind(2, g.citizenId).bind(3, g.ownWords).bind(4, goalCategoryCode(g.category));
    s.bind(5, goalStatusCode(g.status)).bind(6, g.position);
    bindTimestamp(s, 7, g.createdAt);
    bindTimestamp(s, 8, g.updatedAt);
    s.bind(9, g.ownAssessment ? ownAssessmentCode(*g.ownAssessment) : QString());
    s.bind(10, g.supportAssessment ? supportAssessmentCode(*g.supportAssessment) : QString());
    s.run();
}

void writeStone(Database &db, const SteppingStone &st)
{
    Statement s = db.prepare(R"sql(
        INSERT INTO stepping_stone (id, goal_id, title, position, due_date, status, created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        ON CONFLICT (id) DO UPDATE SET goal_id = excluded.goal_id, title = excluded.title,
            position = excluded.position, due_date = excluded.due_date, status = excluded.status,
            created_at = excluded.created_at, updated_at = excluded.updated_at
    )sql");
    s.bind(1, st.id).bind(2, st.goalId).bind(3, st.title).bind(4, st.position);
    bindDate(s, 5, st.dueDate);
    s.bind(6, stoneStatusCode(st.status));
    bindTimestamp(s, 7, st.createdAt);
    bindTimestamp(s, 8, st.updatedAt);
    s.run();
}

} // namespace

GoalRepository::GoalRepository(CaseFile &file, ChangeNotifier *notifier)
    : m_file(file)
    , m_notifier(notifier)
{ }

Result<QList<GoalWithStones>> GoalRepository::goalsOf(const QString &citizenId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<GoalWithStones> result;
    try {
        const QByteArray sql
            = QByteArray("SELECT ") + GoalColumns + " FROM goal WHERE citizen_id = ?1 ORDER BY position, created_at";
        Statement s = db->prepare(sql.constData());
        s.bind(1, citizenId);
        while (s.next())
            result.append(GoalWithStones { goalAt(s), {} });
        for (GoalWithStones &g : result)
            g.stones = stonesOf(*db, g.goal.id);
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<GoalWithStones> GoalRepository::goal(const QString &goalId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        const QByteArray sql = QByteArray("SELECT ") + GoalColumns + " FROM goal WHERE id = ?1";
        Statement s = db->prepare(sql.constData());
        s.bind(1, goalId);
        if (!s.next())
            return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
        return GoalWithStones { goalAt(s), stonesOf(*db, goalId) };
    } catch (const SqliteError &e) {
        return e.error();
    }
}

QString GoalRepository::citizenOfGoal(const QString &goalId)
{
    Statement s = m_file.database()->prepare("SELECT citizen_id FROM goal WHERE id = ?1");
    s.bind(1, goalId);
    if (!s.next())
        throw SqliteError(Error::invalid(QStringLiteral("goalId"), Issue::UnknownReference));
    return s.text(0);
}

Result<Goal> GoalRepository::createGoal(Goal goal)
{
    if (goal.id.isEmpty())
        goal.id = newId();
    goal.createdAt = goal.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            goal.position = nextPosition(
                *db, "SELECT COALESCE(max(position) + 1, 0) FROM goal WHERE citizen_id = ?1", goal.citizenId);
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
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
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        if (!exists(db, "SELECT 1 FROM citizen WHERE id = ?1", g.citizenId))
            throw SqliteError(Error::invalid(QStringLiteral("citizenId"), Issue::UnknownReference));
        const bool existed = exists(db, "SELECT 1 FROM goal WHERE id = ?1", g.id);
        if (!existed)
            openGap(db, "UPDATE goal SET position = position + 1 WHERE citizen_id = ?1 AND position >= ?2", g.citizenId,
                g.position);
        writeGoal(db, g);
        m_file.appendEvent(
            existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, GoalEntity, g.id, g.citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Goal, g.id, g.citizenId);
    return status;
}

Result<GoalWithStones> GoalRepository::removeGoal(const QString &goalId)
{
    auto snapshot = goal(goalId);
    if (!snapshot)
        return snapshot.error();
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        refuseIfBought(db,
            "SELECT 1 FROM ledger_entry e JOIN stepping_stone st ON st.id = e.stone_id "
            "WHERE st.goal_id = ?1 LIMIT 1",
            goalId);
        Statement s = db.prepare("DELETE FROM goal WHERE id = ?1"); // stepping stones follow (ON DELETE CASCADE)
        s.bind(1, goalId).run();
        openGap(db, "UPDATE goal SET position = position - 1 WHERE citizen_id = ?1 AND position > ?2",
            snapshot->goal.citizenId, snapshot->goal.position);
        for (const SteppingStone &st : snapshot->stones)
            m_file.appendEvent(AuditAction::RecordDeleted, StoneEntity, st.id, snapshot->goal.citizenId);
        m_file.appendEvent(AuditAction::RecordDeleted, GoalEntity, goalId, snapshot->goal.citizenId);
    });
    if (!status)
        return status.error();
    if (m_notifier)
        m_notifier->notify(EntityType::Goal, goalId, snapshot->goal.citizenId);
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
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        if (!exists(db, "SELECT 1 FROM citizen WHERE id = ?1", snapshot.goal.citizenId))
            throw SqliteError(Error::invalid(QStringLiteral("citizenId"), Issue::UnknownReference));
        if (!exists(db, "SELECT 1 FROM goal WHERE id = ?1", snapshot.goal.id))
            openGap(db, "UPDATE goal SET position = position + 1 WHERE citizen_id = ?1 AND position >= ?2",
                snapshot.goal.citizenId, snapshot.goal.position);
        writeGoal(db, snapshot.goal);
        m_file.appendEvent(AuditAction::RecordCreated, GoalEntity, snapshot.goal.id, snapshot.goal.citizenId);
        for (const SteppingStone &st : snapshot.stones) {
            writeStone(db, st);
            m_file.appendEvent(AuditAction::RecordCreated, StoneEntity, st.id, snapshot.goal.citizenId);
        }
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Goal, snapshot.goal.id, snapshot.goal.citizenId);
    return status;
}

Result<SteppingStone> GoalRepository::createStone(SteppingStone stone)
{
    if (stone.id.isEmpty())
        stone.id = newId();
    stone.createdAt = stone.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            stone.position = nextPosition(
                *db, "SELECT COALESCE(max(position) + 1, 0) FROM stepping_stone WHERE goal_id = ?1", stone.goalId);
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
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
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        citizenId = citizenOfGoal(st.goalId);
        const bool existed = exists(db, "SELECT 1 FROM stepping_stone WHERE id = ?1", st.id);
        if (!existed)
            openGap(db, "UPDATE stepping_stone SET position = position + 1 WHERE goal_id = ?1 AND position >= ?2",
                st.goalId, st.position);
        writeStone(db, st);
        m_file.appendEvent(
            existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, StoneEntity, st.id, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::SteppingStone, st.id, citizenId);
    return status;
}

Status GoalRepository::removeStone(const QString &stoneId)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement find = db.prepare("SELECT goal_id, position FROM stepping_stone WHERE id = ?1");
        find.bind(1, stoneId);
        if (!find.next())
            throw SqliteError(Error::invalid(QStringLiteral("id"), Issue::UnknownReference));
        const QString goalId = find.text(0);
        const int position = static_cast<int>(find.int64(1));
        citizenId = citizenOfGoal(goalId);
        refuseIfBought(db, "SELECT 1 FROM ledger_entry WHERE stone_id = ?1 LIMIT 1", stoneId);
        Statement s = db.prepare("DELETE FROM stepping_stone WHERE id = ?1");
        s.bind(1, stoneId).run();
        openGap(db, "UPDATE stepping_stone SET position = position - 1 WHERE goal_id = ?1 AND position > ?2", goalId,
            position);
        m_file.appendEvent(AuditAction::RecordDeleted, StoneEntity, stoneId, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::SteppingStone, stoneId, citizenId);
    return status;
}

Status GoalRepository::reorderStones(const QString &goalId, const QStringList &stoneIds)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        citizenId = citizenOfGoal(goalId);
        QSet<QString> current;
        for (const SteppingStone &st : stonesOf(db, goalId))
            current.insert(st.id);
        const QSet<QString> wanted(stoneIds.cbegin(), stoneIds.cend());
        if (current != wanted || wanted.size() != stoneIds.size())
            throw SqliteError(Error::invalid(QStringLiteral("stoneIds"), Issue::UnknownReference));
        Statement s = db.prepare("UPDATE stepping_stone SET position = ?1 WHERE id = ?2");
        for (int i = 0; i < stoneIds.size(); ++i) {
            s.bind(1, i).bind(2, stoneIds.at(i)).run();
            s.reset();
        }
        m_file.appendEvent(AuditAction::RecordsReordered, StoneEntity, goalId, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::SteppingStone, goalId, citizenId);
    return status;
}

Status GoalRepository::reorderGoals(const QString &citizenId, const QStringList &goalIds)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        if (!exists(db, "SELECT 1 FROM citizen WHERE id = ?1", citizenId))
            throw SqliteError(Error::invalid(QStringLiteral("citizenId"), Issue::UnknownReference));
        QSet<QString> current;
        Statement ids = db.prepare("SELECT id FROM goal WHERE citizen_id = ?1");
        ids.bind(1, citizenId);
        while (ids.next())
            current.insert(ids.text(0));
        const QSet<QString> wanted(goalIds.cbegin(), goalIds.cend());
        if (current != wanted || wanted.size() != goalIds.size())
            throw SqliteError(Error::invalid(QStringLiteral("goalIds"), Issue::UnknownReference));
        Statement s = db.prepare("UPDATE goal SET position = ?1 WHERE id = ?2");
        for (int i = 0; i < goalIds.size(); ++i) {
            s.bind(1, i).bind(2, goalIds.at(i)).run();
            s.reset();
        }
        m_file.appendEvent(AuditAction::RecordsReordered, GoalEntity, citizenId, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Goal, citizenId, citizenId);
    return status;
}

} // namespace Traedesten::Storage
