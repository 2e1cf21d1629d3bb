#include "FamilyPlanRepository.h"

#include "domain/FamilyPlanRules.h"
#include "storage/CaseFile.h"
#include "storage/ChangeNotifier.h"
#include "storage/SqlValues.h"

#include <QSet>

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

const QString PlanEntity = QStringLiteral("family_plan");
const QString GoalEntity = QStringLiteral("family_goal");
const QString InterventionEntity = QStringLiteral("intervention");
const QString ConsentEntity = QStringLiteral("consent");

constexpr const char *PlanColumns = "id, household_id, version, status, signed_on, review_date, created_at, updated_at";
constexpr const char *GoalColumns = "id, plan_id, text, linked_goal_ids, position, created_at, updated_at";
constexpr const char *InterventionColumns
    = "i.id, i.plan_id, i.member_ids, i.department_id, i.title, i.purpose, i.responsible_person, i.responsible_role, "
      "i.start_date, i.end_date, i.status, i.position, i.next_follow_up, i.created_at, i.updated_at";
constexpr const char *ConsentColumns = "id, household_id, member_id, department_id, scope, given_on, expires_on, "
                                       "withdrawn_on, created_at, updated_at";

[[noreturn]] void refuse(const char *field, Issue issue, QVariantList args = {})
{
    throw SqliteError(Error::invalid(QString::fromLatin1(field), issue, std::move(args)));
}

QStringList idList(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

FamilyPlan planAt(const Statement &s)
{
    return FamilyPlan { s.text(0), s.text(1), static_cast<int>(s.int64(2)), planStatusFromCode(s.text(3)), dateAt(s, 4),
        dateAt(s, 5), timestampAt(s, 6), timestampAt(s, 7) };
}

FamilyGoal goalAt(const Statement &s)
{
    return FamilyGoal { s.text(0), s.text(1), s.text(2), idList(s.text(3)), static_cast<int>(s.int64(4)),
        timestampAt(s, 5), timestampAt(s, 6) };
}

Intervention interventionAt(const Statement &s)
{
    Intervention i;
    i.id = s.text(0);
    i.planId = s.text(1);
    i.memberIds = idList(s.text(2));
    i.departmentId = s.text(3);
    i.title = s.text(4);
    i.purpose = s.text(5);
    i.responsiblePerson = s.text(6);
    i.responsibleRole = s.text(7);
    i.startDate = dateAt(s, 8);
    i.endDate = dateAt(s, 9);
    i.status = interventionStatusFromCode(s.text(10));
    i.position = static_cast<int>(s.int64(11));
    i.nextFollowUp = dateAt(s, 12);
    i.createdAt = timestampAt(s, 13);
    i.updatedAt = timestampAt(s, 14);
    return i;
}

Consent consentAt(const Statement &s)
{
    return Consent { s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), dateAt(s, 5), dateAt(s, 6), dateAt(s, 7),
        timestampAt(s, 8), timestampAt(s, 9) };
}

std::optional<FamilyPlan> loadPlan(Database &db, const QString &id)
{
    const QByteArray sql = QByteArray("SELECT ") + PlanColumns + " FROM family_plan WHERE id = ?1";
    Statement s = db.prepare(sql.constData());
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return planAt(s);
}

/// The plan a goal or intervention belongs to, which must be a draft.
FamilyPlan draftPlan(Database &db, const QString &planId)
{
    const auto plan = loadPlan(db, planId);
    if (!plan)
        refuse("planId", Issue::UnknownReference);
    if (plan->status == PlanStatus::Signed)
        refuse("planId", Issue::Signed, { plan->version });
    return *plan;
}

void checkText(const char *field, const QString &text, bool required)
{
    if (required && text.trimmed().isEmpty())
        refuse(field, Issue::Required);
    if (text.size() > FamilyPlanRepository::MaxTextLength)
        refuse(field, Issue::TooLong);
}

void checkDates(const QDate &start, const QDate &end)
{
    if (start.isValid() && end.isValid() && end < start)
        refuse("endDate", Issue::EndBeforeStart);
}

void writeGoal(Database &db, const FamilyGoal &g)
{
    Statement s = db.prepare(R"sql(
        INSERT INTO family_goal (id, plan_id, text, linked_goal_ids, position, created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, text = excluded.text,
            linked_goal_ids = excluded.linked_goal_ids, position = excluded.position,
            created_at = excluded.created_at, updated_at = excluded.updated_at
    )sql");
    s.bind(1, g.id)
        .bind(2, g.planId)
        .bind(3, g.text)
        .bind(4, g.linkedGoalIds.join(QLatin1Char(',')))
        .bind(5, g.position);
    bindTimestamp(s, 6, g.createdAt);
    bindTimestamp(s, 7, g.updatedAt);
    s.run();
}

void writeIntervention(Database &db, const Intervention &i)
{
    Statement s = db.prepare(R"sql(
        INSERT INTO intervention (id, plan_id, member_ids, department_id, title, purpose, responsible_person,
                                  responsible_role, start_date, end_date, status, position, next_follow_up,
                                  created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
        ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, member_ids = excluded.member_ids,
            department_id = excluded.department_id, title = excluded.title, purpose = excluded.purpose,
            responsible_person = excluded.responsible_person, responsible_role = excluded.responsible_role,
            start_date = excluded.start_date, end_date = excluded.end_date, status = excluded.status,
            position = excluded.position, next_follow_up = excluded.next_follow_up,
            created_at = excluded.created_at, updated_at = excluded.updated_at
    )sql");
    s.bind(1, i.id).bind(2, i.planId).bind(3, i.memberIds.join(QLatin1Char(','))).bind(4, i.departmentId);
    s.bind(5, i.title).bind(6, i.purpose).bind(7, i.responsiblePerson).bind(8, i.responsibleRole);
    bindDate(s, 9, i.startDate);
    bindDate(s, 10, i.endDate);
    s.bind(11, interventionStatusCode(i.status)).bind(12, i.position);
    bindDate(s, 13, i.nextFollowUp);
    bindTimestamp(s, 14, i.createdAt);
    bindTimestamp(s, 15, i.updatedAt);
    s.run();
}

QList<Intervention> interventionsOf(Database &db, const QString &planId)
{
    const QByteArray sql = QByteArray("SELECT ") + InterventionColumns
        + " FROM intervention i JOIN department d ON d.id = i.department_id WHERE i.plan_id = ?1"
          " ORDER BY d.position, d.name, i.position, i.created_at";
    Statement s = db.prepare(sql.constData());
    s.bind(1, planId);
    QList<Intervention> result;
    while (s.next())
        result.append(interventionAt(s));
    return result;
}

QList<FamilyGoal> goalsOf(Database &db, const QString &planId)
{
    const QByteArray sql
        = QByteArray("SELECT ") + GoalColumns + " FROM family_goal WHERE plan_id = ?1 ORDER BY position, created_at";
    Statement s = db.prepare(sql.constData());
    s.bind(1, planId);
    QList<FamilyGoal> result;
    while (s.next())
        result.append(goalAt(s));
    return result;
}

} // namespace

FamilyPlanRepository::FamilyPlanRepository(CaseFile &file, ChangeNotifier *notifier)
    : m_file(file)
    , m_notifier(notifier)
{ }

Result<QList<Department>> FamilyPlanRepository::departments()
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<Department> result;
    try {
        Statement s = db->prepare("SELECT id, code, name, position, archived, created_at, updated_at FROM department "
                                  "ORDER BY position, name");
        while (s.next()) {
            result.append(Department { s.text(0), s.text(1), s.text(2), static_cast<int>(s.int64(3)), s.int64(4) != 0,
                timestampAt(s, 5), timestampAt(s, 6) });
        }
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<Department> FamilyPlanRepository::createDepartment(Department department)
{
    if (department.id.isEmpty())
        department.id = newId();
    department.code.clear();
    department.createdAt = department.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            Statement s = db->prepare("SELECT COALESCE(max(position) + 1, 0) FROM department");
            if (s.next())
                department.position = static_cast<int>(s.int64(0));
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
    if (Status s = putDepartment(department); !s)
        return s.error();
    return department;
}

Result<Department> FamilyPlanRepository::updateDepartment(Department department)
{
    department.updatedAt = now();
    if (Status s = putDepartment(department); !s)
        return s.error();
    return department;
}

Status FamilyPlanRepository::putDepartment(const Department &d)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        if (d.code.isEmpty())
            checkText("name", d.name, true);
        if (d.name.size() > 100)
            refuse("name", Issue::TooLong);
        Statement find = db.prepare("SELECT 1 FROM department WHERE id = ?1");
        find.bind(1, d.id);
        const bool existed = find.next();
        Statement s = db.prepare(R"sql(
            INSERT INTO department (id, code, name, position, archived, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, position = excluded.position,
                archived = excluded.archived, created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, d.id).bind(2, d.code).bind(3, d.name).bind(4, d.position).bind(5, d.archived ? 1 : 0);
        bindTimestamp(s, 6, d.createdAt);
        bindTimestamp(s, 7, d.updatedAt);
        s.run();
        m_file.appendEvent(
            existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, QStringLiteral("department"), d.id, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Department, d.id, {});
    return status;
}

Status FamilyPlanRepository::removeDepartment(const QString &departmentId)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        for (const char *sql : { "SELECT 1 FROM intervention WHERE department_id = ?1 LIMIT 1",
                 "SELECT 1 FROM consent WHERE department_id = ?1 LIMIT 1" }) {
            Statement used = db.prepare(sql);
            used.bind(1, departmentId);
            if (used.next())
                refuse("id", Issue::InUse);
        }
        Statement s = db.prepare("DELETE FROM department WHERE id = ?1");
        s.bind(1, departmentId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, QStringLiteral("department"), departmentId, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Department, departmentId, {});
    return status;
}

Result<QList<FamilyPlan>> FamilyPlanRepository::plans(const QString &householdId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<FamilyPlan> result;
    try {
        const QByteArray sql
            = QByteArray("SELECT ") + PlanColumns + " FROM family_plan WHERE household_id = ?1 ORDER BY version DESC";
        Statement s = db->prepare(sql.constData());
        s.bind(1, householdId);
        while (s.next())
            result.append(planAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<FamilyPlan> FamilyPlanRepository::plan(const QString &planId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        if (auto p = loadPlan(*db, planId))
            return *p;
        return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<FamilyPlan> FamilyPlanRepository::createPlan(const QString &householdId)
{
    FamilyPlan plan { newId(), householdId, 1, PlanStatus::Draft, {}, {}, now(), now() };
    if (Database *db = m_file.database()) {
        try {
            Statement s = db->prepare("SELECT 1 FROM family_plan WHERE household_id = ?1");
            s.bind(1, householdId);
            if (s.next())
                return Error::invalid(QStringLiteral("householdId"), Issue::InUse);
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
    if (Status s = putPlan(plan); !s)
        return s.error();
    return plan;
}

Status FamilyPlanRepository::putPlan(const FamilyPlan &p)
{
    if (p.status == PlanStatus::Signed && !p.signedOn.isValid())
        return Error::invalid(QStringLiteral("signedOn"), Issue::Required);
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement household = db.prepare("SELECT 1 FROM household WHERE id = ?1");
        household.bind(1, p.householdId);
        if (!household.next())
            refuse("householdId", Issue::UnknownReference);
        const auto stored = loadPlan(db, p.id);
        // A signed version stays as signed; only undoing the signature (back to the stored draft) changes it.
        if (stored && stored->status == PlanStatus::Signed && p.status == PlanStatus::Signed && !(*stored == p))
            refuse("planId", Issue::Signed, { stored->version });
        if (p.status == PlanStatus::Signed && (!stored || stored->status != PlanStatus::Signed)) {
            // Signed at a meeting that has taken place, and not before the version it replaces.
            if (p.signedOn > QDate::currentDate())
                refuse("signedOn", Issue::InvalidDate);
            Statement earlier
                = db.prepare("SELECT max(signed_on) FROM family_plan WHERE household_id = ?1 AND version < ?2");
            earlier.bind(1, p.householdId).bind(2, p.version);
            if (earlier.next() && !earlier.isNull(0) && p.signedOn < QDate::fromString(earlier.text(0), Qt::ISODate))
                refuse("signedOn", Issue::InvalidDate);
        }
        Statement s = db.prepare(R"sql(
            INSERT INTO family_plan (id, household_id, version, status, signed_on, review_date, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT (id) DO UPDATE SET household_id = excluded.household_id, version = excluded.version,
                status = excluded.status, signed_on = excluded.signed_on, review_date = excluded.review_date,
                created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, p.id).bind(2, p.householdId).bind(3, p.version).bind(4, planStatusCode(p.status));
        bindDate(s, 5, p.signedOn);
        bindDate(s, 6, p.reviewDate);
        bindTimestamp(s, 7, p.createdAt);
        bindTimestamp(s, 8, p.updatedAt);
        s.run();
        m_file.appendEvent(stored ? AuditAction::RecordUpdated : AuditAction::RecordCreated, PlanEntity, p.id, {});
    });
    if (status && m_notifier) {
        m_notifier->notify(EntityType::FamilyPlan, p.id, {});
        m_notifier->notifyPlan(p.householdId);
    }
    return status;
}

Result<FamilyPlan> FamilyPlanRepository::signPlan(const QString &planId, const QDate &day)
{
    auto stored = plan(planId);
    if (!stored)
        return stored.error();
    if (stored->status == PlanStatus::Signed)
        return Error::invalid(QStringLiteral("planId"), Issue::Signed, { stored->version });
    if (!day.isValid())
        return Error::invalid(QStringLiteral("signedOn"), Issue::Required);
    FamilyPlan signedPlan = *stored;
    signedPlan.status = PlanStatus::Signed;
    signedPlan.signedOn = day;
    signedPlan.updatedAt = now();
    if (Status s = putPlan(signedPlan); !s)
        return s.error();
    return signedPlan;
}

Result<FamilyPlan> FamilyPlanRepository::startNewVersion(const QString &planId)
{
    FamilyPlan next;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        const auto from = loadPlan(db, planId);
        if (!from)
            refuse("planId", Issue::UnknownReference);
        Statement newest = db.prepare("SELECT max(version) FROM family_plan WHERE household_id = ?1");
        newest.bind(1, from->householdId);
        if (!newest.next() || newest.int64(0) != from->version)
            refuse("planId", Issue::InUse); // only the newest version is carried on
        const QDateTime stamp = now();
        next = FamilyPlan { newId(), from->householdId, from->version + 1, PlanStatus::Draft, {}, from->reviewDate,
            stamp, stamp };
        Statement s = db.prepare(R"sql(
            INSERT INTO family_plan (id, household_id, version, status, signed_on, review_date, created_at, updated_at)
            VALUES (?1, ?2, ?3, 'draft', NULL, ?4, ?5, ?5)
        )sql");
        s.bind(1, next.id).bind(2, next.householdId).bind(3, next.version);
        bindDate(s, 4, next.reviewDate);
        bindTimestamp(s, 5, stamp);
        s.run();
        for (FamilyGoal g : goalsOf(db, planId)) {
            g.id = newId();
            g.planId = next.id;
            g.createdAt = g.updatedAt = stamp;
            writeGoal(db, g);
        }
        for (Intervention i : interventionsOf(db, planId)) {
            i.id = newId();
            i.planId = next.id;
            i.createdAt = i.updatedAt = stamp;
            writeIntervention(db, i);
        }
        m_file.appendEvent(AuditAction::RecordCreated, PlanEntity, next.id, {});
    });
    if (!status)
        return status.error();
    if (m_notifier) {
        m_notifier->notify(EntityType::FamilyPlan, next.id, {});
        m_notifier->notifyPlan(next.householdId);
    }
    return next;
}

Status FamilyPlanRepository::restorePlan(
    const FamilyPlan &plan, const QList<FamilyGoal> &goals, const QList<Intervention> &interventions)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        if (loadPlan(db, plan.id))
            refuse("id", Issue::InUse);
        Statement s = db.prepare(R"sql(
            INSERT INTO family_plan (id, household_id, version, status, signed_on, review_date, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        )sql");
        s.bind(1, plan.id).bind(2, plan.householdId).bind(3, plan.version).bind(4, planStatusCode(plan.status));
        bindDate(s, 5, plan.signedOn);
        bindDate(s, 6, plan.reviewDate);
        bindTimestamp(s, 7, plan.createdAt);
        bindTimestamp(s, 8, plan.updatedAt);
        s.run();
        for (const FamilyGoal &g : goals)
            writeGoal(db, g);
        for (const Intervention &i : interventions)
            writeIntervention(db, i);
        m_file.appendEvent(AuditAction::RecordCreated, PlanEntity, plan.id, {});
    });
    if (status && m_notifier) {
        m_notifier->notify(EntityType::FamilyPlan, plan.id, {});
        m_notifier->notifyPlan(plan.householdId);
    }
    return status;
}

Status FamilyPlanRepository::removePlan(const QString &planId)
{
    QString household;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        const auto p = loadPlan(db, planId);
        if (!p)
            refuse("id", Issue::UnknownReference);
        household = p->householdId;
        Statement newest = db.prepare("SELECT max(version) FROM family_plan WHERE household_id = ?1");
        newest.bind(1, p->householdId);
        if (!newest.next() || newest.int64(0) != p->version)
            refuse("id", Issue::InUse);
        Statement s = db.prepare("DELETE FROM family_plan WHERE id = ?1");
        s.bind(1, planId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, PlanEntity, planId, {});
    });
    if (status && m_notifier) {
        m_notifier->notify(EntityType::FamilyPlan, planId, {});
        m_notifier->notifyPlan(household);
    }
    return status;
}

Result<QList<FamilyGoal>> FamilyPlanRepository::goals(const QString &planId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        return goalsOf(*db, planId);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<FamilyGoal> FamilyPlanRepository::createGoal(FamilyGoal goal)
{
    if (goal.id.isEmpty())
        goal.id = newId();
    goal.createdAt = goal.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            Statement s = db->prepare("SELECT COALESCE(max(position) + 1, 0) FROM family_goal WHERE plan_id = ?1");
            s.bind(1, goal.planId);
            if (s.next())
                goal.position = static_cast<int>(s.int64(0));
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
    if (Status s = putGoal(goal); !s)
        return s.error();
    return goal;
}

Result<FamilyGoal> FamilyPlanRepository::updateGoal(FamilyGoal goal)
{
    goal.updatedAt = now();
    if (Status s = putGoal(goal); !s)
        return s.error();
    return goal;
}

Status FamilyPlanRepository::putGoal(const FamilyGoal &g)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        checkText("text", g.text, true);
        draftPlan(db, g.planId);
        Statement find = db.prepare("SELECT 1 FROM family_goal WHERE id = ?1");
        find.bind(1, g.id);
        const bool existed = find.next();
        writeGoal(db, g);
        m_file.appendEvent(existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, GoalEntity, g.id, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::FamilyGoal, g.id, {});
    return status;
}

Status FamilyPlanRepository::removeGoal(const QString &goalId)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement find = db.prepare("SELECT plan_id FROM family_goal WHERE id = ?1");
        find.bind(1, goalId);
        if (!find.next())
            refuse("id", Issue::UnknownReference);
        draftPlan(db, find.text(0));
        Statement s = db.prepare("DELETE FROM family_goal WHERE id = ?1");
        s.bind(1, goalId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, GoalEntity, goalId, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::FamilyGoal, goalId, {});
    return status;
}

Result<QList<Intervention>> FamilyPlanRepository::interventions(const QString &planId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        return interventionsOf(*db, planId);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<Intervention> FamilyPlanRepository::createIntervention(Intervention intervention)
{
    if (intervention.id.isEmpty())
        intervention.id = newId();
    intervention.createdAt = intervention.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            Statement s = db->prepare(
                "SELECT COALESCE(max(position) + 1, 0) FROM intervention WHERE plan_id = ?1 AND department_id = ?2");
            s.bind(1, intervention.planId).bind(2, intervention.departmentId);
            if (s.next())
                intervention.position = static_cast<int>(s.int64(0));
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
    if (Status s = putIntervention(intervention); !s)
        return s.error();
    return intervention;
}

Result<Intervention> FamilyPlanRepository::updateIntervention(Intervention intervention)
{
    intervention.updatedAt = now();
    if (Status s = putIntervention(intervention); !s)
        return s.error();
    return intervention;
}

Status FamilyPlanRepository::putIntervention(const Intervention &i)
{
    QString household;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        checkText("title", i.title, true);
        checkText("purpose", i.purpose, false);
        checkText("responsiblePerson", i.responsiblePerson, false);
        checkText("responsibleRole", i.responsibleRole, false);
        checkDates(i.startDate, i.endDate);
        const FamilyPlan plan = draftPlan(db, i.planId);
        household = plan.householdId;
        Statement department = db.prepare("SELECT 1 FROM department WHERE id = ?1");
        department.bind(1, i.departmentId);
        if (!department.next())
            refuse("departmentId", Issue::UnknownReference);
        if (i.memberIds.isEmpty())
            refuse("memberIds", Issue::Required);
        Statement member = db.prepare("SELECT 1 FROM household_member WHERE id = ?1 AND household_id = ?2");
        for (const QString &m : i.memberIds) {
            member.bind(1, m).bind(2, plan.householdId);
            if (!member.next())
                refuse("memberIds", Issue::UnknownReference);
            member.reset();
        }
        Statement find = db.prepare("SELECT department_id, position FROM intervention WHERE id = ?1");
        find.bind(1, i.id);
        const bool existed = find.next();
        if (!existed) {
            // A new or restored intervention takes its place: the ones after it move down one.
            Statement gap = db.prepare("UPDATE intervention SET position = position + 1 "
                                       "WHERE plan_id = ?1 AND department_id = ?2 AND position >= ?3");
            gap.bind(1, i.planId).bind(2, i.departmentId).bind(3, i.position).run();
        }
        writeIntervention(db, i);
        m_file.appendEvent(
            existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, InterventionEntity, i.id, {});
    });
    if (status && m_notifier) {
        m_notifier->notify(EntityType::Intervention, i.id, {});
        m_notifier->notifyPlan(household);
    }
    return status;
}

Status FamilyPlanRepository::removeIntervention(const QString &interventionId)
{
    QString household;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement find = db.prepare("SELECT plan_id, department_id, position FROM intervention WHERE id = ?1");
        find.bind(1, interventionId);
        if (!find.next())
            refuse("id", Issue::UnknownReference);
        const QString planId = find.text(0);
        const QString departmentId = find.text(1);
        const qint64 position = find.int64(2);
        household = draftPlan(db, planId).householdId;
        Statement s = db.prepare("DELETE FROM intervention WHERE id = ?1");
        s.bind(1, interventionId).run();
        Statement close = db.prepare("UPDATE intervention SET position = position - 1 "
                                     "WHERE plan_id = ?1 AND department_id = ?2 AND position > ?3");
        close.bind(1, planId).bind(2, departmentId).bind(3, position).run();
        m_file.appendEvent(AuditAction::RecordDeleted, InterventionEntity, interventionId, {});
    });
    if (status && m_notifier) {
        m_notifier->notify(EntityType::Intervention, interventionId, {});
        m_notifier->notifyPlan(household);
    }
    return status;
}

Status FamilyPlanRepository::reorderInterventions(
    const QString &planId, const QString &departmentId, const QStringList &ids)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        draftPlan(db, planId);
        QSet<QString> current;
        Statement find = db.prepare("SELECT id FROM intervention WHERE plan_id = ?1 AND department_id = ?2");
        find.bind(1, planId).bind(2, departmentId);
        while (find.next())
            current.insert(find.text(0));
        const QSet<QString> wanted(ids.cbegin(), ids.cend());
        if (current != wanted || wanted.size() != ids.size())
            refuse("ids", Issue::UnknownReference);
        Statement s = db.prepare("UPDATE intervention SET position = ?1 WHERE id = ?2");
        for (int i = 0; i < ids.size(); ++i) {
            s.bind(1, i).bind(2, ids.at(i)).run();
            s.reset();
        }
        m_file.appendEvent(AuditAction::RecordsReordered, InterventionEntity, planId, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Intervention, planId, {});
    return status;
}

Result<QList<Consent>> FamilyPlanRepository::consents(const QString &householdId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<Consent> result;
    try {
        const QByteArray sql = QByteArray("SELECT ") + ConsentColumns
            + " FROM consent WHERE household_id = ?1 ORDER BY given_on, created_at";
        Statement s = db->prepare(sql.constData());
        s.bind(1, householdId);
        while (s.next())
            result.append(consentAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<Consent> FamilyPlanRepository::createConsent(Consent consent)
{
    if (consent.id.isEmpty())
        consent.id = newId();
    consent.createdAt = consent.updatedAt = now();
    if (Status s = putConsent(consent); !s)
        return s.error();
    return consent;
}

Result<Consent> FamilyPlanRepository::updateConsent(Consent consent)
{
    consent.updatedAt = now();
    if (Status s = putConsent(consent); !s)
        return s.error();
    return consent;
}

Status FamilyPlanRepository::putConsent(const Consent &c)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        checkText("scope", c.scope, false);
        if (!c.givenOn.isValid())
            refuse("givenOn", Issue::Required);
        if (c.expiresOn.isValid() && c.expiresOn < c.givenOn)
            refuse("expiresOn", Issue::EndBeforeStart);
        if (c.withdrawnOn.isValid() && c.withdrawnOn < c.givenOn)
            refuse("withdrawnOn", Issue::EndBeforeStart);
        Statement member = db.prepare("SELECT 1 FROM household_member WHERE id = ?1 AND household_id = ?2");
        member.bind(1, c.memberId).bind(2, c.householdId);
        if (!member.next())
            refuse("memberId", Issue::UnknownReference);
        Statement department = db.prepare("SELECT 1 FROM department WHERE id = ?1");
        department.bind(1, c.departmentId);
        if (!department.next())
            refuse("departmentId", Issue::UnknownReference);
        Statement find = db.prepare("SELECT 1 FROM consent WHERE id = ?1");
        find.bind(1, c.id);
        const bool existed = find.next();
        Statement s = db.prepare(R"sql(
            INSERT INTO consent (id, household_id, member_id, department_id, scope, given_on, expires_on,
                                 withdrawn_on, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT (id) DO UPDATE SET household_id = excluded.household_id, member_id = excluded.member_id,
                department_id = excluded.department_id, scope = excluded.scope, given_on = excluded.given_on,
                expires_on = excluded.expires_on, withdrawn_on = excluded.withdrawn_on,
                created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, c.id).bind(2, c.householdId).bind(3, c.memberId).bind(4, c.departmentId).bind(5, c.scope);
        bindDate(s, 6, c.givenOn);
        bindDate(s, 7, c.expiresOn);
        bindDate(s, 8, c.withdrawnOn);
        bindTimestamp(s, 9, c.createdAt);
        bindTimestamp(s, 10, c.updatedAt);
        s.run();
        m_file.appendEvent(existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, ConsentEntity, c.id, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Consent, c.id, {});
    return status;
}

Status FamilyPlanRepository::removeConsent(const QString &consentId)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement s = db.prepare("DELETE FROM consent WHERE id = ?1");
        s.bind(1, consentId).run();
        Statement changes = db.prepare("SELECT changes()");
        if (!changes.next() || changes.int64(0) == 0)
            refuse("id", Issue::UnknownReference);
        m_file.appendEvent(AuditAction::RecordDeleted, ConsentEntity, consentId, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Consent, consentId, {});
    return status;
}

Result<QHash<QString, QStringList>> FamilyPlanRepository::missingConsents(const QString &planId, const QDate &day)
{
    auto p = plan(planId);
    if (!p)
        return p.error();
    auto all = consents(p->householdId);
    if (!all)
        return all.error();
    auto list = interventions(planId);
    if (!list)
        return list.error();
    return Domain::missingConsents(*list, *all, day); // the rule the printed plan uses too
}

Result<QList<DueFollowUp>> FamilyPlanRepository::dueFollowUps(const QDate &from, const QDate &to)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<DueFollowUp> result;
    try {
        Statement s = db->prepare(R"sql(
            SELECT p.household_id, i.id, i.title, i.next_follow_up
            FROM intervention i JOIN family_plan p ON p.id = i.plan_id
            WHERE i.next_follow_up BETWEEN ?1 AND ?2 AND i.status IN ('planned', 'active')
              AND p.version = (SELECT max(version) FROM family_plan q WHERE q.household_id = p.household_id)
            ORDER BY i.next_follow_up, i.title
        )sql");
        bindDate(s, 1, from);
        bindDate(s, 2, to);
        while (s.next())
            result.append(DueFollowUp { s.text(0), s.text(1), s.text(2), dateAt(s, 3) });
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

} // namespace Traedesten::Storage
