#pragma once

#include "Citizen.h"
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

} // namespace Traedesten::Domain::Validation
