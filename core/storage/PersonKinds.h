#pragma once

#include "domain/Citizen.h"
#include "domain/Goal.h"
#include "domain/Household.h"
#include "domain/HouseholdMember.h"
#include "domain/Note.h"
#include "domain/SteppingStone.h"
#include "storage/RecordKind.h"

/// The record kinds of a citizen's own case: the citizen, households, goals, stepping stones, journal notes.
namespace Traedesten::Storage::Kinds {

const RecordKind<Domain::Citizen> &citizen();
const RecordKind<Domain::Household> &household();
const RecordKind<Domain::HouseholdMember> &householdMember();
const RecordKind<Domain::Goal> &goal();
const RecordKind<Domain::SteppingStone> &steppingStone();
const RecordKind<Domain::Note> &note();

} // namespace Traedesten::Storage::Kinds
