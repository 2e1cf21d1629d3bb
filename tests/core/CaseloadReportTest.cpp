// The caseload report over a small caseload whose figures are worked out by hand below.
#include "reports/CaseloadReport.h"

#include "DatabaseDump.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;
using Reports::CaseloadReport;

namespace {

const QDate AsOf(2026, 3, 15); // March 2026: 31 days

class CaseloadReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("rapport-over-alle-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
    }

    QString citizen(const char *name, CitizenStatus status, TargetGroups groups)
    {
        Citizen c;
        c.name = QString::fromUtf8(name);
        c.status = status;
        c.targetGroups = groups;
        c.startDate = QDate(2025, 5, 1);
        if (status == CitizenStatus::Closed)
            c.endDate = QDate(2026, 1, 31);
        auto created = m_caseload->citizens().create(c);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    /// A goal with one stepping stone; returns the stone (purchases need one).
    QString goal(const QString &citizenId, GoalCategory category, std::optional<OwnAssessment> own,
        std::optional<SupportAssessment> support)
    {
        Goal g;
        g.citizenId = citizenId;
        g.ownWords = QStringLiteral("Mit eget mål");
        g.category = category;
        g.ownAssessment = own;
        g.supportAssessment = support;
        auto created = m_caseload->goals().createGoal(g);
        EXPECT_TRUE(created.ok());
        SteppingStone st;
        st.goalId = created->id;
        st.title = QStringLiteral("Et trædesten");
        auto stone = m_caseload->goals().createStone(st);
        EXPECT_TRUE(stone.ok());
        return stone.ok() ? stone->id : QString();
    }

    QString budget(const QString &citizenId, qint64 capMinor, const QDate &start, Currency currency = Currency::DKK)
    {
        Budget b;
        b.citizenId = citizenId;
        b.capMinor = capMinor;
        b.currency = currency;
        b.periodStart = start;
        auto created = m_caseload->budgets().createBudget(b);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    QString entry(const QString &budgetId, EntryKind kind, EntryState state, const QDate &date, qint64 amount,
        const char *category, const QString &stone)
    {
        LedgerEntry e;
        e.budgetId = budgetId;
        e.kind = kind;
        e.state = state;
        e.date = date;
        e.amountMinor = amount;
        e.categoryId = category ? QString::fromLatin1(category) : QString(); // built-in categories: id = code
        e.stoneId = stone;
        auto created = m_caseload->budgets().createEntry(e);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : qPrintable(created.error().field));
        return created.ok() ? created->id : QString();
    }

    void who5(const QString &citizenId, const QDate &on, QList<int> items)
    {
        Measurement m;
        m.citizenId = citizenId;
        m.indicatorId = QStringLiteral("who5"); // built-in indicators: id = code
        m.measuredOn = on;
        m.items = std::move(items);
        auto created = m_caseload->measurements().createMeasurement(m);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : qPrintable(created.error().field));
    }

    void measure(
        const QString &citizenId, const char *indicator, const QDate &on, double value, const QString &category = {})
    {
        Measurement m;
        m.citizenId = citizenId;
        m.indicatorId = QString::fromLatin1(indicator);
        m.measuredOn = on;
        m.value = value;
        m.category = category;
        auto created = m_caseload->measurements().createMeasurement(m);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : qPrintable(created.error().field));
    }

    QString member(const QString &householdId, const char *name, MemberRole role, const QString &citizenId = {})
    {
        HouseholdMember m;
        m.householdId = householdId;
        m.name = QString::fromUtf8(name);
        m.role = role;
        m.citizenId = citizenId;
        auto created = m_caseload->households().createMember(m);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    QString household(const char *name)
    {
        auto created = m_caseload->households().create(Household { {}, QString::fromUtf8(name), {}, {}, {} });
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    void benefit(const QString &memberId, const char *type, const char *department, qint64 monthly, const QDate &start,
        const QDate &end = {})
    {
        Benefit b;
        b.memberId = memberId;
        b.typeId = QString::fromLatin1(type); // built-in types and departments: id = code
        b.departmentId = QString::fromLatin1(department);
        b.monthlyCostMinor = monthly;
        b.startDate = start;
        b.endDate = end;
        auto created = m_caseload->benefits().createBenefit(b);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : qPrintable(created.error().field));
    }

    /// Seven citizens, worked through by hand in the test below.
    void buildCaseload()
    {
        using TG = TargetGroup;
        m_anna = citizen("Anna Andersen", CitizenStatus::Active, TG::Homelessness | TG::SubstanceUse);
        m_bent = citizen("Bent Berg", CitizenStatus::Active, TG::MentalIllness);
        m_carla = citizen("Carla Christensen", CitizenStatus::Closed, TG::Homelessness);
        m_dorte = citizen("Dorte Dahl", CitizenStatus::Active, TG::VulnerableFamily);
        m_erik = citizen("Erik Eriksen", CitizenStatus::Closed, TG::YoungPeople | TG::SubstanceUse);
        m_frida = citizen("Frida Frost", CitizenStatus::Active, {});
        m_gustav = citizen("Gustav Green", CitizenStatus::Active, TG::Homelessness);

        using GC = GoalCategory;
        using OA = OwnAssessment;
        using SA = SupportAssessment;
        const QString annaStone = goal(m_anna, GC::Employment, OA::Achieved, SA::HighDegree);
        goal(m_anna, GC::Housing, OA::GotCloser, std::nullopt);
        const QString bentStone = goal(m_bent, GC::Health, OA::NotCloser, SA::SmallDegree);
        goal(m_carla, GC::Employment, OA::GotCloser, SA::SomeDegree);
        goal(m_dorte, GC::Family, std::nullopt, std::nullopt);
        goal(m_erik, GC::Education, OA::Achieved, SA::VeryHighDegree);
        const QString gustavStone = goal(m_gustav, GC::Housing, OA::GotCloser, SA::HighDegree);

        // Anna: 50.000 kr.; 12.000 paid + 3.500,52 reserved − 500 refunded; a voided 9.999 does not count.
        const QString annaBudget = budget(m_anna, 5'000'000, QDate(2025, 6, 1));
        entry(annaBudget, EntryKind::Purchase, EntryState::Paid, QDate(2025, 7, 1), 1'200'000, "transport", annaStone);
        entry(annaBudget, EntryKind::Purchase, EntryState::Reserved, QDate(2025, 8, 1), 350'052, "health", annaStone);
        entry(annaBudget, EntryKind::Refund, EntryState::Paid, QDate(2025, 8, 15), 50'000, "transport", {});
        const QString voided = entry(
            annaBudget, EntryKind::Purchase, EntryState::Reserved, QDate(2025, 9, 1), 999'900, "clothing", annaStone);
        ASSERT_TRUE(m_caseload->budgets().voidEntry(voided, QStringLiteral("Købt to gange")).ok());
        // Bent: 30.000 kr.; 6.000 paid on documents and a 250 kr. adjustment (no category).
        const QString bentBudget = budget(m_bent, 3'000'000, QDate(2025, 9, 1));
        entry(bentBudget, EntryKind::Purchase, EntryState::Paid, QDate(2025, 9, 10), 600'000, "documents", bentStone);
        entry(bentBudget, EntryKind::Adjustment, EntryState::Paid, QDate(2025, 9, 11), 25'000, nullptr, {});
        // Carla: 20.000 kr., nothing spent.
        budget(m_carla, 2'000'000, QDate(2025, 5, 1));
        // Gustav: a budget in pounds, left out of the file's kroner and counted apart.
        const QString gustavBudget = budget(m_gustav, 300'000, QDate(2025, 6, 1), Currency::GBP);
        entry(
            gustavBudget, EntryKind::Purchase, EntryState::Paid, QDate(2025, 7, 1), 100'000, "transport", gustavStone);

        // WHO-5 (score = sum of five answers × 4).
        who5(m_anna, QDate(2025, 6, 1), { 2, 2, 2, 2, 2 }); // 40
        who5(m_anna, QDate(2025, 12, 1), { 3, 3, 3, 3, 2 }); // 56 (latest, entered before the middle one)
        who5(m_anna, QDate(2025, 9, 1), { 1, 1, 1, 1, 1 }); // 20
        who5(m_bent, QDate(2025, 7, 1), { 3, 3, 3, 3, 3 }); // 60
        who5(m_bent, QDate(2026, 1, 10), { 3, 3, 3, 2, 2 }); // 52
        who5(m_carla, QDate(2025, 5, 1), { 4, 4, 4, 3, 3 }); // 72
        who5(m_carla, QDate(2025, 11, 1), { 2, 2, 2, 3, 3 }); // 48
        who5(m_dorte, QDate(2025, 8, 1), { 2, 2, 1, 1, 1 }); // 28, once only
        who5(m_erik, QDate(2025, 6, 1), { 3, 2, 2, 2, 2 }); // 44
        who5(m_erik, QDate(2025, 10, 1), { 3, 3, 3, 2, 2 }); // 52
        // School absence in %, where less is better.
        measure(m_dorte, "school_absence", QDate(2025, 8, 1), 30);
        measure(m_dorte, "school_absence", QDate(2026, 2, 1), 12.5);
        measure(m_erik, "school_absence", QDate(2025, 6, 1), 10);
        measure(m_erik, "school_absence", QDate(2025, 9, 1), 15);
        measure(m_frida, "school_absence", QDate(2025, 9, 1), 20); // once only
        // Leisure activity, yes/no.
        measure(m_anna, "leisure_activity", QDate(2025, 6, 1), 0);
        measure(m_anna, "leisure_activity", QDate(2025, 12, 1), 1);
        measure(m_bent, "leisure_activity", QDate(2025, 7, 1), 1);
        measure(m_bent, "leisure_activity", QDate(2026, 1, 10), 1);
        // Housing is a category: measured twice, but no average can be taken of it.
        measure(m_anna, "housing", QDate(2025, 6, 1), 0, QStringLiteral("hostel"));
        measure(m_anna, "housing", QDate(2025, 12, 1), 0, QStringLiteral("own_home"));

        // Relational budgeting.
        const QString dahl = household("Familien Dahl");
        const QString dorte = member(dahl, "Dorte Dahl", MemberRole::Adult, m_dorte);
        const QString oskar = member(dahl, "Oskar Dahl", MemberRole::Child);
        benefit(dorte, "cash_benefit", "job_centre", 1'500'000, QDate(2025, 9, 15), QDate(2026, 3, 10));
        benefit(oskar, "contact_person", "family", 620'000, QDate(2025, 10, 1)); // starts on a month boundary
        m_dahl = dahl;
        const QString eriksen = household("Familien Eriksen");
        const QString erik = member(eriksen, "Erik Eriksen", MemberRole::Adult, m_erik);
        benefit(erik, "housing_benefit", "housing_social", 333'333, QDate(2026, 2, 1), QDate(2026, 2, 28));
        benefit(erik, "psychiatric_support", "health_psychiatry", 1'000'000, QDate(2026, 2, 20));
        m_eriksen = eriksen;
        // A household whose first benefit starts after asOf has no baseline yet.
        const QString later = household("Familien Senere");
        benefit(member(later, "Lise Senere", MemberRole::Adult), "cash_benefit", "job_centre", 1'000'000,
            QDate(2026, 4, 1));
        household("Familien Uden"); // no benefits at all
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    QString m_anna, m_bent, m_carla, m_dorte, m_erik, m_frida, m_gustav;
    QString m_dahl, m_eriksen;
};

template<typename K> int countOf(const QList<std::pair<K, int>> &list, const K &key)
{
    for (const auto &[k, n] : list) {
        if (k == key)
            return n;
    }
    return -1;
}

} // namespace

TEST_F(CaseloadReportTest, FiguresEqualTheHandCountedCaseload)
{
    buildCaseload();
    const QString before = TestKit::dumpCaseload(*m_file->database());
    auto result = CaseloadReport::compute(*m_file, AsOf);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().detail);
    const CaseloadReport &r = *result;
    EXPECT_EQ(TestKit::dumpCaseload(*m_file->database()), before) << "a report only reads";

    EXPECT_EQ(r.asOf, AsOf);
    // Anna, Bent, Dorte, Frida, Gustav active; Carla, Erik closed.
    EXPECT_EQ(r.citizens, 7);
    EXPECT_EQ(r.active, 5);
    EXPECT_EQ(r.closed, 2);
    // Homelessness: Anna, Carla, Gustav. Substance use: Anna, Erik. One each for the rest. Frida has none.
    ASSERT_EQ(r.targetGroups.size(), 5);
    EXPECT_EQ(r.targetGroups.at(0), std::make_pair(QStringLiteral("homelessness"), 3));
    EXPECT_EQ(r.targetGroups.at(1), std::make_pair(QStringLiteral("substance_use"), 2));
    EXPECT_EQ(r.targetGroups.at(2), std::make_pair(QStringLiteral("mental_illness"), 1));
    EXPECT_EQ(r.targetGroups.at(3), std::make_pair(QStringLiteral("vulnerable_family"), 1));
    EXPECT_EQ(r.targetGroups.at(4), std::make_pair(QStringLiteral("young_people"), 1));

    // Seven goals. Own: achieved Anna 1 + Erik = 2; got closer Anna 2 + Carla + Gustav = 3; not
    // closer Bent = 1; Dorte's not assessed = 1. Support: small Bent, some Carla, high Anna 1 +
    // Gustav = 2, very high Erik; not assessed Anna 2 + Dorte = 2.
    EXPECT_EQ(r.goals, 7);
    EXPECT_EQ(r.ownAssessments.value(OwnAssessment::Achieved), 2);
    EXPECT_EQ(r.ownAssessments.value(OwnAssessment::GotCloser), 3);
    EXPECT_EQ(r.ownAssessments.value(OwnAssessment::NotCloser), 1);
    EXPECT_EQ(r.ownNotAssessed, 1);
    EXPECT_EQ(r.supportAssessments.value(SupportAssessment::NotAtAll), 0);
    EXPECT_EQ(r.supportAssessments.value(SupportAssessment::SmallDegree), 1);
    EXPECT_EQ(r.supportAssessments.value(SupportAssessment::SomeDegree), 1);
    EXPECT_EQ(r.supportAssessments.value(SupportAssessment::HighDegree), 2);
    EXPECT_EQ(r.supportAssessments.value(SupportAssessment::VeryHighDegree), 1);
    EXPECT_EQ(r.supportNotAssessed, 2);
    // Every category, in its order: employment Anna + Carla, housing Anna + Gustav, one each of
    // health, family, education.
    ASSERT_EQ(r.goalCategories.size(), allGoalCategories().size());
    EXPECT_EQ(r.goalCategories.front().first, GoalCategory::Education);
    EXPECT_EQ(countOf(r.goalCategories, GoalCategory::Education), 1);
    EXPECT_EQ(countOf(r.goalCategories, GoalCategory::Employment), 2);
    EXPECT_EQ(countOf(r.goalCategories, GoalCategory::Housing), 2);
    EXPECT_EQ(countOf(r.goalCategories, GoalCategory::Health), 1);
    EXPECT_EQ(countOf(r.goalCategories, GoalCategory::Family), 1);
    EXPECT_EQ(countOf(r.goalCategories, GoalCategory::Leisure), 0);

    // Budgets in kroner: Anna, Bent, Carla; Gustav's pounds apart.
    EXPECT_EQ(r.currency, QStringLiteral("DKK"));
    EXPECT_EQ(r.budgets, 3);
    EXPECT_EQ(r.budgetsInOtherCurrencies, 1);
    // 5.000.000 + 3.000.000 + 2.000.000 øre.
    EXPECT_EQ(r.totalCapMinor, 10'000'000);
    // Anna 1.200.000 + 350.052 − 50.000 = 1.500.052 (the voided 999.900 left out);
    // Bent 600.000 + 25.000 adjustment = 625.000; Carla 0. Total 2.125.052.
    EXPECT_EQ(r.totalUsedMinor, 2'125'052);
    // 2.125.052 ÷ 3 = 708.350,67 → 708.351 (rounded, not cut).
    EXPECT_EQ(r.averageUsedMinor, 708'351);
    // (1.500.052 ÷ 5.000.000 + 625.000 ÷ 3.000.000 + 0) ÷ 3.
    EXPECT_NEAR(r.averageShareOfCap, (0.3000104 + 625000.0 / 3000000.0 + 0.0) / 3.0, 1e-12);
    // Purchases less refunds by category, largest first: transport 1.200.000 − 50.000,
    // documents 600.000, health 350.052. Clothing was voided; the adjustment has no category;
    // Gustav's pounds are not kroner.
    ASSERT_EQ(r.spendingByCategory.size(), 3);
    EXPECT_EQ(r.spendingByCategory.at(0).code, QStringLiteral("transport"));
    EXPECT_EQ(r.spendingByCategory.at(0).minor, 1'150'000);
    EXPECT_EQ(r.spendingByCategory.at(1).code, QStringLiteral("documents"));
    EXPECT_EQ(r.spendingByCategory.at(1).minor, 600'000);
    EXPECT_EQ(r.spendingByCategory.at(2).code, QStringLiteral("health"));
    EXPECT_EQ(r.spendingByCategory.at(2).categoryId, QStringLiteral("health"));
    EXPECT_EQ(r.spendingByCategory.at(2).minor, 350'052);

    // Indicators measured twice by someone, in indicator order; housing (a category) is not among them.
    ASSERT_EQ(r.indicators.size(), 3);
    const Reports::IndicatorChange &who5 = r.indicators.at(0);
    EXPECT_EQ(who5.indicator.code, QStringLiteral("who5"));
    EXPECT_EQ(who5.indicator.type, IndicatorType::Scale);
    // Anna 40 → 56 (+16, the 20 in between is neither), Bent 60 → 52 (−8), Carla 72 → 48 (−24),
    // Erik 44 → 52 (+8); Dorte measured once.
    EXPECT_EQ(who5.citizens, 4);
    EXPECT_DOUBLE_EQ(who5.baselineAverage, (40 + 60 + 72 + 44) / 4.0); // 54
    EXPECT_DOUBLE_EQ(who5.latestAverage, (56 + 52 + 48 + 52) / 4.0); // 52
    EXPECT_EQ(who5.improved, 1) << "only Anna's +16 reaches 10 points; Erik's +8 does not";
    EXPECT_EQ(who5.worsened, 1) << "only Carla's −24; Bent's −8 does not";
    const Reports::IndicatorChange &absence = r.indicators.at(1);
    EXPECT_EQ(absence.indicator.code, QStringLiteral("school_absence"));
    EXPECT_FALSE(absence.indicator.higherIsBetter);
    // Dorte 30 → 12,5 (less absence: improved), Erik 10 → 15 (worsened); Frida measured once.
    EXPECT_EQ(absence.citizens, 2);
    EXPECT_DOUBLE_EQ(absence.baselineAverage, (30 + 10) / 2.0);
    EXPECT_DOUBLE_EQ(absence.latestAverage, (12.5 + 15) / 2.0);
    EXPECT_EQ(absence.improved, 1);
    EXPECT_EQ(absence.worsened, 1);
    const Reports::IndicatorChange &leisure = r.indicators.at(2);
    EXPECT_EQ(leisure.indicator.code, QStringLiteral("leisure_activity"));
    EXPECT_EQ(leisure.indicator.type, IndicatorType::YesNo);
    // Anna no → yes, Bent yes → yes: the share of yes goes from 1/2 to 2/2.
    EXPECT_EQ(leisure.citizens, 2);
    EXPECT_DOUBLE_EQ(leisure.baselineAverage, 0.5);
    EXPECT_DOUBLE_EQ(leisure.latestAverage, 1.0);
    EXPECT_EQ(leisure.improved, 1);
    EXPECT_EQ(leisure.worsened, 0);

    // Public cost. Dahl's first benefit starts 15 September 2025 (30 days): Dorte's cash benefit
    // runs 15–30 September = 16 days: 1.500.000 × 16 ÷ 30 = 800.000; Oskar's contact person
    // starts 1 October, so nothing in September. In March 2026 (31 days): the cash benefit runs
    // 1–10 March = 10 days: 1.500.000 × 10 ÷ 31 = 483.870,97 → 483.871; the contact person the
    // whole month: 620.000. Dahl: 800.000 → 1.103.871.
    // Eriksen's first benefit starts 1 February 2026 (28 days): housing benefit the whole month
    // 333.333; psychiatric support 20–28 February = 9 days: 1.000.000 × 9 ÷ 28 = 321.428,57 →
    // 321.429. In March: housing benefit ended 28 February: 0; psychiatric support 1.000.000.
    // Eriksen: 654.762 → 1.000.000. Senere starts after asOf and is left out.
    EXPECT_EQ(r.householdsWithBenefits, 2);
    EXPECT_EQ(r.baselineMonthlyCostMinor, 800'000 + 333'333 + 321'429);
    EXPECT_EQ(r.latestMonthlyCostMinor, 483'871 + 620'000 + 1'000'000);

    // The same figures as the Benefits page's cost series shows for each household.
    qint64 baseline = 0;
    qint64 latest = 0;
    for (const auto &[household, firstMonth] :
        { std::pair(m_dahl, QDate(2025, 9, 1)), std::pair(m_eriksen, QDate(2026, 2, 1)) }) {
        auto series = m_caseload->benefits().costSeries(household, firstMonth, AsOf);
        ASSERT_TRUE(series.ok());
        baseline += series->front().totalMinor;
        latest += series->back().totalMinor;
    }
    EXPECT_EQ(r.baselineMonthlyCostMinor, baseline);
    EXPECT_EQ(r.latestMonthlyCostMinor, latest);
}

TEST_F(CaseloadReportTest, TheFilesOwnCurrencyDecidesWhichBudgetsAddUp)
{
    buildCaseload();
    ASSERT_TRUE(m_file->setSetting(FileSetting::Currency, QStringLiteral("GBP")).ok());
    auto r = CaseloadReport::compute(*m_file, AsOf);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->currency, QStringLiteral("GBP"));
    // Now Gustav's £3.000 with £1.000 spent is the only budget; the three in kroner are counted apart.
    EXPECT_EQ(r->budgets, 1);
    EXPECT_EQ(r->budgetsInOtherCurrencies, 3);
    EXPECT_EQ(r->totalCapMinor, 300'000);
    EXPECT_EQ(r->totalUsedMinor, 100'000);
    EXPECT_EQ(r->averageUsedMinor, 100'000);
    EXPECT_DOUBLE_EQ(r->averageShareOfCap, 1.0 / 3.0);
    ASSERT_EQ(r->spendingByCategory.size(), 1);
    EXPECT_EQ(r->spendingByCategory.front().code, QStringLiteral("transport"));
    EXPECT_EQ(r->spendingByCategory.front().minor, 100'000);
}

TEST_F(CaseloadReportTest, AnEmptyFileGivesZerosAndEveryCategory)
{
    auto r = CaseloadReport::compute(*m_file, AsOf);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->citizens, 0);
    EXPECT_EQ(r->goals, 0);
    EXPECT_EQ(r->budgets, 0);
    EXPECT_EQ(r->averageUsedMinor, 0);
    EXPECT_EQ(r->averageShareOfCap, 0);
    EXPECT_EQ(r->targetGroups.size(), 5);
    EXPECT_EQ(r->goalCategories.size(), allGoalCategories().size());
    EXPECT_TRUE(r->indicators.isEmpty());
    EXPECT_TRUE(r->spendingByCategory.isEmpty());
    EXPECT_EQ(r->householdsWithBenefits, 0);
    EXPECT_EQ(r->baselineMonthlyCostMinor, 0);
}

TEST_F(CaseloadReportTest, ALockedFileIsRefused)
{
    m_file->lock();
    auto r = CaseloadReport::compute(*m_file, AsOf);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), ErrorCode::Locked);
}
