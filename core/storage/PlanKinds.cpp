#include "PlanKinds.h"

namespace Traedesten::Storage::Kinds {

using namespace Domain;

const RecordKind<Department> &department()
{
    // A catalogue of the file, shared by every plan: no one citizen's record.
    static const RecordKind<Department> kind {
        { EntityType::Department, QStringLiteral("department"), "department", {}, "position, name", {}, "'catalogue'", false, {} },
        {
            field("id", &Department::id),
            field("code", &Department::code),
            field("name", &Department::name),
            field("position", &Department::position),
            field("archived", &Department::archived),
            field("created_at", &Department::createdAt),
            field("updated_at", &Department::updatedAt),
        },
    };
    return kind;
}

const RecordKind<FamilyPlan> &familyPlan()
{
    // The household's plan as a whole is shared by its members, like the household itself: no one citizen's
    // record. What in it concerns a citizen (their interventions, goals linked to theirs, their consents) is
    // selected by those kinds.
    static const RecordKind<FamilyPlan> kind {
        { EntityType::FamilyPlan, QStringLiteral("family_plan"), "family_plan", {}, "version DESC", "household_id",
            "household_id", false, {} },
        {
            field("id", &FamilyPlan::id),
            field("household_id", &FamilyPlan::householdId),
            field("version", &FamilyPlan::version),
            codedField("status", &FamilyPlan::status, planStatusCode, planStatusFromCode),
            field("signed_on", &FamilyPlan::signedOn),
            field("review_date", &FamilyPlan::reviewDate),
            field("created_at", &FamilyPlan::createdAt),
            field("updated_at", &FamilyPlan::updatedAt),
        },
    };
    return kind;
}

const RecordKind<FamilyGoal> &familyGoal()
{
    // A citizen's: the family goals linked to one of the citizen's own goals.
    static const RecordKind<FamilyGoal> kind {
        { EntityType::FamilyGoal, QStringLiteral("family_goal"), "family_goal",
            "id IN (SELECT l.family_goal_id FROM family_goal_link l JOIN goal g ON g.id = l.goal_id "
            "WHERE g.citizen_id = ?1)",
            "position, created_at", "plan_id", "(SELECT p.household_id FROM family_plan p WHERE p.id = family_goal.plan_id)", false, {} },
        {
            field("id", &FamilyGoal::id),
            field("plan_id", &FamilyGoal::planId),
            field("text", &FamilyGoal::text),
            field("position", &FamilyGoal::position),
            field("created_at", &FamilyGoal::createdAt),
            field("updated_at", &FamilyGoal::updatedAt),
        },
        { joinList("linked_goal_ids", "family_goal_link", "family_goal_id", "goal_id", &FamilyGoal::linkedGoalIds) },
    };
    return kind;
}

const RecordKind<Intervention> &intervention()
{
    // A citizen's: the interventions for the citizen's household member. In the order of the plan: by
    // department (in the departments' order), then priority. Positions count within (plan, department), so
    // the kind's one-parent position helpers do not apply (the repository moves them); "plan_id" names the
    // parent a reorder is logged under.
    static const RecordKind<Intervention> kind {
        { EntityType::Intervention, QStringLiteral("intervention"), "intervention",
            "id IN (SELECT im.intervention_id FROM intervention_member im JOIN household_member m ON m.id = "
            "im.member_id WHERE m.citizen_id = ?1)",
            "(SELECT d.position FROM department d WHERE d.id = intervention.department_id), "
            "(SELECT d.name FROM department d WHERE d.id = intervention.department_id), position, created_at",
            "plan_id", "(SELECT p.household_id FROM family_plan p WHERE p.id = intervention.plan_id)", false, {} },
        {
            field("id", &Intervention::id),
            field("plan_id", &Intervention::planId),
            field("department_id", &Intervention::departmentId),
            field("title", &Intervention::title),
            field("purpose", &Intervention::purpose),
            field("responsible_person", &Intervention::responsiblePerson),
            field("responsible_role", &Intervention::responsibleRole),
            field("start_date", &Intervention::startDate),
            field("end_date", &Intervention::endDate),
            codedField("status", &Intervention::status, interventionStatusCode, interventionStatusFromCode),
            field("position", &Intervention::position),
            field("next_follow_up", &Intervention::nextFollowUp),
            field("created_at", &Intervention::createdAt),
            field("updated_at", &Intervention::updatedAt),
        },
        { joinList("member_ids", "intervention_member", "intervention_id", "member_id", &Intervention::memberIds) },
    };
    return kind;
}

const RecordKind<Consent> &consent()
{
    // A citizen's: the consents the citizen gave as a household member.
    static const RecordKind<Consent> kind {
        { EntityType::Consent, QStringLiteral("consent"), "consent",
            "member_id IN (SELECT id FROM household_member WHERE citizen_id = ?1)", "given_on, created_at",
            "household_id", "household_id", false, {} },
        {
            field("id", &Consent::id),
            field("household_id", &Consent::householdId),
            field("member_id", &Consent::memberId),
            field("department_id", &Consent::departmentId),
            field("scope", &Consent::scope),
            field("given_on", &Consent::givenOn),
            field("expires_on", &Consent::expiresOn),
            field("withdrawn_on", &Consent::withdrawnOn),
            field("created_at", &Consent::createdAt),
            field("updated_at", &Consent::updatedAt),
        },
    };
    return kind;
}

void shiftInterventions(Database &db, const Intervention &i, bool open)
{
    Statement s = db.cached(open ? QByteArray("UPDATE intervention SET position = position + 1 "
                                              "WHERE plan_id = ?1 AND department_id = ?2 AND position >= ?3")
                                 : QByteArray("UPDATE intervention SET position = position - 1 "
                                              "WHERE plan_id = ?1 AND department_id = ?2 AND position > ?3"));
    s.bind(1, i.planId).bind(2, i.departmentId).bind(3, i.position).run();
}

} // namespace Traedesten::Storage::Kinds
