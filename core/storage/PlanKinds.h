#pragma once

#include "domain/FamilyPlan.h"
#include "storage/RecordKind.h"

/// The record kinds of a household's shared family plan: departments, plan versions, family goals,
/// interventions and consents.
namespace Traedesten::Storage::Kinds {

const RecordKind<Domain::Department> &department();
const RecordKind<Domain::FamilyPlan> &familyPlan();
const RecordKind<Domain::FamilyGoal> &familyGoal();
const RecordKind<Domain::Intervention> &intervention();
const RecordKind<Domain::Consent> &consent();

} // namespace Traedesten::Storage::Kinds
