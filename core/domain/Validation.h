#pragma once

#include "Citizen.h"
#include "FamilyPlan.h"
#include "Goal.h"
#include "Household.h"
#include "HouseholdMember.h"
#include "Note.h"
#include "Result.h"
#include "SteppingStone.h"

namespace Traedesten::Domain::Validation {

/// Longest accepted texts, in characters.
namespace Limits {
constexpr int Name = 200;
constexpr int Phone = 40;
constexpr int Email = 200;
constexpr int Address = 500;
constexpr int Relation = 100;
constexpr int GoalWords = 2000;
constexpr int StoneTitle = 300;
constexpr int Place = 200;
constexpr int Participants = 500;
constexpr int NoteText = 20000;
constexpr int Agreements = 5000;

// Family plan: departments, family goals, interventions, consents.
constexpr int DepartmentName = 100;
constexpr int PlanText = 2000; ///< a family goal's text, an intervention's texts, a consent's scope
} // namespace Limits

/**
 * Each function returns the first problem as Error::invalid(field, issue),
 * fields named as the struct's members. The repositories call these before
 * any write, so a refused record leaves the database as it was.
 */
Status validate(const Citizen &citizen);
Status validate(const Household &household);
Status validate(const HouseholdMember &member);
Status validate(const Goal &goal);
Status validate(const SteppingStone &stone);
Status validate(const Note &note);

// Family plan. A built-in department (with a code) may have no name of its own; a signed plan version
// needs its day of signing (checks against the stored versions are the repository's).
Status validate(const Department &department);
Status validate(const FamilyPlan &plan);
Status validate(const FamilyGoal &goal);
Status validate(const Intervention &intervention);
Status validate(const Consent &consent);

} // namespace Traedesten::Domain::Validation
