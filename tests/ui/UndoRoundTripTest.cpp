// Every kind of record command makes an exact round trip: add, change and remove, then undo all three and
// redo all three, and the case file is byte for byte what it was at each step (the audit log aside).
// Citizens, households, members, goals, stepping stones, notes and the reorders are in UndoRedoTest.
#include "CitizenFileTest.h"
#include "DatabaseDump.h"
#include "commands/RecordStores.h"

#include <functional>
#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

class UndoRoundTripTest : public TestKit::CitizenFileTest
{
protected:
    void SetUp() override
    {
        createFile("fortryd-rundtur-41");
        m_household
            = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Testesen"), {}, {}, {} });
        HouseholdMember m;
        m.householdId = m_household.id;
        m.name = QStringLiteral("Maja Testesen");
        m.citizenId = m_citizen.id;
        m.parentalResponsibility = true;
        m_member = *m_caseload->households().createMember(m);
        m_plan = *m_caseload->plans().createPlan(m_household.id);
        m_department = m_caseload->plans().departments().value().constFirst();
        m_stone = addStone(QStringLiteral("Kørekort"));
    }

    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }

    /// Adds @p made, changes it with @p edit, removes it (unless @p removable is false), then undoes and
    /// redoes every step, checking the file after each against what it was.
    template<typename Store>
    void roundTrip(const char *kind, typename Store::Record made,
        const std::function<void(typename Store::Record &)> &edit, bool removable = true)
    {
        using Command = RecordCommand<Store>;
        using Record = typename Store::Record;
        SCOPED_TRACE(kind);
        const int start = m_stack.count();
        QStringList states { dump() };
        auto add = std::make_unique<Command>(
            *m_caseload, std::nullopt, made, QStringLiteral("add"), m_editor->errorHandler());
        Command *added = add.get();
        ASSERT_TRUE(m_editor->run(std::move(add)).ok());
        const Record created = added->record();
        states << dump();
        Record changed = created;
        edit(changed);
        auto change = std::make_unique<Command>(
            *m_caseload, created, changed, QStringLiteral("change"), m_editor->errorHandler());
        Command *changedCommand = change.get();
        ASSERT_TRUE(m_editor->run(std::move(change)).ok());
        const Record stored = changedCommand->record();
        states << dump();
        if (removable) {
            ASSERT_TRUE(m_editor
                            ->run(std::make_unique<Command>(
                                *m_caseload, stored, std::nullopt, QStringLiteral("remove"), m_editor->errorHandler()))
                            .ok());
            states << dump();
        }
        for (int i = 1; i < states.size(); ++i)
            EXPECT_NE(states.at(i), states.at(i - 1)) << "step " << i << " changed nothing";
        for (int i = int(states.size()) - 1; i > 0; --i) {
            m_stack.undo();
            EXPECT_EQ(dump(), states.at(i - 1)) << "undoing step " << i;
        }
        for (int i = 1; i < states.size(); ++i) {
            m_stack.redo();
            EXPECT_EQ(dump(), states.at(i)) << "redoing step " << i;
        }
        EXPECT_EQ(m_stack.count(), start + states.size() - 1);
    }

    Household m_household;
    HouseholdMember m_member;
    FamilyPlan m_plan;
    Department m_department;
    SteppingStone m_stone;
};

} // namespace

TEST_F(UndoRoundTripTest, TheBudgetAndItsLedger)
{
    SpendingCategory category;
    category.name = QStringLiteral("Kørsel");
    roundTrip<CategoryStore>(
        "spending category", category, [](SpendingCategory &c) { c.name = QStringLiteral("Transport"); });

    Budget budget;
    budget.citizenId = m_citizen.id;
    budget.capMinor = 50'000'00;
    budget.periodStart = m_citizen.startDate;
    roundTrip<BudgetStore>("budget", budget, [](Budget &b) { b.capMinor = 30'000'00; });

    const Budget kept = *m_caseload->budgets().createBudget(budget);
    LedgerEntry entry;
    entry.budgetId = kept.id;
    entry.date = m_citizen.startDate.addDays(3);
    entry.amountMinor = 1'234'50;
    entry.payee = QStringLiteral("Køreskolen");
    entry.description = QStringLiteral("Køretimer");
    entry.stoneId = m_stone.id;
    entry.boughtBy = QStringLiteral("Sara Støtte");
    entry.decidedWithCitizen = true;
    // Entries are never deleted: added and changed only.
    roundTrip<EntryStore>(
        "ledger entry", entry, [](LedgerEntry &e) { e.amountMinor = 2'000'00; }, false);
}

TEST_F(UndoRoundTripTest, TheFamilyPlan)
{
    const Household other
        = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Anden"), {}, {}, {} });
    FamilyPlan plan;
    plan.householdId = other.id;
    roundTrip<PlanStore>("family plan", plan, [](FamilyPlan &p) { p.reviewDate = QDate::currentDate().addMonths(3); });

    Department department;
    department.name = QStringLiteral("Misbrugscentret");
    roundTrip<DepartmentStore>(
        "department", department, [](Department &d) { d.name = QStringLiteral("Rusmiddelcentret"); });

    FamilyGoal goal;
    goal.planId = m_plan.id;
    goal.text = QStringLiteral("Ro i hjemmet");
    roundTrip<FamilyGoalStore>(
        "family goal", goal, [](FamilyGoal &g) { g.text = QStringLiteral("Ro og faste rammer"); });

    Intervention intervention;
    intervention.planId = m_plan.id;
    intervention.memberIds = { m_member.id };
    intervention.departmentId = m_department.id;
    intervention.title = QStringLiteral("Virksomhedspraktik");
    intervention.responsiblePerson = QStringLiteral("Lone Jobcenter");
    intervention.startDate = QDate::currentDate();
    roundTrip<InterventionStore>(
        "intervention", intervention, [](Intervention &i) { i.nextFollowUp = QDate::currentDate().addDays(14); });

    Consent consent;
    consent.householdId = m_household.id;
    consent.memberId = m_member.id;
    consent.departmentId = m_department.id;
    consent.scope = QStringLiteral("Deling af oplysninger til familieplanen");
    consent.givenOn = QDate::currentDate().addDays(-1);
    roundTrip<ConsentStore>("consent", consent, [](Consent &c) { c.withdrawnOn = QDate::currentDate(); });
}

TEST_F(UndoRoundTripTest, MeasurementsAndBenefits)
{
    Indicator indicator;
    indicator.name = QStringLiteral("Timer i praktik");
    indicator.unit = QStringLiteral("timer");
    indicator.type = IndicatorType::Number;
    indicator.minimum = 0;
    indicator.maximum = 60;
    roundTrip<IndicatorStore>("indicator", indicator, [](Indicator &i) { i.name = QStringLiteral("Timer i job"); });

    const Indicator kept = *m_caseload->measurements().createIndicator(indicator);
    Measurement measurement;
    measurement.citizenId = m_citizen.id;
    measurement.indicatorId = kept.id;
    measurement.measuredOn = QDate::currentDate().addDays(-2);
    measurement.value = 12;
    measurement.measuredBy = QStringLiteral("Sara Støtte");
    roundTrip<MeasurementStore>("measurement", measurement, [](Measurement &m) { m.value = 20; });

    BenefitType type;
    type.name = QStringLiteral("Fondsstøtte");
    roundTrip<BenefitTypeStore>("kind of benefit", type, [](BenefitType &t) { t.name = QStringLiteral("Legat"); });

    Benefit benefit;
    benefit.memberId = m_member.id;
    benefit.typeId = m_caseload->benefits().types().value().constFirst().id;
    benefit.departmentId = m_department.id;
    benefit.monthlyCostMinor = 12'500'00;
    benefit.startDate = QDate::currentDate().addMonths(-1);
    roundTrip<BenefitStore>("benefit", benefit, [](Benefit &b) { b.monthlyCostMinor = 13'000'00; });
}
