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

/// An intervention's priority counts within its plan and department (the kind's position helpers know one
/// parent only). Makes room for @p intervention at its position among its plan's interventions of its department (a new
/// or restored one), or, with @p open false, closes the gap it left (after a removal).
void shiftInterventions(Database &db, const Domain::Intervention &intervention, bool open);

} // namespace Traedesten::Storage::Kinds
