#pragma once

#include "RecordCommand.h"
#include "storage/Caseload.h"

namespace Traedesten::Ui {

// How RecordCommand reaches the core for each kind of record: create and
// update stamp the record; put stores it exactly as given; restore puts back
// a removed record (with what was removed along with it); remove deletes.

struct CitizenStore
{
    using Record = Domain::Citizen;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.citizens().create(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.citizens().update(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.citizens().put(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.citizens().put(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.citizens().remove(r.id); }
};

struct HouseholdStore
{
    using Record = Domain::Household;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.households().create(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.households().update(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.households().put(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.households().put(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.households().remove(r.id); }
};

struct MemberStore
{
    using Record = Domain::HouseholdMember;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.households().createMember(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.households().updateMember(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.households().putMember(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.households().putMember(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.households().removeMember(r.id).status(); }
};

/// A goal travels with its stepping stones, so that undoing its removal brings them back too.
struct GoalStore
{
    using Record = Storage::GoalWithStones;
    static Result<Record> create(Storage::Caseload &c, const Record &r)
    {
        auto goal = c.goals().createGoal(r.goal);
        return goal ? Result<Record>(Record { *goal, {} }) : Result<Record>(goal.error());
    }
    static Result<Record> update(Storage::Caseload &c, const Record &r)
    {
        auto goal = c.goals().updateGoal(r.goal);
        return goal ? Result<Record>(Record { *goal, r.stones }) : Result<Record>(goal.error());
    }
    static Status put(Storage::Caseload &c, const Record &r) { return c.goals().putGoal(r.goal); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.goals().restoreGoal(r); }
    static Status remove(Storage::Caseload &c, const Record &r)
    {
        auto removed = c.goals().removeGoal(r.goal.id);
        return removed ? Status() : Status(removed.error());
    }
};

struct StoneStore
{
    using Record = Domain::SteppingStone;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.goals().createStone(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.goals().updateStone(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.goals().putStone(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.goals().putStone(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.goals().removeStone(r.id); }
};

struct NoteStore
{
    using Record = Domain::Note;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.notes().create(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.notes().update(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.notes().put(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.notes().put(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.notes().remove(r.id); }
};

struct BudgetStore
{
    using Record = Domain::Budget;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.budgets().createBudget(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.budgets().updateBudget(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.budgets().putBudget(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.budgets().putBudget(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.budgets().removeBudget(r.id); }
};

/// Ledger entries are never deleted: "remove" only takes back an entry whose creation is undone.
struct EntryStore
{
    using Record = Domain::LedgerEntry;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.budgets().createEntry(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.budgets().updateEntry(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.budgets().putEntry(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.budgets().putEntry(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.budgets().withdrawEntry(r.id); }
};

struct CategoryStore
{
    using Record = Domain::SpendingCategory;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.budgets().createCategory(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.budgets().updateCategory(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.budgets().putCategory(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.budgets().putCategory(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.budgets().removeCategory(r.id); }
};

struct PlanStore
{
    using Record = Domain::FamilyPlan;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.plans().createPlan(r.householdId); }
    static Result<Record> update(Storage::Caseload &c, Record r)
    {
        r.updatedAt = QDateTime::currentDateTimeUtc();
        if (Status s = c.plans().putPlan(r); !s)
            return s.error();
        return r;
    }
    static Status put(Storage::Caseload &c, const Record &r) { return c.plans().putPlan(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.plans().putPlan(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.plans().removePlan(r.id); }
};

struct FamilyGoalStore
{
    using Record = Domain::FamilyGoal;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.plans().createGoal(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.plans().updateGoal(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.plans().putGoal(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.plans().putGoal(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.plans().removeGoal(r.id); }
};

struct InterventionStore
{
    using Record = Domain::Intervention;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.plans().createIntervention(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.plans().updateIntervention(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.plans().putIntervention(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.plans().putIntervention(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.plans().removeIntervention(r.id); }
};

struct ConsentStore
{
    using Record = Domain::Consent;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.plans().createConsent(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.plans().updateConsent(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.plans().putConsent(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.plans().putConsent(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.plans().removeConsent(r.id); }
};

struct DepartmentStore
{
    using Record = Domain::Department;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.plans().createDepartment(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.plans().updateDepartment(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.plans().putDepartment(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.plans().putDepartment(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.plans().removeDepartment(r.id); }
};

struct IndicatorStore
{
    using Record = Domain::Indicator;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.measurements().createIndicator(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.measurements().updateIndicator(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.measurements().putIndicator(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.measurements().putIndicator(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.measurements().removeIndicator(r.id); }
};

struct MeasurementStore
{
    using Record = Domain::Measurement;
    static Result<Record> create(Storage::Caseload &c, const Record &r)
    {
        return c.measurements().createMeasurement(r);
    }
    static Result<Record> update(Storage::Caseload &c, const Record &r)
    {
        return c.measurements().updateMeasurement(r);
    }
    static Status put(Storage::Caseload &c, const Record &r) { return c.measurements().putMeasurement(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.measurements().putMeasurement(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.measurements().removeMeasurement(r.id); }
};

struct BenefitTypeStore
{
    using Record = Domain::BenefitType;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.benefits().createType(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.benefits().updateType(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.benefits().putType(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.benefits().putType(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.benefits().removeType(r.id); }
};

struct BenefitStore
{
    using Record = Domain::Benefit;
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.benefits().createBenefit(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return c.benefits().updateBenefit(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return c.benefits().putBenefit(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return c.benefits().putBenefit(r); }
    static Status remove(Storage::Caseload &c, const Record &r) { return c.benefits().removeBenefit(r.id); }
};

using CitizenCommand = RecordCommand<CitizenStore>;
using IndicatorCommand = RecordCommand<IndicatorStore>;
using MeasurementCommand = RecordCommand<MeasurementStore>;
using BenefitTypeCommand = RecordCommand<BenefitTypeStore>;
using BenefitCommand = RecordCommand<BenefitStore>;
using DepartmentCommand = RecordCommand<DepartmentStore>;
using PlanCommand = RecordCommand<PlanStore>;
using FamilyGoalCommand = RecordCommand<FamilyGoalStore>;
using InterventionCommand = RecordCommand<InterventionStore>;
using ConsentCommand = RecordCommand<ConsentStore>;
using CategoryCommand = RecordCommand<CategoryStore>;
using BudgetCommand = RecordCommand<BudgetStore>;
using EntryCommand = RecordCommand<EntryStore>;
using HouseholdCommand = RecordCommand<HouseholdStore>;
using MemberCommand = RecordCommand<MemberStore>;
using GoalCommand = RecordCommand<GoalStore>;
using StoneCommand = RecordCommand<StoneStore>;
using NoteCommand = RecordCommand<NoteStore>;

} // namespace Traedesten::Ui
