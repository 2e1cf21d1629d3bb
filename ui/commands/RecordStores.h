#pragma once

#include "RecordCommand.h"
#include "storage/Caseload.h"

#include <type_traits>

namespace Traedesten::Ui {

namespace StoreDetail {
/// The record type of a repository's put function, `Status put(const Record &)`.
template<typename Put> struct RecordOf;
template<typename Repository, typename R> struct RecordOf<Status (Repository::*)(const R &)>
{
    using Type = R;
};
} // namespace StoreDetail

/**
 * How RecordCommand reaches the core for one kind of record, through the repository the Caseload accessor
 * @p Repository returns: @p Create and @p Update stamp the record; @p Put stores it exactly as given, which is
 * also how a removed record is put back (restore); @p Remove deletes it by id (a Result it returns counts only
 * as success or failure). Each is one transaction.
 */
template<auto Repository, auto Create, auto Update, auto Put, auto Remove> struct RepositoryStore
{
    using Record = typename StoreDetail::RecordOf<decltype(Put)>::Type;

    static Result<Record> create(Storage::Caseload &c, const Record &r) { return (repository(c).*Create)(r); }
    static Result<Record> update(Storage::Caseload &c, const Record &r) { return (repository(c).*Update)(r); }
    static Status put(Storage::Caseload &c, const Record &r) { return (repository(c).*Put)(r); }
    static Status restore(Storage::Caseload &c, const Record &r) { return put(c, r); }
    static Status remove(Storage::Caseload &c, const Record &r)
    {
        auto removed = (repository(c).*Remove)(r.id); // a Status, or a Result saying what went with the record
        if constexpr (std::is_same_v<decltype(removed), Status>)
            return removed;
        else
            return removed.status();
    }

private:
    static auto &repository(Storage::Caseload &c) { return (c.*Repository)(); }
};

using CitizenStore = RepositoryStore<&Storage::Caseload::citizens, &Storage::CitizenRepository::create,
    &Storage::CitizenRepository::update, &Storage::CitizenRepository::put, &Storage::CitizenRepository::remove>;
using HouseholdStore = RepositoryStore<&Storage::Caseload::households, &Storage::HouseholdRepository::create,
    &Storage::HouseholdRepository::update, &Storage::HouseholdRepository::put, &Storage::HouseholdRepository::remove>;
using MemberStore = RepositoryStore<&Storage::Caseload::households, &Storage::HouseholdRepository::createMember,
    &Storage::HouseholdRepository::updateMember, &Storage::HouseholdRepository::putMember,
    &Storage::HouseholdRepository::removeMember>;
using StoneStore = RepositoryStore<&Storage::Caseload::goals, &Storage::GoalRepository::createStone,
    &Storage::GoalRepository::updateStone, &Storage::GoalRepository::putStone, &Storage::GoalRepository::removeStone>;
using NoteStore = RepositoryStore<&Storage::Caseload::notes, &Storage::NoteRepository::create,
    &Storage::NoteRepository::update, &Storage::NoteRepository::put, &Storage::NoteRepository::remove>;
using BudgetStore = RepositoryStore<&Storage::Caseload::budgets, &Storage::BudgetRepository::createBudget,
    &Storage::BudgetRepository::updateBudget, &Storage::BudgetRepository::putBudget,
    &Storage::BudgetRepository::removeBudget>;
/// Ledger entries are never deleted: "remove" only takes back an entry whose creation is undone.
using EntryStore = RepositoryStore<&Storage::Caseload::budgets, &Storage::BudgetRepository::createEntry,
    &Storage::BudgetRepository::updateEntry, &Storage::BudgetRepository::putEntry,
    &Storage::BudgetRepository::withdrawEntry>;
using CategoryStore = RepositoryStore<&Storage::Caseload::budgets, &Storage::BudgetRepository::createCategory,
    &Storage::BudgetRepository::updateCategory, &Storage::BudgetRepository::putCategory,
    &Storage::BudgetRepository::removeCategory>;
using FamilyGoalStore = RepositoryStore<&Storage::Caseload::plans, &Storage::FamilyPlanRepository::createGoal,
    &Storage::FamilyPlanRepository::updateGoal, &Storage::FamilyPlanRepository::putGoal,
    &Storage::FamilyPlanRepository::removeGoal>;
using InterventionStore = RepositoryStore<&Storage::Caseload::plans, &Storage::FamilyPlanRepository::createIntervention,
    &Storage::FamilyPlanRepository::updateIntervention, &Storage::FamilyPlanRepository::putIntervention,
    &Storage::FamilyPlanRepository::removeIntervention>;
using ConsentStore = RepositoryStore<&Storage::Caseload::plans, &Storage::FamilyPlanRepository::createConsent,
    &Storage::FamilyPlanRepository::updateConsent, &Storage::FamilyPlanRepository::putConsent,
    &Storage::FamilyPlanRepository::removeConsent>;
using DepartmentStore = RepositoryStore<&Storage::Caseload::plans, &Storage::FamilyPlanRepository::createDepartment,
    &Storage::FamilyPlanRepository::updateDepartment, &Storage::FamilyPlanRepository::putDepartment,
    &Storage::FamilyPlanRepository::removeDepartment>;
using IndicatorStore = RepositoryStore<&Storage::Caseload::measurements,
    &Storage::MeasurementRepository::createIndicator, &Storage::MeasurementRepository::updateIndicator,
    &Storage::MeasurementRepository::putIndicator, &Storage::MeasurementRepository::removeIndicator>;
using MeasurementStore = RepositoryStore<&Storage::Caseload::measurements,
    &Storage::MeasurementRepository::createMeasurement, &Storage::MeasurementRepository::updateMeasurement,
    &Storage::MeasurementRepository::putMeasurement, &Storage::MeasurementRepository::removeMeasurement>;
using BenefitTypeStore = RepositoryStore<&Storage::Caseload::benefits, &Storage::BenefitRepository::createType,
    &Storage::BenefitRepository::updateType, &Storage::BenefitRepository::putType,
    &Storage::BenefitRepository::removeType>;
using BenefitStore = RepositoryStore<&Storage::Caseload::benefits, &Storage::BenefitRepository::createBenefit,
    &Storage::BenefitRepository::updateBenefit, &Storage::BenefitRepository::putBenefit,
    &Storage::BenefitRepository::removeBenefit>;

/// A plan is created for its household; a change is stamped here and put as it is.
struct PlanStore : RepositoryStore<&Storage::Caseload::plans, nullptr, nullptr, &Storage::FamilyPlanRepository::putPlan,
                       &Storage::FamilyPlanRepository::removePlan>
{
    static Result<Record> create(Storage::Caseload &c, const Record &r) { return c.plans().createPlan(r.householdId); }
    static Result<Record> update(Storage::Caseload &c, Record r)
    {
        r.updatedAt = QDateTime::currentDateTimeUtc();
        if (Status s = c.plans().putPlan(r); !s)
            return s.error();
        return r;
    }
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
