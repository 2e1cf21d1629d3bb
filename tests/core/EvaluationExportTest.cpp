// The anonymised evaluation export: what it holds, what it never holds, and small-cell suppression.
#include "reports/EvaluationExport.h"

#include "DatabaseDump.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;
using Reports::EvaluationExport;

namespace {

const QDate AsOf(2026, 3, 15);
const QByteArray Bom = QByteArrayLiteral("\xEF\xBB\xBF");

/// A parsed CSV file: lines split on ';' (the export never quotes: every field is a code or a number).
struct Csv
{
    QByteArray bytes;
    QList<QStringList> lines;

    static Csv read(const QString &path)
    {
        Csv csv;
        csv.bytes = TestKit::readBytes(path);
        QByteArray body = csv.bytes;
        if (body.startsWith(Bom))
            body = body.mid(Bom.size());
        const QString text = QString::fromUtf8(body);
        for (const QString &line : text.split(QStringLiteral("\r\n")))
            csv.lines << line.split(QLatin1Char(';'));
        if (!csv.lines.isEmpty() && csv.lines.back() == QStringList { QString() })
            csv.lines.removeLast(); // after the last line end
        return csv;
    }
    /// The rows file: header → column index.
    int column(const QString &name) const { return static_cast<int>(lines.front().indexOf(name)); }
    QList<QStringList> rows() const { return lines.mid(1); }
    /// Tables file: the cell of @p table in the row labelled @p row and the column @p col.
    QString cell(const QString &table, const QString &row, const QString &col) const
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).value(0) != QStringLiteral("table") || lines.at(i).value(1) != table)
                continue;
            const QStringList &header = lines.at(i + 1);
            const qsizetype c = header.indexOf(col);
            for (qsizetype r = i + 2; r < lines.size() && lines.at(r).size() > 1; ++r) {
                if (lines.at(r).front() == row)
                    return c < 0 ? QStringLiteral("<no column>") : lines.at(r).value(c);
            }
            return QStringLiteral("<no row>");
        }
        return QStringLiteral("<no table>");
    }
};

class EvaluationExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("evaluering-uden-navne-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
    }

    /// Remembers a string that must never appear in an export.
    QString secret(const char *text)
    {
        const QString s = QString::fromUtf8(text);
        m_secrets << s;
        return s;
    }

    QString citizen(const char *name, const char *cpr, const QDate &birth, TargetGroups groups,
        CitizenStatus status = CitizenStatus::Active, const char *address = "Æblevej 12, 3520 Farum")
    {
        Citizen c;
        c.name = secret(name);
        if (cpr)
            c.cpr = secret(cpr);
        c.birthDate = birth;
        c.address = secret(address);
        c.phone = QStringLiteral("+45 12 34 56 78");
        c.email = QStringLiteral("borger@example.dk");
        c.supportPerson = secret("Sanne Støtteperson");
        c.targetGroups = groups;
        c.status = status;
        c.startDate = QDate(2025, 6, 17);
        if (status == CitizenStatus::Closed)
            c.endDate = QDate(2026, 2, 27);
        auto created = m_caseload->citizens().create(c);
        EXPECT_TRUE(created.ok());
        m_secrets << QStringLiteral("+45 12 34 56 78") << QStringLiteral("borger@example.dk");
        if (created.ok())
            m_ids << created->id;
        return created.ok() ? created->id : QString();
    }

    QString goal(const QString &citizenId, const char *words, GoalCategory category,
        std::optional<OwnAssessment> own = std::nullopt, std::optional<SupportAssessment> support = std::nullopt)
    {
        Goal g;
        g.citizenId = citizenId;
        g.ownWords = secret(words);
        g.category = category;
        g.ownAssessment = own;
        g.supportAssessment = support;
        auto created = m_caseload->goals().createGoal(g);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : QString();
    }

    /// Ten citizens: three in homelessness (a small group), six with mental illness, one young
    /// person with five goals. The first carries a budget, measurements, notes and a household.
    void buildCaseload()
    {
        using TG = TargetGroup;
        m_young = citizen("Yasmin Ung", "200300-4321", QDate(2000, 3, 20), TG::YoungPeople | TG::SubstanceUse);
        for (int i = 0; i < 3; ++i) {
            const QString id = citizen(i == 0 ? "Hans Hjemløs"
                    : i == 1                  ? "Helle Hjemløs"
                                              : "Holger Hjemløs",
                i == 0 ? "010185-1111" : nullptr, QDate(1985, 1, 1 + i), TG::Homelessness);
            goal(id, "Få min egen lejlighed i Farum", GoalCategory::Housing, OwnAssessment::Achieved,
                SupportAssessment::HighDegree);
        }
        for (int i = 0; i < 6; ++i) {
            const QByteArray name = "Mette Mental " + QByteArray::number(i);
            const QString id = citizen(name.constData(), nullptr, {}, TG::MentalIllness,
                i < 2 ? CitizenStatus::Closed : CitizenStatus::Active, "Psykiatrivej 3");
            goal(id, "Have det bedre med mig selv", GoalCategory::MentalWellBeing, OwnAssessment::GotCloser,
                SupportAssessment::SomeDegree);
        }

        // Yasmin: five goals in her own words, a stepping stone, a budget, a note, measurements.
        QString stoneGoal;
        for (int i = 0; i < 5; ++i) {
            const QByteArray words = "Tage kørekort nummer " + QByteArray::number(i);
            const QString id
                = goal(m_young, words.constData(), i == 0 ? GoalCategory::Education : GoalCategory::Employment,
                    OwnAssessment::NotCloser, i == 0 ? std::optional(SupportAssessment::NotAtAll) : std::nullopt);
            if (i == 0)
                stoneGoal = id;
        }
        SteppingStone st;
        st.goalId = stoneGoal;
        st.title = secret("Køreprøve hos Bilkørerskolen Lynet");
        auto stone = m_caseload->goals().createStone(st);
        ASSERT_TRUE(stone.ok());
        Budget b;
        b.citizenId = m_young;
        b.capMinor = 5'000'000;
        b.periodStart = QDate(2025, 6, 1);
        auto budget = m_caseload->budgets().createBudget(b);
        ASSERT_TRUE(budget.ok());
        LedgerEntry e;
        e.budgetId = budget->id;
        e.kind = EntryKind::Purchase;
        e.state = EntryState::Paid;
        e.date = QDate(2025, 7, 3);
        e.amountMinor = 1'500'052; // 15.000,52 kr. → 15001 whole kroner
        e.payee = secret("Bilkørerskolen Lynet ApS");
        e.description = secret("Teoriprøve og lektioner");
        e.boughtBy = secret("Sanne Støtteperson");
        e.categoryId = QStringLiteral("transport");
        e.stoneId = stone->id;
        ASSERT_TRUE(m_caseload->budgets().createEntry(e).ok());
        Note n;
        n.citizenId = m_young;
        n.date = QDate(2025, 7, 4);
        n.place = secret("Café Solsikken");
        n.text = secret("Vi talte om hendes mor og gælden til Kvickly");
        ASSERT_TRUE(m_caseload->notes().create(n).ok());
        const auto measure
            = [&](const char *indicator, const QDate &on, double value, const QString &category, QList<int> items) {
                  Measurement m;
                  m.citizenId = m_young;
                  m.indicatorId = QString::fromLatin1(indicator);
                  m.measuredOn = on;
                  m.value = value;
                  m.category = category;
                  m.items = std::move(items);
                  m.measuredBy = secret("Sanne Støtteperson");
                  m.note = secret("Hun var træt efter nattevagten");
                  auto created = m_caseload->measurements().createMeasurement(m);
                  ASSERT_TRUE(created.ok()) << qPrintable(created.error().field);
              };
        measure("who5", QDate(2025, 6, 18), 0, {}, { 2, 2, 2, 2, 2 }); // 40
        measure("who5", QDate(2025, 12, 18), 0, {}, { 3, 3, 3, 3, 2 }); // 56
        measure("school_absence", QDate(2025, 6, 18), 30, {}, {});
        measure("school_absence", QDate(2025, 12, 18), 12.5, {}, {});
        measure("weekly_hours", QDate(2025, 6, 18), 7.5, {}, {}); // once: a baseline, no latest
        measure("housing", QDate(2025, 6, 18), 0, QStringLiteral("hostel"), {});
        measure("housing", QDate(2025, 12, 18), 0, QStringLiteral("own_home"), {});
        // The file's own indicator: its name, unit and labels are free text and stay out.
        Indicator own;
        own.name = secret("Hemmelig trivselsskala");
        own.unit = secret("point-Kvist");
        own.type = IndicatorType::Category;
        own.categories = QStringList { secret("Rigtig skidt"), secret("Ganske fint") };
        auto ownIndicator = m_caseload->measurements().createIndicator(own);
        ASSERT_TRUE(ownIndicator.ok()) << qPrintable(ownIndicator.error().field);
        Measurement m;
        m.citizenId = m_young;
        m.indicatorId = ownIndicator->id;
        m.measuredOn = QDate(2025, 7, 1);
        m.category = QStringLiteral("Rigtig skidt");
        ASSERT_TRUE(m_caseload->measurements().createMeasurement(m).ok());

        // Her household, with a benefit.
        auto household = m_caseload->households().create(Household { {}, secret("Familien Ung-Hansen"), {}, {}, {} });
        ASSERT_TRUE(household.ok());
        HouseholdMember member;
        member.householdId = household->id;
        member.name = secret("Lillebror Ung");
        member.role = MemberRole::Child;
        auto created = m_caseload->households().createMember(member);
        ASSERT_TRUE(created.ok());
        Benefit benefit;
        benefit.memberId = created->id;
        benefit.typeId = QStringLiteral("contact_person");
        benefit.departmentId = QStringLiteral("family");
        benefit.monthlyCostMinor = 500'000;
        benefit.startDate = QDate(2025, 8, 1);
        benefit.note = secret("Kontaktperson via Familiehuset Regnbuen");
        ASSERT_TRUE(m_caseload->benefits().createBenefit(benefit).ok());
    }

    Result<EvaluationExport::Written> exportTo(const QString &name)
    {
        return EvaluationExport::write(*m_file, m_out.path(name), AsOf);
    }

    TestKit::TempFolder m_dir;
    TestKit::TempFolder m_out;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    QString m_young;
    QStringList m_secrets;
    QStringList m_ids;
};

QStringList pseudonymsOf(const Csv &rows)
{
    QStringList list;
    for (const QStringList &row : rows.rows())
        list << row.front();
    return list;
}

} // namespace

TEST_F(EvaluationExportTest, OneRowPerCitizenWithCodesAndMonthsOnly)
{
    buildCaseload();
    auto written = exportTo(QStringLiteral("evaluering.csv"));
    ASSERT_TRUE(written.ok()) << qPrintable(written.error().detail);
    EXPECT_EQ(written->citizens, 10);
    EXPECT_EQ(written->rowsPath, m_out.path(QStringLiteral("evaluering.csv")));
    EXPECT_EQ(written->tablesPath, m_out.path(QStringLiteral("evaluering-tables.csv")));

    const Csv rows = Csv::read(written->rowsPath);
    EXPECT_TRUE(rows.bytes.startsWith(Bom)) << "UTF-8 with a byte-order mark, for Excel";
    EXPECT_TRUE(rows.bytes.endsWith("\r\n"));
    ASSERT_EQ(rows.rows().size(), 10) << "one row per citizen";
    for (const QStringList &row : rows.rows())
        EXPECT_EQ(row.size(), rows.lines.front().size()) << "every row has every column";
    EXPECT_EQ(rows.lines.front().front(), QStringLiteral("pseudonym"));

    // Yasmin is the only young person.
    QStringList young;
    for (const QStringList &row : rows.rows()) {
        if (row.at(rows.column(QStringLiteral("target_groups"))).contains(QStringLiteral("young_people")))
            young = row;
    }
    ASSERT_FALSE(young.isEmpty());
    const auto field = [&](const char *name) {
        return young.value(rows.column(QString::fromLatin1(name)));
    };
    EXPECT_EQ(field("target_groups"), QStringLiteral("substance_use|young_people"));
    // Born 20 March 2000: 25 until her birthday five days after asOf.
    EXPECT_EQ(field("age_band"), QStringLiteral("25-29"));
    EXPECT_EQ(field("status"), QStringLiteral("active"));
    EXPECT_EQ(field("start_month"), QStringLiteral("2025-06"));
    EXPECT_EQ(field("goals"), QStringLiteral("5"));
    EXPECT_EQ(field("goal_categories"), QStringLiteral("education|employment|employment|employment|employment"));
    EXPECT_EQ(field("own_not_closer"), QStringLiteral("5"));
    EXPECT_EQ(field("own_achieved"), QStringLiteral("0"));
    EXPECT_EQ(field("support_not_at_all"), QStringLiteral("1"));
    EXPECT_EQ(field("support_not_assessed"), QStringLiteral("4"));
    EXPECT_EQ(field("budget_currency"), QStringLiteral("DKK"));
    EXPECT_EQ(field("budget_months"), QStringLiteral("12"));
    EXPECT_EQ(field("budget_cap"), QStringLiteral("50000"));
    EXPECT_EQ(field("budget_used"), QStringLiteral("15001")) << "15.000,52 kr. in whole kroner";
    EXPECT_EQ(field("who5_baseline"), QStringLiteral("40"));
    EXPECT_EQ(field("who5_latest"), QStringLiteral("56"));
    EXPECT_EQ(field("school_absence_baseline"), QStringLiteral("30"));
    EXPECT_EQ(field("school_absence_latest"), QStringLiteral("12,5")) << "decimal comma";
    EXPECT_EQ(field("weekly_hours_baseline"), QStringLiteral("7,5"));
    EXPECT_EQ(field("weekly_hours_latest"), QString()) << "measured once: no latest";
    EXPECT_EQ(field("housing_baseline"), QStringLiteral("hostel"));
    EXPECT_EQ(field("housing_latest"), QStringLiteral("own_home"));
    EXPECT_EQ(field("self_rated_health_baseline"), QString());

    // A citizen without birth date or budget.
    int unknownAges = 0;
    for (const QStringList &row : rows.rows()) {
        if (row.at(rows.column(QStringLiteral("age_band"))) == QStringLiteral("unknown")) {
            ++unknownAges;
            EXPECT_EQ(row.at(rows.column(QStringLiteral("budget_cap"))), QString());
        }
    }
    EXPECT_EQ(unknownAges, 6);

    // Only months: no exact date anywhere, in either file.
    const QRegularExpression exactDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    for (const QString &path : { written->rowsPath, written->tablesPath }) {
        const QString text = QString::fromUtf8(TestKit::readBytes(path));
        EXPECT_FALSE(exactDate.match(text).hasMatch()) << qPrintable(exactDate.match(text).captured());
    }
}

TEST_F(EvaluationExportTest, NoNameCprAddressOrFreeTextLeavesTheFile)
{
    buildCaseload();
    auto written = exportTo(QStringLiteral("evaluering.csv"));
    ASSERT_TRUE(written.ok());
    const QByteArray all = TestKit::readBytes(written->rowsPath) + TestKit::readBytes(written->tablesPath);
    ASSERT_FALSE(m_secrets.isEmpty());
    for (const QString &s : std::as_const(m_secrets))
        EXPECT_FALSE(all.contains(s.toUtf8())) << qPrintable(s);
    // Nor any part of a name, nor the CPR without its dash, nor a citizen's id.
    for (const char *part : { "Yasmin", "Hjemløs", "Mette", "200300", "010185", "Kvickly", "Lynet", "Farum" })
        EXPECT_FALSE(all.contains(QByteArray(part))) << part;
    for (const QString &id : std::as_const(m_ids)) {
        EXPECT_FALSE(all.contains(id.toUtf8())) << qPrintable(id);
        EXPECT_FALSE(all.contains(id.left(8).toUtf8())) << "not even the start of an id";
    }
}

TEST_F(EvaluationExportTest, PseudonymsAreRandomDistinctAndNewForEveryExport)
{
    buildCaseload();
    auto first = exportTo(QStringLiteral("a.csv"));
    auto second = exportTo(QStringLiteral("b.csv"));
    ASSERT_TRUE(first.ok() && second.ok());
    const QStringList a = pseudonymsOf(Csv::read(first->rowsPath));
    const QStringList b = pseudonymsOf(Csv::read(second->rowsPath));
    ASSERT_EQ(a.size(), 10);
    ASSERT_EQ(b.size(), 10);
    const QSet<QString> setA(a.begin(), a.end());
    const QSet<QString> setB(b.begin(), b.end());
    EXPECT_EQ(setA.size(), 10) << "unique within an export";
    EXPECT_FALSE(setA.intersects(setB)) << "drawn anew: two exports cannot be linked by pseudonym";
    const QRegularExpression form(QStringLiteral("^P[0-9a-f]{12}$"));
    for (const QString &p : a) {
        EXPECT_TRUE(form.match(p).hasMatch()) << qPrintable(p);
        for (const QString &id : std::as_const(m_ids))
            EXPECT_FALSE(id.contains(p.mid(1))) << "derived from nothing";
    }
    // The rows go out in pseudonym order, so their order says nothing about the file.
    QStringList sorted = a;
    sorted.sort();
    EXPECT_EQ(a, sorted);
}

TEST_F(EvaluationExportTest, SmallCellsAreSuppressed)
{
    buildCaseload();
    auto written = exportTo(QStringLiteral("evaluering.csv"));
    ASSERT_TRUE(written.ok());
    const Csv tables = Csv::read(written->tablesPath);
    EXPECT_TRUE(tables.bytes.startsWith(Bom));
    const QString active = QStringLiteral("active");
    const QString closed = QStringLiteral("closed");
    // Three homeless citizens: suppressed. Six with mental illness (4 active, 2 closed): the
    // total row is not written, the cells are: 4 and 2 are both under five.
    EXPECT_EQ(tables.cell(QStringLiteral("target_group_by_status"), QStringLiteral("homelessness"), active),
        QStringLiteral("<5"));
    EXPECT_EQ(tables.cell(QStringLiteral("target_group_by_status"), QStringLiteral("mental_illness"), active),
        QStringLiteral("<5"));
    EXPECT_EQ(tables.cell(QStringLiteral("target_group_by_status"), QStringLiteral("vulnerable_family"), active),
        QStringLiteral("0"))
        << "nobody: 0 is shown";
    // Their goals: three homeless citizens achieved → "<5"; six with mental illness got closer → 6.
    const QString own = QStringLiteral("own_assessment_by_target_group");
    EXPECT_EQ(tables.cell(own, QStringLiteral("homelessness"), QStringLiteral("achieved")), QStringLiteral("<5"));
    EXPECT_EQ(tables.cell(own, QStringLiteral("mental_illness"), QStringLiteral("got_closer")), QStringLiteral("6"));
    EXPECT_EQ(tables.cell(own, QStringLiteral("mental_illness"), QStringLiteral("achieved")), QStringLiteral("0"));
    // Five goals of one young person: five goals, but one citizen behind them → suppressed.
    EXPECT_EQ(tables.cell(own, QStringLiteral("young_people"), QStringLiteral("not_closer")), QStringLiteral("<5"));
    const QString support = QStringLiteral("support_assessment_by_target_group");
    EXPECT_EQ(
        tables.cell(support, QStringLiteral("mental_illness"), QStringLiteral("some_degree")), QStringLiteral("6"));
    EXPECT_EQ(
        tables.cell(support, QStringLiteral("homelessness"), QStringLiteral("high_degree")), QStringLiteral("<5"));
    const QString cross = QStringLiteral("own_by_support_assessment");
    EXPECT_EQ(tables.cell(cross, QStringLiteral("got_closer"), QStringLiteral("some_degree")), QStringLiteral("6"));
    EXPECT_EQ(tables.cell(cross, QStringLiteral("achieved"), QStringLiteral("high_degree")), QStringLiteral("<5"));
    EXPECT_EQ(tables.cell(cross, QStringLiteral("not_closer"), QStringLiteral("not_assessed")), QStringLiteral("<5"));
    // Age bands: six without a birth date (4 active, 2 closed), three aged 41: all under five.
    const QString age = QStringLiteral("age_band_by_status");
    EXPECT_EQ(tables.cell(age, QStringLiteral("unknown"), active), QStringLiteral("<5"));
    EXPECT_EQ(tables.cell(age, QStringLiteral("40-49"), active), QStringLiteral("<5"));
    EXPECT_EQ(tables.cell(age, QStringLiteral("60+"), closed), QStringLiteral("0"));
    // Every cell of every table is a number, 0 or "<5", never 1–4.
    int tablesSeen = 0;
    const QRegularExpression allowed(QStringLiteral("^(0|[5-9]|[1-9]\\d+|<5)$"));
    for (qsizetype i = 0; i < tables.lines.size(); ++i) {
        if (tables.lines.at(i).value(0) != QStringLiteral("table"))
            continue;
        ++tablesSeen;
        for (qsizetype r = i + 2; r < tables.lines.size() && tables.lines.at(r).size() > 1; ++r) {
            for (qsizetype c = 1; c < tables.lines.at(r).size(); ++c)
                EXPECT_TRUE(allowed.match(tables.lines.at(r).at(c)).hasMatch()) << qPrintable(tables.lines.at(r).at(c));
        }
    }
    EXPECT_EQ(tablesSeen, 6);
}

TEST_F(EvaluationExportTest, FiveOrMoreCitizensAreShownAsTheirNumber)
{
    buildCaseload();
    // Two more active citizens with mental illness: six active now.
    for (int i = 0; i < 2; ++i)
        citizen("Morten Mere", nullptr, {}, TargetGroup::MentalIllness);
    auto written = exportTo(QStringLiteral("evaluering.csv"));
    ASSERT_TRUE(written.ok());
    const Csv tables = Csv::read(written->tablesPath);
    EXPECT_EQ(tables.cell(
                  QStringLiteral("target_group_by_status"), QStringLiteral("mental_illness"), QStringLiteral("active")),
        QStringLiteral("6"));
    EXPECT_EQ(tables.cell(QStringLiteral("age_band_by_status"), QStringLiteral("unknown"), QStringLiteral("active")),
        QStringLiteral("6"));
}

TEST_F(EvaluationExportTest, TheExportIsRecordedWithoutItsContent)
{
    buildCaseload();
    const qint64 before = TestKit::auditCount(*m_file->database());
    ASSERT_TRUE(exportTo(QStringLiteral("evaluering.csv")).ok());
    EXPECT_EQ(TestKit::auditCount(*m_file->database()), before + 1);
    auto events = m_file->auditEvents(1);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1);
    const AuditEvent &e = events->front();
    EXPECT_EQ(e.action, auditActionName(AuditAction::Exported));
    EXPECT_EQ(e.entityType, QStringLiteral("evaluation_export"));
    EXPECT_TRUE(e.entityId.isEmpty()) << "no path, no content";
    EXPECT_TRUE(e.citizenId.isEmpty());
}

TEST_F(EvaluationExportTest, AnUnwritablePathWritesNothing)
{
    buildCaseload();
    const qint64 before = TestKit::auditCount(*m_file->database());
    // A "folder" that is a file: nothing can be created below it.
    const QString blocker = m_out.path(QStringLiteral("not-a-folder"));
    ASSERT_TRUE(TestKit::writeBytes(blocker, QByteArrayLiteral("x")));
    auto r = EvaluationExport::write(*m_file, blocker + QStringLiteral("/evaluering.csv"), AsOf);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.code() == ErrorCode::Io || r.code() == ErrorCode::ReadOnly) << qPrintable(errorCodeName(r.code()));

    // A folder without write permission (root may write anyway, so only as a normal user).
    const QString folder = m_out.path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    if (geteuid() != 0) {
        ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto ro = EvaluationExport::write(*m_file, folder + QStringLiteral("/evaluering.csv"), AsOf);
        ASSERT_FALSE(ro.ok());
        EXPECT_EQ(ro.code(), ErrorCode::ReadOnly);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // An existing file that may not be replaced.
    const QString readOnlyFile = m_out.path(QStringLiteral("skrivebeskyttet.csv"));
    ASSERT_TRUE(TestKit::writeBytes(readOnlyFile, QByteArrayLiteral("gammel")));
    ASSERT_TRUE(QFile::setPermissions(readOnlyFile, QFileDevice::ReadOwner));
    if (geteuid() != 0) {
        auto ro = EvaluationExport::write(*m_file, readOnlyFile, AsOf);
        ASSERT_FALSE(ro.ok());
        EXPECT_EQ(ro.code(), ErrorCode::ReadOnly);
        EXPECT_EQ(TestKit::readBytes(readOnlyFile), QByteArrayLiteral("gammel"));
    }

    EXPECT_EQ(TestKit::auditCount(*m_file->database()), before) << "nothing exported, nothing recorded";
    QStringList left = QDir(m_out.path({})).entryList(QDir::Files | QDir::NoDotAndDotDot);
    left.sort();
    EXPECT_EQ(left, QStringList({ QStringLiteral("not-a-folder"), QStringLiteral("skrivebeskyttet.csv") }))
        << "no export and no temporary file beside it";
    EXPECT_TRUE(QDir(folder).isEmpty());
}

TEST_F(EvaluationExportTest, TablesPathSitsBesideTheRows)
{
    EXPECT_EQ(
        EvaluationExport::tablesPath(QStringLiteral("/x/evaluering.csv")), QStringLiteral("/x/evaluering-tables.csv"));
    EXPECT_EQ(EvaluationExport::tablesPath(QStringLiteral("/x.y/a.b.csv")), QStringLiteral("/x.y/a.b-tables.csv"));
    EXPECT_EQ(EvaluationExport::tablesPath(QStringLiteral("/x.y/eval")), QStringLiteral("/x.y/eval-tables"));
}

TEST_F(EvaluationExportTest, ALockedFileIsRefused)
{
    m_file->lock();
    auto r = exportTo(QStringLiteral("evaluering.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), ErrorCode::Locked);
    EXPECT_FALSE(QFileInfo::exists(m_out.path(QStringLiteral("evaluering.csv"))));
}
