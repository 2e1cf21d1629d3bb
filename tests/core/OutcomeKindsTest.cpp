// The outcome record kinds (indicator, measurement, kind of benefit, benefit): every field survives the trip
// through the repository and the mapping, stored in the columns' existing encodings, and the registry finds
// a citizen's measurements and benefits (through the household member) and nobody else's.
#include "storage/OutcomeKinds.h"

#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/RecordRegistry.h"

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

QDateTime at(int day, int millisecond)
{
    return QDateTime(QDate(2026, 2, day), QTime(9, 30, 15, millisecond), Qt::UTC);
}

class OutcomeKindsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("udfald-og-ydelser-31"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
        m_household
            = m_caseload->households().create(Household { {}, QStringLiteral("Familien Holm"), {}, {}, {} }).value().id;
        m_maja = citizen("Maja Holm");
        m_ali = citizen("Ali Holm");
        m_majaMember = member("Maja", m_maja);
        m_aliMember = member("Ali", m_ali);
        m_child = member("Oscar", {});
        const auto departments = m_caseload->plans().departments().value();
        ASSERT_GE(departments.size(), 2);
        m_department = departments.at(0).id;
        m_otherDepartment = departments.at(1).id;
        for (const Indicator &i : m_caseload->measurements().indicators().value()) {
            if (i.code == u"who5")
                m_who5 = i.id;
        }
        ASSERT_FALSE(m_who5.isEmpty());
    }

    QString citizen(const char *name)
    {
        Citizen c;
        c.name = QString::fromUtf8(name);
        c.startDate = QDate(2026, 1, 1);
        c.householdId = m_household;
        return m_caseload->citizens().create(c).value().id;
    }

    QString member(const char *name, const QString &citizenId)
    {
        HouseholdMember m;
        m.householdId = m_household;
        m.name = QString::fromUtf8(name);
        m.role = MemberRole::Adult;
        m.citizenId = citizenId;
        return m_caseload->households().createMember(m).value().id;
    }

    /// The stored text of @p column of row @p id, "<null>" for NULL.
    QString stored(const char *table, const char *column, const QString &id)
    {
        Statement s = m_file->database()->prepare(
            (QByteArray("SELECT ") + column + " FROM " + table + " WHERE id = ?1").constData());
        s.bind(1, id);
        if (!s.next())
            return QStringLiteral("<no row>");
        return s.isNull(0) ? QStringLiteral("<null>") : s.text(0);
    }

    /// A category indicator of the file's own with every field set away from its default.
    Indicator ownIndicator(const char *id)
    {
        Indicator i;
        i.id = QString::fromLatin1(id);
        i.name = QStringLiteral("Skolegang");
        i.unit = QStringLiteral("dage");
        i.type = IndicatorType::Category;
        i.minimum = 1.5;
        i.maximum = 7.25;
        i.categories = { QStringLiteral("Hver dag"), QStringLiteral("Nogle dage"), QStringLiteral("Aldrig") };
        i.higherIsBetter = false;
        i.position = 42;
        i.archived = false;
        i.createdAt = at(1, 123);
        i.updatedAt = at(2, 456);
        return i;
    }

    Measurement who5(const char *id, const QString &citizenId)
    {
        Measurement m;
        m.id = QString::fromLatin1(id);
        m.citizenId = citizenId;
        m.indicatorId = m_who5;
        m.measuredOn = QDate(2026, 1, 20);
        m.value = 52; // the score of the answers, as the repository stores it
        m.items = { 3, 2, 4, 1, 3 };
        m.measuredBy = QStringLiteral("Kim");
        m.note = QStringLiteral("Efter samtalen");
        m.createdAt = at(3, 1);
        m.updatedAt = at(4, 2);
        return m;
    }

    Benefit benefit(const char *id, const QString &memberId, const QString &typeId)
    {
        Benefit b;
        b.id = QString::fromLatin1(id);
        b.memberId = memberId;
        b.typeId = typeId;
        b.departmentId = m_otherDepartment;
        b.monthlyCostMinor = 1'234'567;
        b.startDate = QDate(2026, 1, 5);
        b.endDate = QDate(2026, 6, 30);
        b.note = QStringLiteral("Bevilget til og med juni");
        b.createdAt = at(5, 10);
        b.updatedAt = at(6, 20);
        return b;
    }

    BenefitType ownType(const char *id)
    {
        BenefitType t;
        t.id = QString::fromLatin1(id);
        t.name = QStringLiteral("Mentorstøtte");
        t.departmentId = m_department;
        t.position = 17;
        t.archived = true;
        t.createdAt = at(7, 30);
        t.updatedAt = at(8, 40);
        return t;
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    QString m_household;
    QString m_maja;
    QString m_ali;
    QString m_majaMember;
    QString m_aliMember;
    QString m_child;
    QString m_department;
    QString m_otherDepartment;
    QString m_who5;
};

} // namespace

TEST_F(OutcomeKindsTest, AnIndicatorRoundTripsEveryFieldWithItsCategoriesOnePerLine)
{
    MeasurementRepository &repo = m_caseload->measurements();
    const Indicator category = ownIndicator("indicator-category");
    ASSERT_TRUE(repo.putIndicator(category).ok());
    EXPECT_EQ(repo.indicator(category.id).value(), category);
    EXPECT_EQ(stored("indicator", "categories", category.id), QStringLiteral("Hver dag\nNogle dage\nAldrig"));
    EXPECT_EQ(stored("indicator", "type", category.id), QStringLiteral("category"));
    EXPECT_EQ(stored("indicator", "higher_is_better", category.id), QStringLiteral("0"));

    Indicator scale = ownIndicator("indicator-scale");
    scale.type = IndicatorType::Scale;
    scale.minimum = 2;
    scale.maximum = 9;
    scale.categories.clear();
    scale.archived = true;
    ASSERT_TRUE(repo.putIndicator(scale).ok());
    EXPECT_EQ(repo.indicator(scale.id).value(), scale);
    EXPECT_EQ(stored("indicator", "categories", scale.id), QString()) << "no categories: ''";
    EXPECT_EQ(stored("indicator", "archived", scale.id), QStringLiteral("1"));

    // The mapping alone reads what the repository wrote, and the list holds both after the built-in ones.
    const auto direct = m_file->read([&](Database &db) { return Kinds::indicator().find(db, category.id); });
    ASSERT_TRUE(direct.ok());
    EXPECT_EQ(direct->value(), category);
    const auto all = repo.indicators().value();
    ASSERT_EQ(all.size(), builtInIndicatorCodes().size() + 2);
    EXPECT_EQ(all.at(all.size() - 2), category) << "the file's own by position, creation, then id";
    EXPECT_EQ(all.last(), scale);
}

TEST_F(OutcomeKindsTest, AMeasurementRoundTripsEveryFieldWithItsAnswersCommaSeparated)
{
    MeasurementRepository &repo = m_caseload->measurements();
    const Measurement answers = who5("measurement-who5", m_maja);
    ASSERT_TRUE(repo.putMeasurement(answers).ok());
    EXPECT_EQ(repo.measurement(answers.id).value(), answers);
    EXPECT_EQ(stored("measurement", "items", answers.id), QStringLiteral("3,2,4,1,3"));
    EXPECT_EQ(stored("measurement", "measured_on", answers.id), QStringLiteral("2026-01-20"));
    EXPECT_EQ(stored("measurement", "created_at", answers.id), QStringLiteral("2026-02-03T09:30:15.001Z"));

    const Indicator school = ownIndicator("indicator-school");
    ASSERT_TRUE(repo.putIndicator(school).ok());
    Measurement chosen = who5("measurement-category", m_maja);
    chosen.indicatorId = school.id;
    chosen.items.clear();
    chosen.value = 0;
    chosen.category = QStringLiteral("Nogle dage");
    ASSERT_TRUE(repo.putMeasurement(chosen).ok());
    EXPECT_EQ(repo.measurement(chosen.id).value(), chosen);
    EXPECT_EQ(stored("measurement", "items", chosen.id), QString()) << "no answers: ''";
    EXPECT_EQ(stored("measurement", "category", chosen.id), QStringLiteral("Nogle dage"));
    EXPECT_EQ(repo.measurements(m_maja, m_who5).value(), QList<Measurement> { answers });
}

TEST_F(OutcomeKindsTest, AKindOfBenefitRoundTripsEveryFieldAndNoDepartmentIsNull)
{
    BenefitRepository &repo = m_caseload->benefits();
    const BenefitType mentor = ownType("type-mentor");
    ASSERT_TRUE(repo.putType(mentor).ok());
    BenefitType alone = ownType("type-alone");
    alone.departmentId.clear();
    alone.archived = false;
    ASSERT_TRUE(repo.putType(alone).ok());

    const auto types = repo.types().value();
    ASSERT_EQ(types.size(), builtInBenefitTypeCodes().size() + 2);
    EXPECT_EQ(types.at(types.size() - 2), mentor) << "same position: by name";
    EXPECT_EQ(types.last(), alone);
    EXPECT_EQ(stored("benefit_type", "department_id", mentor.id), m_department);
    EXPECT_EQ(stored("benefit_type", "department_id", alone.id), QStringLiteral("<null>"));
    const auto direct = m_file->read([&](Database &db) { return Kinds::benefitType().find(db, alone.id); });
    ASSERT_TRUE(direct.ok());
    EXPECT_EQ(direct->value(), alone);
}

TEST_F(OutcomeKindsTest, ABenefitRoundTripsEveryFieldAndARunningOneHasNoEnd)
{
    BenefitRepository &repo = m_caseload->benefits();
    const BenefitType mentor = ownType("type-mentor");
    ASSERT_TRUE(repo.putType(mentor).ok());
    const Benefit ended = benefit("benefit-ended", m_majaMember, mentor.id);
    ASSERT_TRUE(repo.putBenefit(ended).ok());
    EXPECT_EQ(repo.benefit(ended.id).value(), ended);
    EXPECT_EQ(stored("benefit", "end_date", ended.id), QStringLiteral("2026-06-30"));
    EXPECT_EQ(stored("benefit", "monthly_cost_minor", ended.id), QStringLiteral("1234567"));

    Benefit running = benefit("benefit-running", m_child, mentor.id);
    running.endDate = {};
    ASSERT_TRUE(repo.putBenefit(running).ok());
    EXPECT_EQ(repo.benefit(running.id).value(), running);
    EXPECT_EQ(stored("benefit", "end_date", running.id), QStringLiteral("<null>"));
    EXPECT_EQ(repo.benefits(m_household).value(), (QList<Benefit> { ended, running })) << "in the members' order";
}

TEST_F(OutcomeKindsTest, ACitizensMeasurementsAndBenefitsAreTheirsAloneAndAuditedUnderThem)
{
    MeasurementRepository &measurements = m_caseload->measurements();
    BenefitRepository &benefits = m_caseload->benefits();
    const BenefitType mentor = ownType("type-mentor");
    ASSERT_TRUE(benefits.putType(mentor).ok());
    ASSERT_TRUE(measurements.putIndicator(ownIndicator("indicator-own")).ok());
    const Measurement majas = who5("measurement-maja", m_maja);
    ASSERT_TRUE(measurements.putMeasurement(majas).ok());
    ASSERT_TRUE(measurements.putMeasurement(who5("measurement-ali", m_ali)).ok());
    const Benefit majasBenefit = benefit("benefit-maja", m_majaMember, mentor.id);
    ASSERT_TRUE(benefits.putBenefit(majasBenefit).ok());
    ASSERT_TRUE(benefits.putBenefit(benefit("benefit-ali", m_aliMember, mentor.id)).ok());
    ASSERT_TRUE(benefits.putBenefit(benefit("benefit-child", m_child, mentor.id)).ok());

    const auto rows = m_file->read([&](Database &db) { return RecordRegistry::recordsOfCitizen(db, m_maja); });
    ASSERT_TRUE(rows.ok());
    QStringList outcomes;
    for (const RecordRow &row : *rows) {
        EXPECT_NE(row.kind, &Kinds::indicator()) << "a catalogue belongs to no citizen";
        EXPECT_NE(row.kind, &Kinds::benefitType()) << "a catalogue belongs to no citizen";
        if (row.kind == &Kinds::measurement() || row.kind == &Kinds::benefit())
            outcomes << row.kind->auditName + QLatin1Char(':') + row.id;
    }
    EXPECT_EQ(outcomes,
        (QStringList { QStringLiteral("measurement:measurement-maja"), QStringLiteral("benefit:benefit-maja") }));
    for (const RecordRow &row : *rows) {
        if (row.kind == &Kinds::measurement()) {
            EXPECT_EQ(row.values.value(QStringLiteral("items")).toString(), QStringLiteral("3,2,4,1,3"));
        }
        if (row.kind == &Kinds::benefit()) {
            EXPECT_EQ(row.values.value(QStringLiteral("member_id")).toString(), m_majaMember);
        }
    }
    EXPECT_EQ(RecordRegistry::byAuditName(QStringLiteral("benefit_type")), &Kinds::benefitType());
    EXPECT_EQ(RecordRegistry::byType(EntityType::Measurement), &Kinds::measurement());

    // The audit log names the kind, the record and the citizen (a benefit: its member's, if any).
    const auto events = m_file->auditEvents(3).value(); // newest first
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0).entityType, QStringLiteral("benefit"));
    EXPECT_EQ(events.at(0).entityId, QStringLiteral("benefit-child"));
    EXPECT_EQ(events.at(0).citizenId, QString()) << "a member who is no citizen";
    EXPECT_EQ(events.at(1).entityId, QStringLiteral("benefit-ali"));
    EXPECT_EQ(events.at(1).citizenId, m_ali);
    EXPECT_EQ(events.at(2).citizenId, m_maja);
    EXPECT_EQ(events.at(2).action, auditActionName(AuditAction::RecordCreated));
}
