#include "FamilyPlanRepository.h"

#include "domain/FamilyPlanRules.h"
#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/PersonKinds.h"
#include "storage/PlanKinds.h"
#include "storage/Refusal.h"
#include "storage/SqlValues.h"

#include <QSet>

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

/// Whether @p sql (with @p id as ?1) finds a row.
bool found(Database &db, const char *sql, const QString &id)
{
    Statement s = db.cached(sql);
    s.bind(1, id);
    return s.next();
}

/// The position after the last of the rows @p sql counts (with @p args as ?1, ?2…).
int nextPosition(Database &db, const char *sql, const QStringList &args)
{
    Statement s = db.cached(sql);
    for (int i = 0; i < args.size(); ++i)
        s.bind(i + 1, args.at(i));
    return s.next() ? static_cast<int>(s.int64(0)) : 0;
}

/// The plan a goal or intervention belongs to, which must be a draft.
FamilyPlan draftPlan(Database &db, const QString &planId)
{
    const auto plan = Kinds::familyPlan().find(db, planId);
    if (!plan)
        refuse("planId", Issue::UnknownReference);
    if (plan->status == PlanStatus::Signed)
        refuse("planId", Issue::Signed, { plan->version });
    return *plan;
}

/// Only the newest version of a household's plan is carried on or removed.
bool isNewest(Database &db, const FamilyPlan &plan)
{
    Statement s = db.cached("SELECT max(version) FROM family_plan WHERE household_id = ?1");
    s.bind(1, plan.householdId);
    return s.next() && s.int64(0) == plan.version;
}

QList<FamilyGoal> goalsOf(Database &db, const QString &planId)
{
    return Kinds::familyGoal().readWhere(db, "plan_id = ?1", { planId });
}

QList<Intervention> interventionsOf(Database &db, const QString &planId)
{
    return Kinds::intervention().readWhere(db, "plan_id = ?1", { planId });
}

} // namespace

FamilyPlanRepository::FamilyPlanRepository(CaseFile &file)
    : m_file(file)
{ }

Result<QList<Department>> FamilyPlanRepository::departments()
{
    return m_file.read([&](Database &db) { return Kinds::department().readAll(db); });
}

Result<Department> FamilyPlanRepository::createDepartment(Department department)
{
    if (department.id.isEmpty())
        department.id = newId();
    department.code.clear();
    department.createdAt = department.updatedAt = now();
    if (auto position = m_file.read([&](Database &db) {
            return nextPosition(db, "SELECT COALESCE(max(position) + 1, 0) FROM department", {});
        }))
        department.position = *position;
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
    if (Status s = Validation::validate(d); !s)
        return s;
    return m_file.write([&] { m_file.putRecord(Kinds::department(), d, {}); });
}

Status FamilyPlanRepository::removeDepartment(const QString &departmentId)
{
    return m_file.write([&](Database &db) {
        if (found(db, "SELECT 1 FROM intervention WHERE department_id = ?1 LIMIT 1", departmentId)
            || found(db, "SELECT 1 FROM consent WHERE department_id = ?1 LIMIT 1", departmentId))
            refuse("id", Issue::InUse);
        m_file.removeRecord(Kinds::department(), departmentId, {});
    });
}

Result<QList<FamilyPlan>> FamilyPlanRepository::plans(const QString &householdId)
{
    return m_file.read(
        [&](Database &db) { return Kinds::familyPlan().readWhere(db, "household_id = ?1", { householdId }); });
}

Result<FamilyPlan> FamilyPlanRepository::plan(const QString &planId)
{
    return m_file.read([&](Database &db) {
        const auto plan = Kinds::familyPlan().find(db, planId);
        if (!plan)
            refuse("id", Issue::UnknownReference);
        return *plan;
    });
}

Result<FamilyPlan> FamilyPlanRepository::createPlan(const QString &householdId)
{
    FamilyPlan plan { newId(), householdId, 1, PlanStatus::Draft, {}, {}, now(), now() };
    const auto taken = m_file.read(
        [&](Database &db) { return found(db, "SELECT 1 FROM family_plan WHERE household_id = ?1", householdId); });
    if (!taken)
        return taken.error();
    if (*taken)
        return Error::invalid(QStringLiteral("householdId"), Issue::InUse);
    if (Status s = putPlan(plan); !s)
        return s.error();
    return plan;
}

Status FamilyPlanRepository::putPlan(const FamilyPlan &p)
{
    if (Status s = Validation::validate(p); !s)
        return s;
    return m_file.write([&](Database &db) {
        if (!Kinds::household().exists(db, p.householdId))
            refuse("householdId", Issue::UnknownReference);
        const auto stored = Kinds::familyPlan().find(db, p.id);
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
        m_file.putRecord(Kinds::familyPlan(), p, {}, p.householdId);
    });
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
    Status status = m_file.write([&](Database &db) {
        const auto from = Kinds::familyPlan().find(db, planId);
        if (!from)
            refuse("planId", Issue::UnknownReference);
        if (!isNewest(db, *from))
            refuse("planId", Issue::InUse); // only the newest version is carried on
        const QDateTime stamp = now();
        next = FamilyPlan { newId(), from->householdId, from->version + 1, PlanStatus::Draft, {}, from->reviewDate,
            stamp, stamp };
        // Each copy is a record of its own and logged as one (what changed since a point sees all of them).
        m_file.putRecord(Kinds::familyPlan(), next, {}, next.householdId);
        for (FamilyGoal g : goalsOf(db, planId)) {
            g.id = newId();
            g.planId = next.id;
            g.createdAt = g.updatedAt = stamp;
            m_file.putRecord(Kinds::familyGoal(), g, {}, next.householdId);
        }
        for (Intervention i : interventionsOf(db, planId)) {
            i.id = newId();
            i.planId = next.id;
            i.createdAt = i.updatedAt = stamp;
            m_file.putRecord(Kinds::intervention(), i, {}, next.householdId);
        }
    });
    if (!status)
        return status.error();
    return next;
}

Status FamilyPlanRepository::restorePlan(
    const FamilyPlan &plan, const QList<FamilyGoal> &goals, const QList<Intervention> &interventions)
{
    return m_file.write([&](Database &db) {
        if (Kinds::familyPlan().exists(db, plan.id))
            refuse("id", Issue::InUse);
        m_file.putRecord(Kinds::familyPlan(), plan, {}, plan.householdId);
        for (const FamilyGoal &g : goals)
            m_file.putRecord(Kinds::familyGoal(), g, {}, plan.householdId);
        for (const Intervention &i : interventions)
            m_file.putRecord(Kinds::intervention(), i, {}, plan.householdId);
    });
}

Status FamilyPlanRepository::removePlan(const QString &planId)
{
    return m_file.write([&](Database &db) {
        const auto p = Kinds::familyPlan().find(db, planId);
        if (!p)
            refuse("id", Issue::UnknownReference);
        if (!isNewest(db, *p))
            refuse("id", Issue::InUse);
        // Its goals and interventions go with it (ON DELETE CASCADE), each logged as it goes.
        for (const FamilyGoal &g : goalsOf(db, planId))
            m_file.removeRecord(Kinds::familyGoal(), g.id, {}, p->householdId);
        for (const Intervention &i : interventionsOf(db, planId))
            m_file.removeRecord(Kinds::intervention(), i.id, {}, p->householdId);
        m_file.removeRecord(Kinds::familyPlan(), planId, {}, p->householdId);
    });
}

Result<QList<FamilyGoal>> FamilyPlanRepository::goals(const QString &planId)
{
    return m_file.read([&](Database &db) { return goalsOf(db, planId); });
}

Result<FamilyGoal> FamilyPlanRepository::createGoal(FamilyGoal goal)
{
    if (goal.id.isEmpty())
        goal.id = newId();
    goal.createdAt = goal.updatedAt = now();
    if (auto position = m_file.read([&](Database &db) { return Kinds::familyGoal().nextPosition(db, goal.planId); }))
        goal.position = *position;
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
    if (Status s = Validation::validate(g); !s)
        return s;
    return m_file.write([&](Database &db) {
        draftPlan(db, g.planId);
        for (const QString &goalId : g.linkedGoalIds) {
            if (!Kinds::goal().exists(db, goalId))
                refuse("linkedGoalIds", Issue::UnknownReference);
        }
        m_file.putRecord(Kinds::familyGoal(), g, {});
    });
}

Status FamilyPlanRepository::removeGoal(const QString &goalId)
{
    return m_file.write([&](Database &db) {
        const auto goal = Kinds::familyGoal().find(db, goalId);
        if (!goal)
            refuse("id", Issue::UnknownReference);
        draftPlan(db, goal->planId);
        m_file.removeRecord(Kinds::familyGoal(), goalId, {});
    });
}

Result<QList<Intervention>> FamilyPlanRepository::interventions(const QString &planId)
{
    return m_file.read([&](Database &db) { return interventionsOf(db, planId); });
}

Result<Intervention> FamilyPlanRepository::createIntervention(Intervention intervention)
{
    if (intervention.id.isEmpty())
        intervention.id = newId();
    intervention.createdAt = intervention.updatedAt = now();
    if (auto position = m_file.read([&](Database &db) {
            return nextPosition(db,
                "SELECT COALESCE(max(position) + 1, 0) FROM intervention WHERE plan_id = ?1 AND department_id = ?2",
                { intervention.planId, intervention.departmentId });
        }))
        intervention.position = *position;
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
    if (Status s = Validation::validate(i); !s)
        return s;
    return m_file.write([&](Database &db) {
        const FamilyPlan plan = draftPlan(db, i.planId);
        if (!Kinds::department().exists(db, i.departmentId))
            refuse("departmentId", Issue::UnknownReference);
        Statement member = db.cached("SELECT 1 FROM household_member WHERE id = ?1 AND household_id = ?2");
        for (const QString &m : i.memberIds) {
            member.bind(1, m).bind(2, plan.householdId);
            if (!member.next())
                refuse("memberIds", Issue::UnknownReference);
            member.reset();
        }
        // A new or restored intervention takes its place: the ones after it move down one.
        if (!Kinds::intervention().exists(db, i.id))
            Kinds::shiftInterventions(db, i, true);
        m_file.putRecord(Kinds::intervention(), i, {}, plan.householdId);
    });
}

Status FamilyPlanRepository::removeIntervention(const QString &interventionId)
{
    return m_file.write([&](Database &db) {
        const auto stored = Kinds::intervention().find(db, interventionId);
        if (!stored)
            refuse("id", Issue::UnknownReference);
        const QString household = draftPlan(db, stored->planId).householdId;
        m_file.removeRecord(Kinds::intervention(), interventionId, {}, household);
        Kinds::shiftInterventions(db, *stored, false);
    });
}

Status FamilyPlanRepository::reorderInterventions(
    const QString &planId, const QString &departmentId, const QStringList &ids)
{
    return m_file.write([&](Database &db) {
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
        m_file.recordChange(AuditAction::RecordsReordered, Kinds::intervention(), planId, {});
    });
}

Result<QList<Consent>> FamilyPlanRepository::consents(const QString &householdId)
{
    return m_file.read(
        [&](Database &db) { return Kinds::consent().readWhere(db, "household_id = ?1", { householdId }); });
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
    if (Status s = Validation::validate(c); !s)
        return s;
    return m_file.write([&](Database &db) {
        Statement member = db.cached("SELECT 1 FROM household_member WHERE id = ?1 AND household_id = ?2");
        member.bind(1, c.memberId).bind(2, c.householdId);
        if (!member.next())
            refuse("memberId", Issue::UnknownReference);
        if (!Kinds::department().exists(db, c.departmentId))
            refuse("departmentId", Issue::UnknownReference);
        m_file.putRecord(Kinds::consent(), c, {});
    });
}

Status FamilyPlanRepository::removeConsent(const QString &consentId)
{
    return m_file.write([&](Database &db) {
        if (!Kinds::consent().exists(db, consentId))
            refuse("id", Issue::UnknownReference);
        m_file.removeRecord(Kinds::consent(), consentId, {});
    });
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
    return m_file.read([&](Database &db) {
        Statement s = db.cached(R"sql(
            SELECT p.household_id, i.id, i.title, i.next_follow_up
            FROM intervention i JOIN family_plan p ON p.id = i.plan_id
            WHERE i.next_follow_up BETWEEN ?1 AND ?2 AND i.status IN ('planned', 'active')
              AND p.version = (SELECT max(version) FROM family_plan q WHERE q.household_id = p.household_id)
            ORDER BY i.next_follow_up, i.title
        )sql");
        bindDate(s, 1, from);
        bindDate(s, 2, to);
        QList<DueFollowUp> result;
        while (s.next())
            result.append(DueFollowUp { s.text(0), s.text(1), s.text(2), dateAt(s, 3) });
        return result;
    });
}

} // namespace Traedesten::Storage
