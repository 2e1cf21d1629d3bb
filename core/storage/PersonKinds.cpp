#include "PersonKinds.h"

#include "domain/TargetGroup.h"

namespace Traedesten::Storage::Kinds {

using namespace Domain;

const RecordKind<Citizen> &citizen()
{
    static const RecordKind<Citizen> kind {
        { EntityType::Citizen, QStringLiteral("citizen"), "citizen", "id = ?1", "name COLLATE NOCASE", {}, "id", false, {} },
        {
            field("id", &Citizen::id),
            field("name", &Citizen::name),
            field("cpr", &Citizen::cpr),
            field("birth_date", &Citizen::birthDate),
            field("phone", &Citizen::phone),
            field("email", &Citizen::email),
            field("address", &Citizen::address),
            codedField("target_groups", &Citizen::targetGroups, targetGroupsToCodes, targetGroupsFromCodes),
            codedField("status", &Citizen::status, citizenStatusCode, citizenStatusFromCode),
            field("start_date", &Citizen::startDate),
            field("end_date", &Citizen::endDate),
            field("support_person", &Citizen::supportPerson),
            nullableField("household_id", &Citizen::householdId),
            field("created_at", &Citizen::createdAt),
            field("updated_at", &Citizen::updatedAt),
        },
    };
    return kind;
}

const RecordKind<Household> &household()
{
    // Shared by its members' citizens: no one citizen's record.
    static const RecordKind<Household> kind {
        { EntityType::Household, QStringLiteral("household"), "household", {}, "name COLLATE NOCASE", {}, "id", false, {} },
        {
            field("id", &Household::id),
            field("name", &Household::name),
            field("family_coordinator", &Household::familyCoordinator),
            field("created_at", &Household::createdAt),
            field("updated_at", &Household::updatedAt),
        },
    };
    return kind;
}

const RecordKind<HouseholdMember> &householdMember()
{
    static const RecordKind<HouseholdMember> kind {
        { EntityType::HouseholdMember, QStringLiteral("household_member"), "household_member", "citizen_id = ?1",
            "position, name", "household_id", "household_id", false, {} },
        {
            field("id", &HouseholdMember::id),
            field("household_id", &HouseholdMember::householdId),
            field("name", &HouseholdMember::name),
            field("birth_year", &HouseholdMember::birthYear),
            codedField("role", &HouseholdMember::role, memberRoleCode, memberRoleFromCode),
            field("relation", &HouseholdMember::relation),
            field("parental_responsibility", &HouseholdMember::parentalResponsibility),
            nullableField("citizen_id", &HouseholdMember::citizenId),
            field("position", &HouseholdMember::position),
            field("created_at", &HouseholdMember::createdAt),
            field("updated_at", &HouseholdMember::updatedAt),
        },
    };
    return kind;
}

const RecordKind<Goal> &goal()
{
    static const RecordKind<Goal> kind {
        { EntityType::Goal, QStringLiteral("goal"), "goal", "citizen_id = ?1", "position, created_at", "citizen_id",
            "citizen_id", false, {} },
        {
            field("id", &Goal::id),
            field("citizen_id", &Goal::citizenId),
            field("own_words", &Goal::ownWords),
            codedField("category", &Goal::category, goalCategoryCode, goalCategoryFromCode),
            codedField("status", &Goal::status, goalStatusCode, goalStatusFromCode),
            field("position", &Goal::position),
            field("created_at", &Goal::createdAt),
            field("updated_at", &Goal::updatedAt),
            // '' is "not assessed (yet)": most goals are still running.
            optionalCodedField("own_assessment", &Goal::ownAssessment, ownAssessmentCode, ownAssessmentFromCode),
            optionalCodedField(
                "support_assessment", &Goal::supportAssessment, supportAssessmentCode, supportAssessmentFromCode),
        },
    };
    return kind;
}

const RecordKind<SteppingStone> &steppingStone()
{
    static const RecordKind<SteppingStone> kind {
        { EntityType::SteppingStone, QStringLiteral("stepping_stone"), "stepping_stone",
            "goal_id IN (SELECT id FROM goal WHERE citizen_id = ?1)", "position, created_at", "goal_id", "(SELECT g.citizen_id FROM goal g WHERE g.id = stepping_stone.goal_id)", false, {} },
        {
            field("id", &SteppingStone::id),
            field("goal_id", &SteppingStone::goalId),
            field("title", &SteppingStone::title),
            field("position", &SteppingStone::position),
            field("due_date", &SteppingStone::dueDate),
            codedField("status", &SteppingStone::status, stoneStatusCode, stoneStatusFromCode),
            field("created_at", &SteppingStone::createdAt),
            field("updated_at", &SteppingStone::updatedAt),
        },
    };
    return kind;
}

const RecordKind<Note> &note()
{
    static const RecordKind<Note> kind {
        { EntityType::Note, QStringLiteral("note"), "note", "citizen_id = ?1", "date DESC, created_at DESC",
            "citizen_id", "citizen_id", true, {} },
        {
            field("id", &Note::id),
            field("citizen_id", &Note::citizenId),
            field("date", &Note::date),
            field("place", &Note::place),
            field("participants", &Note::participants),
            field("text", &Note::text),
            field("agreements", &Note::agreements),
            field("created_at", &Note::createdAt),
            field("updated_at", &Note::updatedAt),
        },
    };
    return kind;
}

} // namespace Traedesten::Storage::Kinds
