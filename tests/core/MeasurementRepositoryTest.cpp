// Indicators, measurements, WHO-5 and the goals' end assessments.
#include "DatabaseDump.h"
#include "TestSupport.h"
#include "domain/Who5.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QSignalSpy>

#include <functional>
#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

class MeasurementRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("måleskala-trin-42"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
        m_citizen = makeCitizen(QStringLiteral("Maja Jensen"));
        m_other = makeCitizen(QStringLiteral("Sara Holm"));
        for (const Indicator &i : repo().indicators().value()) {
            if (!i.code.isEmpty())
                m_builtIn.insert(i.code, i.id);
        }
        ASSERT_EQ(m_builtIn.size(), builtInIndicatorCodes().size());
    }

    MeasurementRepository &repo() { return m_caseload->measurements(); }

    QString makeCitizen(const QString &name)
    {
        Citizen c;
        c.name = name;
        c.startDate = QDate(2026, 1, 1);
        return m_caseload->citizens().create(c).value().id;
    }

    /// The caseload plus the indicator and measurement tables (which dumpCaseload does not know).
    QString dump()
    {
        QStringList out { TestKit::dumpCaseload(*m_file->database()) };
        for (const char *sql : { "SELECT * FROM indicator ORDER BY id", "SELECT * FROM measurement ORDER BY id" }) {
            out << QString::fromLatin1(sql);
            Statement s = m_file->database()->prepare(sql);
            while (s.next()) {
                QStringList row;
                for (int c = 0; c < 13; ++c)
                    row << (s.isNull(c) ? QStringLiteral("<null>") : s.text(c));
                out << row.join(QLatin1Char('|'));
            }
        }
        return out.join(QLatin1Char('\n'));
    }

    Measurement measurement(const char *code, const QDate &on, double value, const QString &citizen = {})
    {
        Measurement m;
        m.citizenId = citizen.isEmpty() ? m_citizen : citizen;
        m.indicatorId = m_builtIn.value(QString::fromLatin1(code));
        m.measuredOn = on;
        m.value = value;
        return m;
    }

    Measurement who5(const QDate &on, QList<int> items, const QString &citizen = {})
    {
        Measurement m = measurement("who5", on, 0, citizen);
        m.items = std::move(items);
        return m;
    }

    Measurement housing(const QDate &on, const char *category)
    {
        Measurement m = measurement("housing", on, 0);
        m.category = QString::fromLatin1(category);
        return m;
    }

    static Indicator custom(const char *name, IndicatorType type, double minimum, double maximum,
        std::initializer_list<const char *> categories = {})
    {
        Indicator i;
        i.name = QString::fromUtf8(name);
        i.type = type;
        i.minimum = minimum;
        i.maximum = maximum;
        for (const char *c : categories)
            i.categories << QString::fromUtf8(c);
        return i;
    }

    /// The write is refused with @p field and @p issue, and neither data nor audit log changed.
    void expectRefused(const std::function<Status()> &write, const QString &field, Issue issue)
    {
        const QString before = dump();
        const qint64 events = TestKit::auditCount(*m_file->database());
        QSignalSpy spy(&m_caseload->notifier(), &ChangeNotifier::changed);
        Status s = write();
        EXPECT_FALSE(s.ok()) << qPrintable(field);
        if (s.ok())
            return;
        EXPECT_EQ(s.error().code, ErrorCode::InvalidInput) << qPrintable(field);
        EXPECT_EQ(s.error().field, field);
        EXPECT_EQ(s.error().issue, issue) << qPrintable(field);
        EXPECT_EQ(dump(), before) << qPrintable(field);
        EXPECT_EQ(TestKit::auditCount(*m_file->database()), events) << qPrintable(field);
        EXPECT_EQ(spy.count(), 0) << qPrintable(field);
    }

    void expectMeasurementRefused(const Measurement &m, const char *field, Issue issue)
    {
        expectRefused([&] { return statusOf(repo().createMeasurement(m)); }, QString::fromLatin1(field), issue);
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    QString m_citizen;
    QString m_other;
    QHash<QString, QString> m_builtIn; // code → id
};

} // namespace

TEST(Who5, ScoresExactlyFiveAnswersEachZeroToFive)
{
    EXPECT_EQ(Who5::score({ 5, 5, 5, 5, 5 }), 100);
    EXPECT_EQ(Who5::score({ 0, 0, 0, 0, 0 }), 0);
    EXPECT_EQ(Who5::score({ 3, 2, 4, 1, 3 }), 52);
    EXPECT_EQ(Who5::score({ 1, 0, 0, 0, 0 }), 4);
    EXPECT_EQ(Who5::score({ 3, 2, 4, 1 }), std::nullopt) << "four answers";
    EXPECT_EQ(Who5::score({ 3, 2, 4, 1, 3, 2 }), std::nullopt) << "six answers";
    EXPECT_EQ(Who5::score({}), std::nullopt);
    EXPECT_EQ(Who5::score({ 3, 2, 6, 1, 3 }), std::nullopt) << "an answer of 6";
    EXPECT_EQ(Who5::score({ 3, 2, -1, 1, 3 }), std::nullopt) << "a negative answer";
}

TEST(MeasurementCodes, RoundTripAndUnknownOrEmptyIsNotAssessed)
{
    for (IndicatorType t :
        { IndicatorType::Number, IndicatorType::Scale, IndicatorType::Category, IndicatorType::YesNo })
        EXPECT_EQ(indicatorTypeFromCode(indicatorTypeCode(t)), t);
    EXPECT_EQ(indicatorTypeCode(IndicatorType::YesNo), QStringLiteral("yes_no"));
    EXPECT_EQ(indicatorTypeCode(IndicatorType::Category), QStringLiteral("category"));

    ASSERT_EQ(allOwnAssessments().size(), 3);
    for (OwnAssessment a : allOwnAssessments())
        EXPECT_EQ(ownAssessmentFromCode(ownAssessmentCode(a)), a);
    EXPECT_EQ(ownAssessmentCode(OwnAssessment::GotCloser), QStringLiteral("got_closer"));
    EXPECT_EQ(ownAssessmentCode(OwnAssessment::NotCloser), QStringLiteral("not_closer"));
    EXPECT_EQ(ownAssessmentFromCode(QString()), std::nullopt);
    EXPECT_EQ(ownAssessmentFromCode(QStringLiteral("maybe")), std::nullopt);

    ASSERT_EQ(allSupportAssessments().size(), 5);
    for (SupportAssessment a : allSupportAssessments())
        EXPECT_EQ(supportAssessmentFromCode(supportAssessmentCode(a)), a);
    EXPECT_EQ(supportAssessmentCode(SupportAssessment::NotAtAll), QStringLiteral("not_at_all"));
    EXPECT_EQ(supportAssessmentCode(SupportAssessment::VeryHighDegree), QStringLiteral("very_high_degree"));
    EXPECT_EQ(supportAssessmentFromCode(QString()), std::nullopt);
    EXPECT_EQ(supportAssessmentFromCode(QStringLiteral("achieved")), std::nullopt);
}

TEST_F(MeasurementRepositoryTest, BuiltInIndicatorsComeFirstInTheirOrder)
{
    const auto list = repo().indicators().value();
    ASSERT_EQ(list.size(), builtInIndicatorCodes().size());
    for (int n = 0; n < list.size(); ++n) {
        EXPECT_EQ(list.at(n).code, builtInIndicatorCodes().at(n));
        EXPECT_EQ(list.at(n).position, n);
        EXPECT_TRUE(list.at(n).createdAt.isValid()) << qPrintable(list.at(n).code);
    }
    const Indicator who5 = repo().indicator(m_builtIn.value(QStringLiteral("who5"))).value();
    EXPECT_EQ(who5.type, IndicatorType::Scale);
    EXPECT_EQ(who5.minimum, 0);
    EXPECT_EQ(who5.maximum, 100);
    const Indicator housing = repo().indicator(m_builtIn.value(QStringLiteral("housing"))).value();
    EXPECT_EQ(housing.type, IndicatorType::Category);
    EXPECT_EQ(housing.categories.size(), 7);
    EXPECT_EQ(housing.categories.first(), QStringLiteral("own_home"));
    EXPECT_FALSE(repo().indicator(m_builtIn.value(QStringLiteral("school_absence")))->higherIsBetter);
    EXPECT_EQ(repo().indicator(m_builtIn.value(QStringLiteral("leisure_activity")))->type, IndicatorType::YesNo);
    EXPECT_EQ(repo().indicator(QStringLiteral("no-such-id")).error().issue, Issue::UnknownReference);

    // The file's own come after the built-in ones, in the order they were added.
    auto a = repo().createIndicator(custom("Timer i praktik", IndicatorType::Number, 0, 0));
    auto b = repo().createIndicator(custom("Humør", IndicatorType::Scale, 1, 10));
    ASSERT_TRUE(a.ok() && b.ok());
    const auto after = repo().indicators().value();
    ASSERT_EQ(after.size(), list.size() + 2);
    EXPECT_EQ(after.at(list.size()), *a);
    EXPECT_EQ(after.at(list.size() + 1), *b);
    EXPECT_TRUE(a->code.isEmpty());
    EXPECT_GT(b->position, a->position);
}

TEST_F(MeasurementRepositoryTest, MeasurementsRoundTripOldestFirst)
{
    QSignalSpy spy(&m_caseload->notifier(), &ChangeNotifier::changed);
    const qint64 events = TestKit::auditCount(*m_file->database());
    Measurement later = measurement("weekly_hours", QDate(2026, 3, 1), 12.5);
    later.measuredBy = QStringLiteral("Kim");
    later.note = QStringLiteral("Praktik i Netto");
    auto second = repo().createMeasurement(later);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(TestKit::auditCount(*m_file->database()), events + 1) << "one audit event in the same transaction";
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<EntityType>(), EntityType::Measurement);
    EXPECT_EQ(spy.at(0).at(1).toString(), second->id);
    EXPECT_EQ(spy.at(0).at(2).toString(), m_citizen);

    auto first = repo().createMeasurement(measurement("weekly_hours", QDate(2026, 1, 15), 0));
    auto other = repo().createMeasurement(measurement("weekly_hours", QDate(2026, 2, 1), 30, m_other));
    ASSERT_TRUE(first.ok() && other.ok());
    EXPECT_FALSE(second->id.isEmpty());
    EXPECT_TRUE(second->createdAt.isValid());
    EXPECT_EQ(repo().measurement(second->id).value(), *second);
    EXPECT_EQ(repo().measurements(m_citizen, later.indicatorId).value(), (QList<Measurement> { *first, *second }));
    EXPECT_EQ(repo().measurements(m_other, later.indicatorId).value(), QList<Measurement> { *other });

    auto home = repo().createMeasurement(housing(QDate(2026, 1, 15), "hostel"));
    ASSERT_TRUE(home.ok());
    EXPECT_EQ(repo().measurement(home->id)->category, QStringLiteral("hostel"));
    auto leisure = repo().createMeasurement(measurement("leisure_activity", QDate(2026, 1, 15), 1));
    ASSERT_TRUE(leisure.ok());
    EXPECT_EQ(repo().measurement(leisure->id)->value, 1);
    auto income = repo().createMeasurement(measurement("monthly_income", QDate(2026, 1, 15), 1234567.25));
    ASSERT_TRUE(income.ok()) << "monthly income has no upper bound";
    EXPECT_EQ(repo().measurement(income->id)->value, 1234567.25);

    Measurement changed = *second;
    changed.value = 20;
    auto updated = repo().updateMeasurement(changed);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(repo().measurement(second->id).value(), *updated);
    EXPECT_EQ(repo().measurement(second->id)->value, 20);

    // Removing and putting back (undo) restores exactly what was there.
    const QString before = dump();
    ASSERT_TRUE(repo().removeMeasurement(second->id).ok());
    EXPECT_EQ(repo().measurement(second->id).error().issue, Issue::UnknownReference);
    EXPECT_NE(dump(), before);
    ASSERT_TRUE(repo().putMeasurement(*updated).ok());
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(repo().measurement(second->id).value(), *updated);
}

TEST_F(MeasurementRepositoryTest, Who5ValueIsTheScoreOfTheFiveAnswers)
{
    Measurement m = who5(QDate(2026, 2, 1), { 3, 2, 4, 1, 3 });
    m.value = 7; // whatever the caller says, the score comes from the answers
    auto created = repo().createMeasurement(m);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->value, 52);
    const Measurement stored = repo().measurement(created->id).value();
    EXPECT_EQ(stored, *created);
    EXPECT_EQ(stored.items, (QList<int> { 3, 2, 4, 1, 3 }));

    Measurement changed = stored;
    changed.items = { 5, 5, 5, 5, 5 };
    auto updated = repo().updateMeasurement(changed);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->value, 100);
    EXPECT_EQ(repo().measurement(created->id)->value, 100);

    changed.items = { 0, 0, 0, 0, 0 };
    ASSERT_TRUE(repo().updateMeasurement(changed).ok());
    EXPECT_EQ(repo().measurement(created->id)->value, 0);
    EXPECT_EQ(repo().measurement(created->id)->items, (QList<int> { 0, 0, 0, 0, 0 }));
}

TEST_F(MeasurementRepositoryTest, RefusalsNameTheFieldAndChangeNothing)
{
    const QDate day(2026, 2, 1);
    // WHO-5: exactly five answers, each 0–5; nothing else makes a score.
    expectMeasurementRefused(who5(day, { 3, 2, 4, 1 }), "items", Issue::OutOfRange);
    expectMeasurementRefused(who5(day, { 3, 2, 6, 1, 3 }), "items", Issue::OutOfRange);
    expectMeasurementRefused(who5(day, {}), "items", Issue::OutOfRange);
    Measurement withItems = measurement("self_rated_health", day, 3);
    withItems.items = { 1, 2, 3, 4, 5 };
    expectMeasurementRefused(withItems, "items", Issue::OutOfRange);

    // Number: within [minimum, maximum].
    expectMeasurementRefused(measurement("weekly_hours", day, 80.5), "value", Issue::OutOfRange);
    expectMeasurementRefused(measurement("weekly_hours", day, -1), "value", Issue::OutOfRange);
    expectMeasurementRefused(measurement("monthly_income", day, -0.5), "value", Issue::OutOfRange);
    expectMeasurementRefused(measurement("school_absence", day, 100.1), "value", Issue::OutOfRange);
    // Scale: a whole number within its range.
    expectMeasurementRefused(measurement("self_rated_health", day, 0), "value", Issue::OutOfRange);
    expectMeasurementRefused(measurement("self_rated_health", day, 6), "value", Issue::OutOfRange);
    expectMeasurementRefused(measurement("self_rated_health", day, 2.5), "value", Issue::OutOfRange);
    expectMeasurementRefused(measurement("ffb_mental", day, 5), "value", Issue::OutOfRange);
    // Yes/no: 0 or 1.
    expectMeasurementRefused(measurement("leisure_activity", day, 0.5), "value", Issue::OutOfRange);
    expectMeasurementRefused(measurement("leisure_activity", day, 2), "value", Issue::OutOfRange);
    // Category: one of the indicator's.
    expectMeasurementRefused(housing(day, ""), "category", Issue::Required);
    expectMeasurementRefused(housing(day, "castle"), "category", Issue::OutOfRange);
    // A category of another indicator.
    expectMeasurementRefused(housing(day, "ordinary_job"), "category", Issue::OutOfRange);

    // The day: given, real, and not in the future.
    expectMeasurementRefused(measurement("weekly_hours", {}, 10), "measuredOn", Issue::Required);
    expectMeasurementRefused(
        measurement("weekly_hours", QDate::currentDate().addDays(1), 10), "measuredOn", Issue::InvalidDate);
    expectMeasurementRefused(measurement("weekly_hours", QDate(1850, 1, 1), 10), "measuredOn", Issue::InvalidDate);

    // References.
    expectMeasurementRefused(
        measurement("weekly_hours", day, 10, QStringLiteral("no-such-citizen")), "citizenId", Issue::UnknownReference);
    Measurement noIndicator = measurement("weekly_hours", day, 10);
    noIndicator.indicatorId = QStringLiteral("no-such-indicator");
    expectMeasurementRefused(noIndicator, "indicatorId", Issue::UnknownReference);
    expectRefused([&] { return repo().removeMeasurement(QStringLiteral("no-such-measurement")); }, QStringLiteral("id"),
        Issue::UnknownReference);

    // Text lengths.
    Measurement longNote = measurement("weekly_hours", day, 10);
    longNote.note = QString(MeasurementRepository::MaxTextLength + 1, QLatin1Char('x'));
    expectMeasurementRefused(longNote, "note", Issue::TooLong);
    Measurement longBy = measurement("weekly_hours", day, 10);
    longBy.measuredBy = QString(MeasurementRepository::MaxTextLength + 1, QLatin1Char('x'));
    expectMeasurementRefused(longBy, "measuredBy", Issue::TooLong);

    // An update is checked the same way: the stored measurement stays as it was.
    auto stored = repo().createMeasurement(measurement("weekly_hours", day, 10));
    ASSERT_TRUE(stored.ok());
    Measurement tooMany = *stored;
    tooMany.value = 81;
    expectRefused(
        [&] { return statusOf(repo().updateMeasurement(tooMany)); }, QStringLiteral("value"), Issue::OutOfRange);
    EXPECT_EQ(repo().measurement(stored->id).value(), *stored);

    // The edge values themselves are accepted.
    EXPECT_TRUE(repo().createMeasurement(measurement("weekly_hours", day, 80)).ok());
    EXPECT_TRUE(repo().createMeasurement(measurement("self_rated_health", day, 1)).ok());
    EXPECT_TRUE(repo().createMeasurement(measurement("self_rated_health", day, 5)).ok());
    EXPECT_TRUE(repo().createMeasurement(measurement("ffb_mental", QDate::currentDate(), 0)).ok()) << "today is fine";
}

TEST_F(MeasurementRepositoryTest, SummariesGiveCountBaselineAndLatestInOneList)
{
    // Entered out of order: the baseline is the first by date, not the first entered.
    auto march = repo().createMeasurement(who5(QDate(2026, 3, 1), { 3, 3, 3, 3, 3 }));
    auto january = repo().createMeasurement(who5(QDate(2026, 1, 10), { 1, 1, 2, 1, 1 }));
    auto february = repo().createMeasurement(who5(QDate(2026, 2, 1), { 2, 2, 2, 2, 2 }));
    ASSERT_TRUE(march.ok() && january.ok() && february.ok());
    // Two on the newest day: the later created is the latest (a second later, so the order is certain).
    Measurement marchAgain = who5(QDate(2026, 3, 1), { 4, 4, 4, 4, 4 });
    marchAgain.id = QStringLiteral("00000000-0000-0000-0000-000000000000"); // would sort first by id
    marchAgain.value = 80;
    marchAgain.createdAt = marchAgain.updatedAt = march->createdAt.addSecs(1);
    ASSERT_TRUE(repo().putMeasurement(marchAgain).ok());
    auto single = repo().createMeasurement(housing(QDate(2026, 1, 10), "hostel"));
    // Another citizen's measurements count for them only.
    auto foreign = repo().createMeasurement(who5(QDate(2025, 12, 1), { 0, 0, 0, 0, 0 }, m_other));
    ASSERT_TRUE(single.ok() && foreign.ok());
    const Measurement foreignMeasurement = *foreign;
    auto foreignHours = repo().createMeasurement(measurement("weekly_hours", QDate(2026, 1, 1), 37, m_other));
    ASSERT_TRUE(foreignHours.ok());

    // Archived: one the citizen has measurements of stays listed, one without does not.
    Indicator health = repo().indicator(m_builtIn.value(QStringLiteral("self_rated_health"))).value();
    auto healthMeasurement = repo().createMeasurement(measurement("self_rated_health", QDate(2026, 1, 5), 2));
    ASSERT_TRUE(healthMeasurement.ok());
    health.archived = true;
    ASSERT_TRUE(repo().updateIndicator(health).ok());
    Indicator mobility = repo().indicator(m_builtIn.value(QStringLiteral("ffb_mobility"))).value();
    mobility.archived = true;
    ASSERT_TRUE(repo().updateIndicator(mobility).ok());
    auto own = repo().createIndicator(custom("Timer i praktik", IndicatorType::Number, 0, 0));
    ASSERT_TRUE(own.ok());

    const auto summaries = repo().summaries(m_citizen).value();
    QStringList ids;
    for (const IndicatorSummary &s : summaries)
        ids << s.indicator.id;
    QStringList expected;
    for (const Indicator &i : repo().indicators().value()) {
        if (i.id != mobility.id)
            expected << i.id;
    }
    EXPECT_EQ(ids, expected) << "indicator order, the archived one without measurements left out";

    const auto find = [&](const QString &id) {
        for (const IndicatorSummary &s : summaries) {
            if (s.indicator.id == id)
                return s;
        }
        ADD_FAILURE() << "no summary for " << id.toStdString();
        return IndicatorSummary {};
    };
    const IndicatorSummary who5Summary = find(m_builtIn.value(QStringLiteral("who5")));
    EXPECT_EQ(who5Summary.count, 4);
    EXPECT_EQ(who5Summary.baseline, *january);
    EXPECT_EQ(who5Summary.latest, marchAgain);
    EXPECT_EQ(who5Summary.baseline->value, 24);
    EXPECT_EQ(who5Summary.latest->value, 80);

    const IndicatorSummary housingSummary = find(m_builtIn.value(QStringLiteral("housing")));
    EXPECT_EQ(housingSummary.count, 1);
    EXPECT_EQ(housingSummary.baseline, *single);
    EXPECT_EQ(housingSummary.latest, *single);

    const IndicatorSummary healthSummary = find(health.id);
    EXPECT_TRUE(healthSummary.indicator.archived);
    EXPECT_EQ(healthSummary.count, 1);
    EXPECT_EQ(healthSummary.baseline, *healthMeasurement);

    const IndicatorSummary hours = find(m_builtIn.value(QStringLiteral("weekly_hours")));
    EXPECT_EQ(hours.count, 0) << "the other citizen's measurement is not counted";
    EXPECT_EQ(hours.baseline, std::nullopt);
    EXPECT_EQ(hours.latest, std::nullopt);
    EXPECT_EQ(find(own->id).indicator, *own);
    EXPECT_EQ(find(own->id).count, 0);

    const auto otherSummaries = repo().summaries(m_other).value();
    bool sawWho5 = false;
    for (const IndicatorSummary &s : otherSummaries) {
        EXPECT_NE(s.indicator.id, health.id) << "archived and never measured for this citizen";
        if (s.indicator.code == u"who5") {
            sawWho5 = true;
            EXPECT_EQ(s.count, 1);
            EXPECT_EQ(s.baseline, foreignMeasurement);
            EXPECT_EQ(s.latest, foreignMeasurement);
        }
    }
    EXPECT_TRUE(sawWho5);
}

TEST_F(MeasurementRepositoryTest, CustomIndicatorRules)
{
    // Needs a name; a scale needs minimum < maximum; a category at least two distinct choices.
    expectRefused([&] { return statusOf(repo().createIndicator(custom("  ", IndicatorType::Number, 0, 0))); },
        QStringLiteral("name"), Issue::Required);
    expectRefused(
        [&] {
            Indicator i = custom("Navn", IndicatorType::Number, 0, 0);
            i.name = QString(MeasurementRepository::MaxTextLength + 1, QLatin1Char('n'));
            return statusOf(repo().createIndicator(i));
        },
        QStringLiteral("name"), Issue::TooLong);
    expectRefused([&] { return statusOf(repo().createIndicator(custom("Humør", IndicatorType::Scale, 5, 5))); },
        QStringLiteral("maximum"), Issue::OutOfRange);
    expectRefused([&] { return statusOf(repo().createIndicator(custom("Humør", IndicatorType::Scale, 5, 1))); },
        QStringLiteral("maximum"), Issue::OutOfRange);
    expectRefused([&] { return statusOf(repo().createIndicator(custom("Kilo", IndicatorType::Number, 10, 5))); },
        QStringLiteral("maximum"), Issue::OutOfRange);
    expectRefused(
        [&] { return statusOf(repo().createIndicator(custom("Skole", IndicatorType::Category, 0, 0, { "Ja" }))); },
        QStringLiteral("categories"), Issue::Required);
    expectRefused(
        [&] {
            return statusOf(repo().createIndicator(custom("Skole", IndicatorType::Category, 0, 0, { "Ja", "" })));
        },
        QStringLiteral("categories"), Issue::Required);
    expectRefused(
        [&] {
            return statusOf(repo().createIndicator(custom("Skole", IndicatorType::Category, 0, 0, { "Ja", "Ja" })));
        },
        QStringLiteral("categories"), Issue::InUse);

    // A number with maximum 0 has no upper bound; a minimum above zero is fine.
    auto kilo = repo().createIndicator(custom("Vægt", IndicatorType::Number, 20, 0));
    ASSERT_TRUE(kilo.ok());
    auto mood = repo().createIndicator(custom("Humør", IndicatorType::Scale, 1, 10));
    ASSERT_TRUE(mood.ok());
    Indicator moodDefinition = *mood;
    moodDefinition.unit = QStringLiteral("point");
    moodDefinition.higherIsBetter = false;
    auto school = repo().createIndicator(
        custom("Skolegang", IndicatorType::Category, 0, 0, { "Hver dag", "Nogle dage", "Aldrig" }));
    ASSERT_TRUE(school.ok());
    EXPECT_EQ(repo().indicator(school->id).value(), *school);
    EXPECT_EQ(school->categories,
        (QStringList { QStringLiteral("Hver dag"), QStringLiteral("Nogle dage"), QStringLiteral("Aldrig") }));

    // The measurements follow the file's own definitions.
    Measurement m;
    m.citizenId = m_citizen;
    m.indicatorId = mood->id;
    m.measuredOn = QDate(2026, 2, 1);
    m.value = 11;
    expectMeasurementRefused(m, "value", Issue::OutOfRange);
    m.value = 7;
    auto measured = repo().createMeasurement(m);
    ASSERT_TRUE(measured.ok());
    Measurement day = m;
    day.indicatorId = school->id;
    day.category = QStringLiteral("Nogle dage");
    ASSERT_TRUE(repo().createMeasurement(day).ok());
    Measurement heavy = m;
    heavy.indicatorId = kilo->id;
    heavy.value = 19;
    expectMeasurementRefused(heavy, "value", Issue::OutOfRange);
    heavy.value = 250;
    EXPECT_TRUE(repo().createMeasurement(heavy).ok());

    // Once measured, the type, range and categories stay; name, unit and direction may change.
    Indicator rescaled = *mood;
    rescaled.maximum = 5;
    expectRefused([&] { return statusOf(repo().updateIndicator(rescaled)); }, QStringLiteral("maximum"), Issue::InUse);
    Indicator retyped = *mood;
    retyped.type = IndicatorType::Number;
    expectRefused([&] { return statusOf(repo().updateIndicator(retyped)); }, QStringLiteral("type"), Issue::InUse);
    Indicator recategorised = *school;
    recategorised.categories << QStringLiteral("Sommetider");
    expectRefused(
        [&] { return statusOf(repo().updateIndicator(recategorised)); }, QStringLiteral("categories"), Issue::InUse);
    Indicator renamed = moodDefinition;
    renamed.name = QStringLiteral("Dagens humør");
    auto updated = repo().updateIndicator(renamed);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(repo().indicator(mood->id).value(), *updated);
    EXPECT_FALSE(updated->higherIsBetter);

    // Without measurements the definition may still change.
    Indicator wider = *kilo;
    ASSERT_TRUE(repo().removeMeasurement(repo().measurements(m_citizen, kilo->id)->first().id).ok());
    wider.maximum = 300;
    EXPECT_TRUE(repo().updateIndicator(wider).ok());

    // One with measurements cannot be removed, only archived; archived, it takes no new measurements
    // while the old ones can still be corrected.
    expectRefused([&] { return repo().removeIndicator(mood->id); }, QStringLiteral("id"), Issue::InUse);
    Indicator archived = *updated;
    archived.archived = true;
    ASSERT_TRUE(repo().updateIndicator(archived).ok());
    EXPECT_TRUE(repo().indicator(mood->id)->archived);
    Measurement again = m;
    again.measuredOn = QDate(2026, 3, 1);
    expectMeasurementRefused(again, "indicatorId", Issue::InUse);
    Measurement corrected = *measured;
    corrected.value = 8;
    ASSERT_TRUE(repo().updateMeasurement(corrected).ok()) << "an existing measurement can be corrected";
    EXPECT_EQ(repo().measurement(measured->id)->value, 8);

    // Without measurements it can go (undoing its creation), and a put brings it back exactly.
    const QString withKilo = dump();
    const Indicator kiloNow = repo().indicator(kilo->id).value();
    ASSERT_TRUE(repo().removeIndicator(kilo->id).ok());
    EXPECT_EQ(repo().indicator(kilo->id).error().issue, Issue::UnknownReference);
    ASSERT_TRUE(repo().putIndicator(kiloNow).ok());
    EXPECT_EQ(dump(), withKilo);
    expectRefused([&] { return repo().removeIndicator(QStringLiteral("no-such-indicator")); }, QStringLiteral("id"),
        Issue::UnknownReference);
}

TEST_F(MeasurementRepositoryTest, BuiltInIndicatorsOnlyArchive)
{
    const QString id = m_builtIn.value(QStringLiteral("weekly_hours"));
    const Indicator hours = repo().indicator(id).value();
    Indicator renamed = hours;
    renamed.name = QStringLiteral("Timer");
    expectRefused([&] { return statusOf(repo().updateIndicator(renamed)); }, QStringLiteral("name"), Issue::InUse);
    Indicator widened = hours;
    widened.maximum = 100;
    expectRefused([&] { return statusOf(repo().updateIndicator(widened)); }, QStringLiteral("maximum"), Issue::InUse);
    Indicator recoded = hours;
    recoded.code = QStringLiteral("monthly_income");
    expectRefused([&] { return statusOf(repo().updateIndicator(recoded)); }, QStringLiteral("code"), Issue::InUse);
    expectRefused([&] { return repo().removeIndicator(id); }, QStringLiteral("id"), Issue::InUse);
    Indicator copy = hours;
    copy.id.clear();
    copy.name = QStringLiteral("Timer om ugen");
    auto created = repo().createIndicator(copy);
    ASSERT_TRUE(created.ok()) << "a copy is the file's own: the code is dropped";
    EXPECT_TRUE(created->code.isEmpty());
    Indicator builtInCopy = *created;
    builtInCopy.id = QStringLiteral("fresh-id");
    builtInCopy.code = QStringLiteral("weekly_hours");
    expectRefused([&] { return repo().putIndicator(builtInCopy); }, QStringLiteral("code"), Issue::OutOfRange);

    QSignalSpy spy(&m_caseload->notifier(), &ChangeNotifier::changed);
    Indicator archived = hours;
    archived.archived = true;
    auto updated = repo().updateIndicator(archived);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(repo().indicator(id).value(), *updated);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<EntityType>(), EntityType::Indicator);
    EXPECT_EQ(spy.at(0).at(1).toString(), id);
    // Undo of the archiving puts the stored row back exactly.
    ASSERT_TRUE(repo().putIndicator(hours).ok());
    EXPECT_EQ(repo().indicator(id).value(), hours);
}

TEST_F(MeasurementRepositoryTest, GoalEndAssessmentsRoundTripAndUndo)
{
    GoalRepository &goals = m_caseload->goals();
    Goal g;
    g.citizenId = m_citizen;
    g.ownWords = QStringLiteral("Jeg vil have min egen bolig");
    g.category = GoalCategory::Housing;
    auto created = goals.createGoal(g);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(goals.goal(created->id)->goal.ownAssessment, std::nullopt) << "not assessed yet";
    EXPECT_EQ(goals.goal(created->id)->goal.supportAssessment, std::nullopt);

    const QString unassessed = dump();
    Goal assessed = *created;
    assessed.status = GoalStatus::Achieved;
    assessed.ownAssessment = OwnAssessment::GotCloser;
    assessed.supportAssessment = SupportAssessment::HighDegree;
    auto updated = goals.updateGoal(assessed);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(goals.goal(created->id)->goal, *updated);
    EXPECT_EQ(goals.goalsOf(m_citizen)->first().goal.ownAssessment, OwnAssessment::GotCloser);
    EXPECT_EQ(goals.goalsOf(m_citizen)->first().goal.supportAssessment, SupportAssessment::HighDegree);
    {
        Statement s = m_file->database()->prepare("SELECT own_assessment, support_assessment FROM goal WHERE id = ?1");
        s.bind(1, created->id);
        ASSERT_TRUE(s.next());
        EXPECT_EQ(s.text(0), QStringLiteral("got_closer"));
        EXPECT_EQ(s.text(1), QStringLiteral("high_degree"));
    }

    // Undo of the assessment: putting the earlier goal back clears both to '' again.
    ASSERT_TRUE(goals.putGoal(*created).ok());
    EXPECT_EQ(dump(), unassessed);
    EXPECT_EQ(goals.goal(created->id)->goal, *created);
    // Redo.
    ASSERT_TRUE(goals.putGoal(*updated).ok());
    EXPECT_EQ(goals.goal(created->id)->goal, *updated);

    // Removing the goal and restoring it (undo) brings back the assessments exactly.
    const QString before = dump();
    auto removed = goals.removeGoal(created->id);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed->goal, *updated);
    ASSERT_TRUE(goals.restoreGoal(*removed).ok());
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(goals.goal(created->id)->goal, *updated);

    // Only one of the two can be given.
    Goal ownOnly = *updated;
    ownOnly.ownAssessment = OwnAssessment::NotCloser;
    ownOnly.supportAssessment.reset();
    ASSERT_TRUE(goals.putGoal(ownOnly).ok());
    EXPECT_EQ(goals.goal(created->id)->goal, ownOnly);
}
