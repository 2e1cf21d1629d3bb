// What falls due across the caseload (the This week view): each kind of item, the 7/14/30-day
// boundaries, overdue items and everything that must not show.
#include "reports/DueItems.h"

#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;
using Reports::DueItem;
using Reports::DueKind;

namespace {

const QDate Today(2026, 3, 2); // a Monday

class DueItemsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("denne-uge-forfalder-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
    }

    QList<DueItem> due(int days, const QDate &today = Today)
    {
        auto items = Reports::dueItems(*m_file, today, days);
        EXPECT_TRUE(items.ok());
        return items.ok() ? *items : QList<DueItem>();
    }

    QString citizen(const char *name, CitizenStatus status = CitizenStatus::Active, const QString &householdId = {})
    {
        Citizen c;
        c.name = QString::fromUtf8(name);
        c.status = status;
        c.startDate = QDate(2025, 1, 6);
        if (status == CitizenStatus::Closed)
            c.endDate = QDate(2026, 1, 31);
        c.householdId = householdId;
        auto created = m_caseload->citizens().create(c);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    QString stone(
        const QString &citizenId, const char *title, const QDate &due, StoneStatus status = StoneStatus::Planned)
    {
        if (!m_goalOf.contains(citizenId)) {
            Goal g;
            g.citizenId = citizenId;
            g.ownWords = QStringLiteral("Mit eget mål");
            auto goal = m_caseload->goals().createGoal(g);
            EXPECT_TRUE(goal.ok());
            m_goalOf.insert(citizenId, goal.ok() ? goal->id : QString());
        }
        SteppingStone s;
        s.goalId = m_goalOf.value(citizenId);
        s.title = QString::fromUtf8(title);
        s.dueDate = due;
        s.status = status;
        auto created = m_caseload->goals().createStone(s);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    QString household(const char *name)
    {
        auto created = m_caseload->households().create(Household { {}, QString::fromUtf8(name), {}, {}, {} });
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    QString member(const QString &householdId, const char *name, const QString &citizenId = {})
    {
        HouseholdMember m;
        m.householdId = householdId;
        m.name = QString::fromUtf8(name);
        m.citizenId = citizenId;
        auto created = m_caseload->households().createMember(m);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    QString plan(const QString &householdId)
    {
        auto created = m_caseload->plans().createPlan(householdId);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    QString intervention(const QString &planId, const QString &memberId, const char *title, const QDate &followUp,
        InterventionStatus status = InterventionStatus::Active, const char *department = "job_centre")
    {
        Intervention i;
        i.planId = planId;
        i.memberIds = { memberId };
        i.departmentId = QString::fromLatin1(department); // built-in departments: id = code
        i.title = QString::fromUtf8(title);
        i.status = status;
        i.nextFollowUp = followUp;
        auto created = m_caseload->plans().createIntervention(i);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : qPrintable(created.error().field));
        return created.ok() ? created->id : QString();
    }

    QString consent(const QString &householdId, const QString &memberId, const char *department, const QDate &expires,
        const QDate &withdrawn = {})
    {
        Consent k;
        k.householdId = householdId;
        k.memberId = memberId;
        k.departmentId = QString::fromLatin1(department);
        k.givenOn = QDate(2025, 3, 1);
        k.expiresOn = expires;
        k.withdrawnOn = withdrawn;
        auto created = m_caseload->plans().createConsent(k);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : qPrintable(created.error().field));
        return created.ok() ? created->id : QString();
    }

    /// A budget whose period's last day is @p lastDay.
    QString budgetEnding(
        const QString &citizenId, const QDate &lastDay, int months = 12, BudgetStatus status = BudgetStatus::Active)
    {
        Budget b;
        b.citizenId = citizenId;
        b.capMinor = 5'000'000;
        b.periodStart = lastDay.addDays(1).addMonths(-months);
        b.months = months;
        b.status = status;
        EXPECT_EQ(b.periodEnd(), lastDay);
        auto created = m_caseload->budgets().createBudget(b);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : qPrintable(created.error().field));
        return created.ok() ? created->id : QString();
    }

    static QStringList ids(const QList<DueItem> &items)
    {
        QStringList out;
        for (const DueItem &i : items)
            out << i.itemId;
        return out;
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    QHash<QString, QString> m_goalOf;
};

} // namespace

TEST_F(DueItemsTest, EachKindShowsWithItsCitizenAndWhatIsDue)
{
    const QString anna = citizen("Anna Andersen");
    const QString hid = household("Familien Berg");
    const QString bent = citizen("Bent Berg", CitizenStatus::Active, hid);
    const QString bentMember = member(hid, "Bent", bent);
    const QString child = member(hid, "Sofie");

    const QString stoneId = stone(anna, "Tandlæge", Today.addDays(2));
    const QString planId = plan(hid);
    const QString followUp
        = intervention(planId, child, "Skolestøtte", Today.addDays(3), InterventionStatus::Planned, "school");
    const QString consentId = consent(hid, bentMember, "housing_social", Today.addDays(4));
    const QString budgetId = budgetEnding(anna, Today.addDays(5));

    const QList<DueItem> items = due(7);
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(ids(items), (QStringList { stoneId, followUp, consentId, budgetId })) << "in date order";

    EXPECT_EQ(items[0].kind, DueKind::SteppingStone);
    EXPECT_EQ(items[0].date, Today.addDays(2));
    EXPECT_EQ(items[0].citizenId, anna);
    EXPECT_EQ(items[0].citizenName, QStringLiteral("Anna Andersen"));
    EXPECT_EQ(items[0].title, QStringLiteral("Tandlæge"));
    EXPECT_FALSE(items[0].overdue);

    EXPECT_EQ(items[1].kind, DueKind::FollowUp);
    EXPECT_EQ(items[1].date, Today.addDays(3));
    EXPECT_EQ(items[1].citizenId, bent) << "a household's item opens at its citizen";
    EXPECT_EQ(items[1].householdId, hid);
    EXPECT_EQ(items[1].householdName, QStringLiteral("Familien Berg"));
    EXPECT_EQ(items[1].title, QStringLiteral("Skolestøtte"));
    EXPECT_EQ(items[1].departmentCode, QStringLiteral("school"));

    EXPECT_EQ(items[2].kind, DueKind::ConsentExpiry);
    EXPECT_EQ(items[2].date, Today.addDays(4));
    EXPECT_EQ(items[2].citizenId, bent);
    EXPECT_EQ(items[2].householdName, QStringLiteral("Familien Berg"));
    EXPECT_EQ(items[2].departmentCode, QStringLiteral("housing_social"));
    EXPECT_EQ(items[2].memberName, QStringLiteral("Bent"));

    EXPECT_EQ(items[3].kind, DueKind::BudgetEnd);
    EXPECT_EQ(items[3].date, Today.addDays(5));
    EXPECT_EQ(items[3].citizenId, anna);
    EXPECT_EQ(items[3].periodStart, Today.addDays(6).addMonths(-12));
}

TEST_F(DueItemsTest, TheLastDayOfTheChosenSpanIsInTheDayAfterIsNot)
{
    const QString anna = citizen("Anna Andersen");
    const QString hid = household("Familien Dahl");
    citizen("Dorte Dahl", CitizenStatus::Active, hid);
    const QString planId = plan(hid);

    // One of each kind on every edge: day 7, 8, 14, 15, 30 and 31 from today.
    QHash<int, QStringList> byDay;
    const int offsets[] = { 7, 8, 14, 15, 30, 31 };
    for (int d : offsets) {
        const QByteArray n = QByteArray::number(d);
        const QString owner = citizen(QByteArray("Ejer " + n).constData());
        const QString memberId = member(hid, QByteArray("Medlem " + n).constData());
        byDay[d] << stone(anna, QByteArray("Trædesten " + n).constData(), Today.addDays(d))
                 << intervention(planId, memberId, QByteArray("Indsats " + n).constData(), Today.addDays(d))
                 << consent(hid, memberId, "family", Today.addDays(d)) << budgetEnding(owner, Today.addDays(d));
    }
    const auto expectSpan = [&](int days, std::initializer_list<int> in) {
        const QStringList found = ids(due(days));
        QStringList expected;
        for (int d : in)
            expected << byDay.value(d);
        EXPECT_EQ(found.size(), expected.size()) << "within " << days << " days";
        for (const QString &id : expected)
            EXPECT_TRUE(found.contains(id)) << "within " << days << " days";
        for (const DueItem &item : due(days))
            EXPECT_LE(item.date, Today.addDays(days));
    };
    expectSpan(7, { 7 });
    expectSpan(14, { 7, 8, 14 });
    expectSpan(30, { 7, 8, 14, 15, 30 });
    EXPECT_EQ(due(6).size(), 0) << "day 7 is not within 6 days";
    EXPECT_EQ(due(31).size(), 24);
}

TEST_F(DueItemsTest, OverdueItemsComeFirstAndAreMarked)
{
    const QString anna = citizen("Anna Andersen");
    const QString hid = household("Familien Eng");
    citizen("Erik Eng", CitizenStatus::Active, hid);
    const QString m = member(hid, "Erik");
    const QString soon = stone(anna, "Pas", Today.addDays(1));
    const QString today = stone(anna, "Kørekort", Today);
    const QString lastYear = stone(anna, "Depositum", Today.addDays(-400));
    const QString lateFollowUp = intervention(plan(hid), m, "Bolighjælp", Today.addDays(-3));
    const QString lapsed = consent(hid, m, "job_centre", Today.addDays(-1));
    const QString ended = budgetEnding(anna, Today.addDays(-20));

    const QList<DueItem> items = due(7);
    EXPECT_EQ(ids(items), (QStringList { lastYear, ended, lateFollowUp, lapsed, today, soon }));
    for (const DueItem &item : items)
        EXPECT_EQ(item.overdue, item.date < Today) << qPrintable(item.itemId);
    EXPECT_TRUE(items[0].overdue);
    EXPECT_TRUE(items[3].overdue) << "expired yesterday";
    EXPECT_FALSE(items[4].overdue) << "due today is not overdue";
}

TEST_F(DueItemsTest, WhatIsDoneWithdrawnClosedOrReplacedDoesNotShow)
{
    const QString anna = citizen("Anna Andersen");
    const QString closed = citizen("Carla Closed", CitizenStatus::Closed);
    const QString tomorrow = stone(anna, "Åben", Today.addDays(1));
    stone(anna, "Klaret", Today.addDays(1), StoneStatus::Done);
    stone(anna, "Droppet", Today.addDays(1), StoneStatus::Dropped);
    stone(anna, "Uden dato", {});
    const QString inProgress = stone(anna, "I gang", Today.addDays(-2), StoneStatus::InProgress);
    stone(closed, "Lukket borger", Today.addDays(1));
    budgetEnding(closed, Today.addDays(2));
    budgetEnding(anna, Today.addDays(2), 12, BudgetStatus::Closed);

    const QString hid = household("Familien Fjord");
    citizen("Frida Fjord", CitizenStatus::Active, hid);
    const QString m1 = member(hid, "Frida");
    const QString m2 = member(hid, "Oskar");
    const QString planId = plan(hid);
    intervention(planId, m1, "Afsluttet", Today.addDays(1), InterventionStatus::Completed);
    intervention(planId, m1, "Stoppet", Today.addDays(1), InterventionStatus::Stopped);
    intervention(planId, m1, "Uden opfølgning", {});
    consent(hid, m1, "family", Today.addDays(3), Today.addDays(-5)); // withdrawn
    consent(hid, m1, "job_centre", {}); // until withdrawn
    consent(hid, m2, "school", Today.addDays(3)); // renewed by the next one
    consent(hid, m2, "school", Today.addDays(400));
    const QString stillDue = consent(hid, m2, "family", Today.addDays(3)); // an older, shorter one does not renew it
    consent(hid, m2, "family", Today.addDays(2));

    // A household whose only citizen has left the caseload.
    const QString gone = household("Familien Gammel");
    citizen("Gitte Gammel", CitizenStatus::Closed, gone);
    const QString gm = member(gone, "Gitte");
    intervention(plan(gone), gm, "Glemt", Today.addDays(1));
    consent(gone, gm, "family", Today.addDays(1));

    const QList<DueItem> items = due(30);
    QStringList found = ids(items);
    found.sort();
    QStringList expected { tomorrow, inProgress, stillDue };
    // The shorter family consent of Oskar (day 2) is renewed by the day-3 one, so only stillDue shows.
    expected.sort();
    EXPECT_EQ(found, expected);
}

TEST_F(DueItemsTest, OnlyTheHouseholdsCurrentPlanVersionCounts)
{
    const QString hid = household("Familien Holm");
    citizen("Hans Holm", CitizenStatus::Active, hid);
    const QString m = member(hid, "Hans");
    const QString first = plan(hid);
    intervention(first, m, "Gammel aftale", Today.addDays(2));
    ASSERT_TRUE(m_caseload->plans().signPlan(first, QDate::currentDate()).ok());
    EXPECT_EQ(due(7).size(), 1) << "the signed version is the current one";

    auto second = m_caseload->plans().startNewVersion(first);
    ASSERT_TRUE(second.ok());
    auto copied = m_caseload->plans().interventions(second->id);
    ASSERT_TRUE(copied.ok());
    ASSERT_EQ(copied->size(), 1);
    Intervention moved = copied->first();
    moved.nextFollowUp = Today.addDays(20);
    ASSERT_TRUE(m_caseload->plans().updateIntervention(moved).ok());

    EXPECT_TRUE(due(7).isEmpty()) << "the follow-up moved in the new version";
    const QList<DueItem> month = due(30);
    ASSERT_EQ(month.size(), 1);
    EXPECT_EQ(month[0].itemId, moved.id);
    EXPECT_EQ(month[0].date, Today.addDays(20));
}

TEST_F(DueItemsTest, AConsentOpensAtTheMembersOwnCitizenWhenActive)
{
    const QString hid = household("Familien Iversen");
    const QString ida = citizen("Ida Iversen", CitizenStatus::Active, hid);
    const QString aage = citizen("Aage Iversen", CitizenStatus::Active, hid); // first by name
    const QString idaMember = member(hid, "Ida", ida);
    const QString child = member(hid, "Ib");
    consent(hid, idaMember, "family", Today.addDays(1));
    consent(hid, child, "school", Today.addDays(2));
    intervention(plan(hid), child, "Skole", Today.addDays(3));

    const QList<DueItem> items = due(7);
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].citizenId, ida) << "Ida's own consent";
    EXPECT_EQ(items[1].citizenId, aage) << "a child's consent: the household's first citizen";
    EXPECT_EQ(items[2].citizenId, aage);
}

TEST_F(DueItemsTest, AFifteenMonthBudgetEndsOnItsOwnLastDay)
{
    const QString anna = citizen("Anna Andersen");
    Budget b;
    b.citizenId = anna;
    b.capMinor = 5'000'000;
    b.periodStart = QDate(2024, 12, 31); // 15 months on: 31 March 2026 (Qt's month arithmetic), last day 30 March
    b.months = 15;
    ASSERT_TRUE(m_caseload->budgets().createBudget(b).ok());
    ASSERT_EQ(b.periodEnd(), QDate(2026, 3, 30));
    EXPECT_TRUE(due(27).isEmpty());
    const QList<DueItem> items = due(28);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].date, QDate(2026, 3, 30));
}

TEST_F(DueItemsTest, RefusesALockedFileAndANegativeSpan)
{
    EXPECT_EQ(Reports::dueItems(*m_file, Today, -1).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(Reports::dueItems(*m_file, QDate(), 7).error().code, ErrorCode::InvalidInput);
    m_caseload.reset();
    m_file->lock();
    auto locked = Reports::dueItems(*m_file, Today, 7);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::Locked);
}
