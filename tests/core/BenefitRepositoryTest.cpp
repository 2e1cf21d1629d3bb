// Relational budgeting: benefit types, household members' benefits and their monthly public cost;
// and the demo caseload's outcomes (measurements, end assessments, benefits).
#include "DatabaseDump.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/DemoCaseload.h"

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

/// The caseload dump plus the tables of this issue (the shared dump predates them).
QString dumpWithBenefits(Database &db)
{
    QStringList out { TestKit::dumpCaseload(db) };
    for (const char *sql : { "SELECT * FROM benefit_type ORDER BY id", "SELECT * FROM benefit ORDER BY id" }) {
        out << QString::fromLatin1(sql);
        Statement s = db.prepare(sql);
        while (s.next()) {
            QStringList row;
            for (int c = 0; c < 10; ++c)
                row << (s.isNull(c) ? QStringLiteral("<null>") : s.text(c));
            out << row.join(QLatin1Char('|'));
        }
    }
    out << QString::number(TestKit::auditCount(db));
    return out.join(QLatin1Char('\n'));
}

class BenefitRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("ydelser-og-udgifter-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
        m_household = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Prøve"), {}, {}, {} });
        Citizen hanne;
        hanne.name = QStringLiteral("Hanne Prøve");
        hanne.startDate = QDate(2026, 1, 1);
        hanne.householdId = m_household.id;
        m_citizen = m_caseload->citizens().create(hanne).value().id;
        // Each at its own place in the household, as the Household page adds them (the order is theirs, not
        // that of ids or creation times, which may tie).
        const auto member = [&](const char *name, MemberRole role, const QString &citizenId) {
            HouseholdMember m;
            m.householdId = m_household.id;
            m.position = int(m_caseload->households().members(m_household.id)->size());
            m.name = QString::fromUtf8(name);
            m.role = role;
            m.citizenId = citizenId;
            return m_caseload->households().createMember(m).value().id;
        };
        m_mother = member("Hanne", MemberRole::Adult, m_citizen);
        m_son = member("Oscar", MemberRole::Child, {});
        const auto departments = m_caseload->plans().departments().value();
        ASSERT_EQ(departments.size(), builtInDepartmentCodes().size());
        m_jobCentre = departments.at(0).id;
        m_family = departments.at(1).id;
        m_housing = departments.at(2).id;
        const auto types = benefits().types().value();
        ASSERT_EQ(types.size(), builtInBenefitTypeCodes().size());
        for (const BenefitType &t : types)
            m_types.insert(t.code, t.id);
    }

    BenefitRepository &benefits() { return m_caseload->benefits(); }
    QString dump() { return dumpWithBenefits(*m_file->database()); }

    Benefit benefit(
        const QString &member, const char *type, const QString &department, qint64 minor, QDate start, QDate end = {})
    {
        Benefit b;
        b.memberId = member;
        b.typeId = m_types.value(QString::fromLatin1(type));
        b.departmentId = department;
        b.monthlyCostMinor = minor;
        b.startDate = start;
        b.endDate = end;
        return b;
    }

    void expectRefused(const std::function<Status()> &write, const QString &field, Issue issue)
    {
        const QString before = dump();
        Status s = write();
        EXPECT_FALSE(s.ok()) << qPrintable(field);
        if (s.ok())
            return;
        EXPECT_EQ(s.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(s.error().field, field);
        EXPECT_EQ(s.error().issue, issue) << qPrintable(field);
        EXPECT_EQ(dump(), before) << "a refusal writes nothing, not even an audit event";
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    Household m_household;
    QString m_citizen;
    QString m_mother;
    QString m_son;
    QString m_jobCentre;
    QString m_family;
    QString m_housing;
    QHash<QString, QString> m_types; // code → id
};

} // namespace

TEST_F(BenefitRepositoryTest, BuiltInTypesComeFirstWithTheirDepartments)
{
    const auto types = benefits().types().value();
    QStringList codes;
    for (const BenefitType &t : types)
        codes << t.code;
    EXPECT_EQ(codes, builtInBenefitTypeCodes());
    EXPECT_EQ(codes.first(), QStringLiteral("cash_benefit"));
    EXPECT_EQ(codes.last(), QStringLiteral("other"));
    EXPECT_EQ(types.at(0).departmentId, m_jobCentre) << "cash benefit: the job centre";
    EXPECT_EQ(types.at(1).departmentId, m_housing) << "housing benefit: housing and social";
    EXPECT_EQ(types.at(4).departmentId, m_family) << "family treatment: the family department";
    EXPECT_TRUE(types.last().departmentId.isEmpty()) << "'other' has no usual department";
}

TEST_F(BenefitRepositoryTest, OwnTypesAreAddedRenamedArchivedAndRemovedOnlyWhenUnused)
{
    BenefitType own;
    own.code = QStringLiteral("cash_benefit"); // a new type is never a built-in one
    own.name = QStringLiteral("Misbrugsbehandling");
    own.departmentId = m_housing;
    auto created = benefits().createType(own);
    ASSERT_TRUE(created.ok());
    EXPECT_TRUE(created->code.isEmpty());
    EXPECT_EQ(created->position, builtInBenefitTypeCodes().size());
    auto types = benefits().types().value();
    ASSERT_EQ(types.size(), builtInBenefitTypeCodes().size() + 1);
    EXPECT_EQ(types.last(), *created) << "the file's own come after the built-in ones";

    BenefitType renamed = *created;
    renamed.name = QStringLiteral("Alkoholbehandling");
    ASSERT_TRUE(benefits().updateType(renamed).ok());
    EXPECT_EQ(benefits().types()->last().name, QStringLiteral("Alkoholbehandling"));

    expectRefused(
        [&] {
            BenefitType t = renamed;
            t.name = QStringLiteral("  ");
            return benefits().putType(t);
        },
        QStringLiteral("name"), Issue::Required);
    expectRefused(
        [&] {
            BenefitType t = renamed;
            t.name = QString(BenefitRepository::MaxTextLength + 1, QLatin1Char('x'));
            return benefits().putType(t);
        },
        QStringLiteral("name"), Issue::TooLong);
    expectRefused(
        [&] {
            BenefitType t = renamed;
            t.departmentId = QStringLiteral("no-such-department");
            return benefits().putType(t);
        },
        QStringLiteral("departmentId"), Issue::UnknownReference);
    expectRefused(
        [&] { return statusOf(benefits().createType(BenefitType {})); }, QStringLiteral("name"), Issue::Required);

    // Used by a benefit: it cannot go, only be archived.
    Benefit b;
    b.memberId = m_mother;
    b.typeId = created->id;
    b.departmentId = m_housing;
    b.monthlyCostMinor = 5'000'00;
    b.startDate = QDate(2026, 2, 1);
    auto used = benefits().createBenefit(b);
    ASSERT_TRUE(used.ok());
    expectRefused([&] { return benefits().removeType(created->id); }, QStringLiteral("id"), Issue::InUse);
    BenefitType archived = benefits().types()->last();
    archived.archived = true;
    ASSERT_TRUE(benefits().updateType(archived).ok());
    EXPECT_TRUE(benefits().types()->last().archived);

    // Unused: removing undoes the creation, and putting it back restores it exactly.
    ASSERT_TRUE(benefits().removeBenefit(used->id).ok());
    const BenefitType last = benefits().types()->last();
    ASSERT_TRUE(benefits().removeType(created->id).ok());
    EXPECT_EQ(benefits().types()->size(), builtInBenefitTypeCodes().size());
    ASSERT_TRUE(benefits().putType(last).ok());
    EXPECT_EQ(benefits().types()->last(), last);
    expectRefused([&] { return benefits().removeType(QStringLiteral("nothing")); }, QStringLiteral("id"),
        Issue::UnknownReference);
}

TEST_F(BenefitRepositoryTest, RefusalsNameTheFieldAndWriteNothing)
{
    const Benefit good = benefit(m_mother, "cash_benefit", m_jobCentre, 14'000'00, QDate(2026, 1, 1));
    const auto refused = [&](auto change, const char *field, Issue issue) {
        Benefit b = good;
        change(b);
        expectRefused([&] { return statusOf(benefits().createBenefit(b)); }, QString::fromLatin1(field), issue);
    };
    refused([](Benefit &b) { b.memberId = QStringLiteral("nobody"); }, "memberId", Issue::UnknownReference);
    refused([](Benefit &b) { b.memberId.clear(); }, "memberId", Issue::Required);
    refused([](Benefit &b) { b.typeId = QStringLiteral("no-such-type"); }, "typeId", Issue::UnknownReference);
    refused([](Benefit &b) { b.typeId.clear(); }, "typeId", Issue::Required);
    refused([](Benefit &b) { b.departmentId = QStringLiteral("no-such-department"); }, "departmentId",
        Issue::UnknownReference);
    refused([](Benefit &b) { b.departmentId.clear(); }, "departmentId", Issue::Required);
    refused([](Benefit &b) { b.monthlyCostMinor = -1; }, "monthlyCostMinor", Issue::OutOfRange);
    refused([](Benefit &b) { b.startDate = {}; }, "startDate", Issue::Required);
    refused([](Benefit &b) { b.endDate = b.startDate.addDays(-1); }, "endDate", Issue::EndBeforeStart);
    refused([](Benefit &b) { b.note = QString(BenefitRepository::MaxTextLength + 1, QLatin1Char('x')); }, "note",
        Issue::TooLong);

    // The boundaries themselves are accepted: nothing a month (a service without a price), and one day.
    Benefit free = good;
    free.monthlyCostMinor = 0;
    free.endDate = free.startDate;
    EXPECT_TRUE(benefits().createBenefit(free).ok());

    auto stored = benefits().createBenefit(good);
    ASSERT_TRUE(stored.ok());
    Benefit backwards = *stored;
    backwards.endDate = QDate(2025, 12, 31);
    expectRefused([&] { return statusOf(benefits().updateBenefit(backwards)); }, QStringLiteral("endDate"),
        Issue::EndBeforeStart);
    expectRefused([&] { return benefits().removeBenefit(QStringLiteral("nothing")); }, QStringLiteral("id"),
        Issue::UnknownReference);
    EXPECT_EQ(benefits().benefit(QStringLiteral("nothing")).error().field, QStringLiteral("id"));
}

TEST_F(BenefitRepositoryTest, BenefitsRoundTripInMemberOrderAndNotifyTheMembersCitizen)
{
    QList<std::pair<EntityType, QString>> notified; // (type, citizen id)
    QObject::connect(&m_caseload->notifier(), &ChangeNotifier::changed, &m_caseload->notifier(),
        [&](EntityType type, const QString &, const QString &citizenId) {
            notified.append({ type, citizenId });
        });

    // Created out of order: the son's first, the mother's later one before her earlier one.
    auto sonsTreatment
        = benefits().createBenefit(benefit(m_son, "family_treatment", m_family, 32'000'00, QDate(2026, 1, 1)));
    auto housing
        = benefits().createBenefit(benefit(m_mother, "housing_benefit", m_housing, 3'000'00, QDate(2026, 3, 1)));
    Benefit cashDraft
        = benefit(m_mother, "cash_benefit", m_jobCentre, 14'000'00, QDate(2026, 2, 1), QDate(2026, 8, 31));
    cashDraft.note = QStringLiteral("Uddannelseshjælp");
    auto cash = benefits().createBenefit(cashDraft);
    ASSERT_TRUE(sonsTreatment.ok() && housing.ok() && cash.ok());
    ASSERT_EQ(notified.size(), 3);
    EXPECT_EQ(notified.at(0), std::make_pair(EntityType::Benefit, QString())) << "the son is no citizen";
    EXPECT_EQ(notified.at(1), std::make_pair(EntityType::Benefit, m_citizen)) << "the mother is";

    const auto list = benefits().benefits(m_household.id).value();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0), *cash) << "the mother (first in the household), her earliest start first";
    EXPECT_EQ(list.at(1), *housing);
    EXPECT_EQ(list.at(2), *sonsTreatment);
    EXPECT_EQ(benefits().benefit(cash->id).value(), *cash);
    EXPECT_EQ(benefits().firstStart(m_household.id).value(), QDate(2026, 1, 1));
    EXPECT_FALSE(benefits().firstStart(QStringLiteral("another household")).value().isValid());

    Benefit raised = *cash;
    raised.monthlyCostMinor = 15'000'00;
    raised.endDate = {};
    ASSERT_TRUE(benefits().updateBenefit(raised).ok());
    EXPECT_EQ(benefits().benefit(cash->id)->monthlyCostMinor, 15'000'00);
    EXPECT_FALSE(benefits().benefit(cash->id)->endDate.isValid()) << "an end can be taken away again";

    // Removing and putting back (undo) restores the row exactly.
    const QString before = dump().section(QLatin1Char('\n'), 0, -2); // the audit count aside
    const Benefit kept = benefits().benefit(housing->id).value();
    notified.clear();
    ASSERT_TRUE(benefits().removeBenefit(housing->id).ok());
    EXPECT_EQ(benefits().benefits(m_household.id)->size(), 2);
    ASSERT_TRUE(benefits().putBenefit(kept).ok());
    EXPECT_EQ(dump().section(QLatin1Char('\n'), 0, -2), before);
    ASSERT_EQ(notified.size(), 2);
    EXPECT_EQ(notified.at(0), std::make_pair(EntityType::Benefit, m_citizen));
}

TEST_F(BenefitRepositoryTest, CostSeriesCountsTheDaysEachBenefitRunsInAMonth)
{
    // Mother, job centre, 10.000 kr. a month from Friday 16 January to 31 March 2026 (a month's last day).
    ASSERT_TRUE(benefits()
                    .createBenefit(benefit(
                        m_mother, "cash_benefit", m_jobCentre, 10'000'00, QDate(2026, 1, 16), QDate(2026, 3, 31)))
                    .ok());
    // Son, family department, 30.000 kr. a month from 1 February to 10 April 2026 (mid-month).
    ASSERT_TRUE(benefits()
                    .createBenefit(
                        benefit(m_son, "family_treatment", m_family, 30'000'00, QDate(2026, 2, 1), QDate(2026, 4, 10)))
                    .ok());
    // Mother, housing and social, 2.500 kr. a month from 20 April 2026, still running.
    ASSERT_TRUE(
        benefits().createBenefit(benefit(m_mother, "housing_benefit", m_housing, 2'500'00, QDate(2026, 4, 20))).ok());
    // A benefit that ended before the series: it counts nowhere.
    ASSERT_TRUE(
        benefits()
            .createBenefit(benefit(m_son, "contact_person", m_family, 8'000'00, QDate(2025, 6, 1), QDate(2025, 11, 30)))
            .ok());

    // From and to are taken as their months: December 2025 to June 2026.
    const auto series = benefits().costSeries(m_household.id, QDate(2025, 12, 15), QDate(2026, 6, 3)).value();
    ASSERT_EQ(series.size(), 7);
    const auto expect = [&](int index, QDate month, QHash<QString, qint64> byDepartment, qint64 total) {
        EXPECT_EQ(series.at(index).month, month) << index;
        EXPECT_EQ(series.at(index).byDepartment, byDepartment) << index;
        EXPECT_EQ(series.at(index).totalMinor, total) << index;
    };
    // December 2025: nothing runs (the contact person ended on 30 November).
    expect(0, QDate(2025, 12, 1), {}, 0);
    // January: 16 of 31 days (16th–31st): 1.000.000 øre × 16 / 31 = 516.129,03 → 516.129 øre.
    expect(1, QDate(2026, 1, 1), { { m_jobCentre, 516'129 } }, 516'129);
    // February (28 days) and March: both run the whole month; two departments, summed separately and together.
    expect(2, QDate(2026, 2, 1), { { m_jobCentre, 1'000'000 }, { m_family, 3'000'000 } }, 4'000'000);
    expect(3, QDate(2026, 3, 1), { { m_jobCentre, 1'000'000 }, { m_family, 3'000'000 } }, 4'000'000);
    // April: the cash benefit ended on 31 March; family treatment 10 of 30 days: 3.000.000 × 10 / 30 = 1.000.000;
    // housing benefit 11 of 30 days (20th–30th): 250.000 × 11 / 30 = 91.666,67 → 91.667 (rounded up).
    expect(4, QDate(2026, 4, 1), { { m_family, 1'000'000 }, { m_housing, 91'667 } }, 1'091'667);
    // May and June: only the open-ended housing benefit, in full.
    expect(5, QDate(2026, 5, 1), { { m_housing, 250'000 } }, 250'000);
    expect(6, QDate(2026, 6, 1), { { m_housing, 250'000 } }, 250'000);

    // A leap year: February 2028 has 29 days. Son, 2.900 kr. a month from 15 February 2028: 15 of 29 days
    // (15th–29th): 290.000 × 15 / 29 = 150.000 øre (with 28 days it would wrongly be 155.357).
    ASSERT_TRUE(
        benefits().createBenefit(benefit(m_son, "preventive_measures", m_family, 2'900'00, QDate(2028, 2, 15))).ok());
    const auto leap = benefits().costSeries(m_household.id, QDate(2028, 2, 29), QDate(2028, 3, 1)).value();
    ASSERT_EQ(leap.size(), 2);
    EXPECT_EQ(leap.at(0).month, QDate(2028, 2, 1));
    EXPECT_EQ(leap.at(0).byDepartment, (QHash<QString, qint64> { { m_family, 150'000 }, { m_housing, 250'000 } }));
    EXPECT_EQ(leap.at(0).totalMinor, 400'000);
    EXPECT_EQ(leap.at(1).totalMinor, 290'000 + 250'000) << "March 2028 in full";

    // One month alone, and a range given backwards.
    EXPECT_EQ(benefits().costSeries(m_household.id, QDate(2026, 4, 30), QDate(2026, 4, 1))->size(), 1);
    EXPECT_EQ(benefits().costSeries(m_household.id, QDate(2026, 5, 1), QDate(2026, 4, 30)).error().field,
        QStringLiteral("to"));
    EXPECT_EQ(benefits().costSeries(m_household.id, {}, QDate(2026, 4, 30)).error().field, QStringLiteral("from"));
    // Another household's series is all zero.
    const auto other = benefits().costSeries(QStringLiteral("another"), QDate(2026, 1, 1), QDate(2026, 3, 1)).value();
    ASSERT_EQ(other.size(), 3);
    EXPECT_EQ(other.at(1).totalMinor, 0);
}

TEST(DemoOutcomes, TheDemoCaseloadHasMeasurementsAssessmentsAndBenefits)
{
    TestKit::TempFolder dir;
    const QDate today(2026, 11, 1);
    QStringList runs;
    for (const char *name : { "a", "b" }) {
        auto created
            = CaseFile::create(dir.caseFile(name), TestKit::passphrase("demo-demo-demo-17"), TestKit::fastKdf());
        ASSERT_TRUE(created.ok());
        auto file = std::move(created).value();
        ASSERT_TRUE(DemoCaseload::generate(*file, { 30, 7, today }).ok());
        Database &db = *file->database();
        const auto scalar = [&](const char *sql) {
            Statement s = db.prepare(sql);
            return s.next() ? s.int64(0) : -1;
        };

        // Every citizen has a WHO-5 baseline on their start date; nothing is measured in the future.
        EXPECT_EQ(scalar("SELECT count(*) FROM citizen c WHERE NOT EXISTS (SELECT 1 FROM measurement m "
                         "WHERE m.citizen_id = c.id AND m.indicator_id = 'who5' AND m.measured_on = c.start_date)"),
            0);
        EXPECT_EQ(scalar("SELECT count(*) FROM measurement WHERE measured_on > '2026-11-01'"), 0);
        EXPECT_EQ(scalar("SELECT count(*) FROM measurement m JOIN citizen c ON c.id = m.citizen_id "
                         "WHERE m.measured_on < c.start_date OR m.measured_by <> c.support_person"),
            0);
        EXPECT_GE(scalar("SELECT count(DISTINCT indicator_id) FROM measurement"), 8);
        EXPECT_GT(scalar("SELECT count(*) FROM (SELECT citizen_id FROM measurement WHERE indicator_id = 'who5' "
                         "GROUP BY citizen_id HAVING count(*) >= 3)"),
            0);
        // WHO-5: five answers 0–5 whose sum × 4 is the score.
        Statement who5 = db.prepare("SELECT value, items FROM measurement WHERE indicator_id = 'who5'");
        while (who5.next()) {
            const QStringList items = who5.text(1).split(QLatin1Char(','));
            ASSERT_EQ(items.size(), 5);
            int sum = 0;
            for (const QString &item : items) {
                EXPECT_TRUE(item.toInt() >= 0 && item.toInt() <= 5);
                sum += item.toInt();
            }
            EXPECT_EQ(who5.real(0), sum * 4.0);
        }
        const int improved = int(scalar(R"sql(
            SELECT count(*) FROM citizen c
            WHERE (SELECT value FROM measurement WHERE citizen_id = c.id AND indicator_id = 'who5'
                   ORDER BY measured_on DESC LIMIT 1)
                > (SELECT value FROM measurement WHERE citizen_id = c.id AND indicator_id = 'who5'
                   ORDER BY measured_on LIMIT 1))sql"));
        EXPECT_GE(improved, 8) << "most citizens' well-being improves";
        // Categories are the indicator's own; homeless citizens start without a home of their own.
        EXPECT_EQ(scalar("SELECT count(*) FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
                         "WHERE i.type = 'category' AND instr(char(10) || i.categories || char(10), "
                         "char(10) || m.category || char(10)) = 0"),
            0);
        EXPECT_GT(scalar("SELECT count(*) FROM measurement WHERE indicator_id = 'housing' "
                         "AND category IN ('rough_sleeping', 'hostel')"),
            0);

        // End assessments of both kinds, with the trial's codes.
        EXPECT_GT(scalar("SELECT count(*) FROM goal WHERE own_assessment <> '' AND support_assessment <> ''"), 0);
        EXPECT_EQ(scalar("SELECT count(*) FROM goal WHERE own_assessment NOT IN ('', 'achieved', 'got_closer', "
                         "'not_closer') OR support_assessment NOT IN ('', 'not_at_all', 'small_degree', "
                         "'some_degree', 'high_degree', 'very_high_degree')"),
            0);
        EXPECT_EQ(scalar("SELECT count(*) FROM goal g JOIN citizen c ON c.id = g.citizen_id "
                         "WHERE g.own_assessment <> '' AND c.status = 'active' AND g.status <> 'achieved' "
                         "AND julianday('2026-11-01') - julianday(c.start_date) < 240"),
            0)
            << "only goals that have come to an end, or near the end of the budget period, are assessed";

        // Benefits: in the type's department, started by today, some ended, costing something.
        EXPECT_EQ(scalar("SELECT count(*) FROM benefit b JOIN benefit_type t ON t.id = b.type_id "
                         "WHERE b.department_id <> COALESCE(t.department_id, (SELECT id FROM department "
                         "WHERE code = 'family')) OR b.start_date > '2026-11-01' OR b.monthly_cost_minor <= 0"),
            0);
        EXPECT_GT(scalar("SELECT count(*) FROM benefit WHERE end_date IS NOT NULL"), 0);
        EXPECT_GT(scalar("SELECT count(*) FROM benefit WHERE end_date IS NULL"), 0);
        Caseload caseload(*file);
        int householdsWithCost = 0;
        for (const Household &h : caseload.households().all().value()) {
            const auto series = caseload.benefits().costSeries(h.id, today.addMonths(-11), today).value();
            ASSERT_EQ(series.size(), 12);
            householdsWithCost += series.last().totalMinor > 0 ? 1 : 0;
        }
        EXPECT_GT(householdsWithCost, 2);

        // The same seed gives the same outcomes (ids and creation times aside).
        QStringList figures;
        Statement all = db.prepare(R"sql(
            SELECT c.name, m.indicator_id, m.measured_on, m.value, m.category, m.items FROM measurement m
            JOIN citizen c ON c.id = m.citizen_id ORDER BY c.rowid, m.rowid)sql");
        while (all.next())
            figures << QStringList { all.text(0), all.text(1), all.text(2), all.text(3), all.text(4), all.text(5) }
                           .join(QLatin1Char('|'));
        Statement money = db.prepare(R"sql(
            SELECT b.type_id, b.monthly_cost_minor, b.start_date, b.end_date FROM benefit b ORDER BY b.rowid)sql");
        while (money.next())
            figures << QStringList { money.text(0), money.text(1), money.text(2), money.text(3) }.join(
                QLatin1Char('|'));
        runs << figures.join(QLatin1Char('\n'));
    }
    EXPECT_EQ(runs.at(0), runs.at(1));
}
