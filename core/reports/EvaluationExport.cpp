#include "EvaluationExport.h"

#include "domain/AuditEvent.h"
#include "domain/Citizen.h"
#include "domain/Goal.h"
#include "domain/Indicator.h"
#include "domain/Money.h"
#include "domain/TargetGroup.h"
#include "domain/Who5.h"
#include "security/Sodium.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/PrivateFile.h"
#include "storage/SqliteError.h"

#include <QByteArray>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QSaveFile>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <sodium.h>

namespace Traedesten::Reports {

using namespace Domain;
using namespace Storage;

namespace {

// The format, as docs/evaluation-export.md documents it: UTF-8 with a byte-order mark (Excel
// reads the file as ANSI without it), ';' between fields and ',' as the decimal mark (what
// Excel in a Danish locale opens directly, and R's read.csv2 reads), CRLF line ends (RFC 4180).
constexpr char Separator = ';';
const QByteArray ByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");
const QByteArray LineEnd = QByteArrayLiteral("\r\n");
const QString ListSeparator = QStringLiteral("|"); ///< between codes inside one field
const QString Suppressed = QStringLiteral("<5");
const QString NotAssessed = QStringLiteral("not_assessed");
const QString NoTargetGroup = QStringLiteral("none");

/// Age bands in their order; an unknown or impossible birth date is the last.
const QStringList &ageBands()
{
    static const QStringList bands { QStringLiteral("0-17"), QStringLiteral("18-24"), QStringLiteral("25-29"),
        QStringLiteral("30-39"), QStringLiteral("40-49"), QStringLiteral("50-59"), QStringLiteral("60+"),
        QStringLiteral("unknown") };
    return bands;
}

int ageBandIndex(const QDate &birth, const QDate &asOf)
{
    if (!birth.isValid() || birth > asOf)
        return 7;
    int age = asOf.year() - birth.year();
    if (asOf.month() < birth.month() || (asOf.month() == birth.month() && asOf.day() < birth.day()))
        --age; // the birthday has not come yet this year
    if (age < 18)
        return 0;
    if (age < 25)
        return 1;
    if (age < 30)
        return 2;
    if (age < 60)
        return 3 + (age - 30) / 10;
    return 6;
}

/// Whole currency units (kroner), rounded half away from zero: the export never needs øre.
qint64 wholeUnits(qint64 minor)
{
    return minor >= 0 ? (minor + 50) / 100 : -((-minor + 50) / 100);
}

/// A measured value with ',' as the decimal mark; whole numbers without decimals.
QString decimal(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == std::round(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

/// A fresh pseudonym: "P" and 48 random bits in hex. The letter keeps spreadsheets from reading
/// "12e4..." or "000123..." as a number. Drawn from libsodium, derived from nothing.
QString newPseudonym()
{
    std::array<unsigned char, 6> bytes {};
    randombytes_buf(bytes.data(), bytes.size());
    const QByteArray raw(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    return QLatin1Char('P') + QString::fromLatin1(raw.toHex());
}

/// One built-in indicator's first and newest measurement for one citizen.
struct Measured
{
    int count = 0;
    double baseline = 0;
    double latest = 0;
    QString baselineCategory;
    QString latestCategory;
};

struct GoalRow
{
    int own = -1; ///< index in allOwnAssessments(), -1 not assessed
    int support = -1; ///< index in allSupportAssessments(), -1 not assessed
};

struct CitizenRow
{
    QString pseudonym;
    int ageBand = 7;
    QString status;
    QString startMonth;
    TargetGroups groups;
    QStringList goalCategories;
    QList<GoalRow> goals;
    bool hasBudget = false;
    QString currency;
    qint64 capMinor = 0;
    qint64 usedMinor = 0;
    int months = 0;
    QList<Measured> indicators; ///< by builtInIndicatorCodes() index
};

struct BuiltInIndicator
{
    QString code;
    IndicatorType type = IndicatorType::Number;
    QSet<QString> categories; ///< only these codes are written: never a free-text label
};

/// Everything the export writes, read with a few whole-caseload queries.
struct Data
{
    QList<CitizenRow> rows;
    QList<BuiltInIndicator> indicators;
};

Data readData(Database &db, const QDate &asOf)
{
    Data data;
    const QStringList &codes = builtInIndicatorCodes();
    QHash<QString, int> indicatorIndex;
    for (const QString &code : codes) {
        indicatorIndex.insert(code, static_cast<int>(data.indicators.size()));
        data.indicators.append({ code, IndicatorType::Number, {} });
    }
    {
        Statement s = db.prepare("SELECT code, type, categories FROM indicator WHERE code <> ''");
        while (s.next()) {
            const auto it = indicatorIndex.constFind(s.text(0));
            if (it == indicatorIndex.constEnd())
                continue;
            BuiltInIndicator &i = data.indicators[*it];
            i.type = indicatorTypeFromCode(s.text(1));
            const QStringList categories = s.text(2).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            i.categories = QSet<QString>(categories.begin(), categories.end());
        }
    }

    QHash<QString, int> rowOf;
    {
        Statement s = db.prepare("SELECT id, birth_date, status, start_date, target_groups FROM citizen");
        while (s.next()) {
            CitizenRow row;
            row.ageBand = ageBandIndex(QDate::fromString(s.text(1), Qt::ISODate), asOf);
            row.status = citizenStatusCode(citizenStatusFromCode(s.text(2)));
            const QDate start = QDate::fromString(s.text(3), Qt::ISODate);
            if (start.isValid())
                row.startMonth = start.toString(QStringLiteral("yyyy-MM"));
            row.groups = targetGroupsFromCodes(s.text(4));
            row.indicators.resize(data.indicators.size());
            rowOf.insert(s.text(0), static_cast<int>(data.rows.size()));
            data.rows.append(std::move(row));
        }
    }
    {
        Statement s = db.prepare(R"sql(
            SELECT citizen_id, category, own_assessment, support_assessment FROM goal
            ORDER BY citizen_id, position, created_at, id
        )sql");
        while (s.next()) {
            const auto it = rowOf.constFind(s.text(0));
            if (it == rowOf.constEnd())
                continue;
            CitizenRow &row = data.rows[*it];
            // Through the enumeration and back: only known codes leave the file.
            row.goalCategories << goalCategoryCode(goalCategoryFromCode(s.text(1)));
            GoalRow goal;
            if (const auto own = ownAssessmentFromCode(s.text(2)))
                goal.own = static_cast<int>(allOwnAssessments().indexOf(*own));
            if (const auto support = supportAssessmentFromCode(s.text(3)))
                goal.support = static_cast<int>(allSupportAssessments().indexOf(*support));
            row.goals.append(goal);
        }
    }
    {
        // "Used" by the schema's one rule (the view ledger_use), as BudgetRepository counts it, summed per
        // budget by the schema's triggers (budget_use).
        Statement s = db.prepare(R"sql(
            SELECT b.citizen_id, b.currency, b.cap_minor, COALESCE(u.used_minor, 0), b.months
            FROM budget b LEFT JOIN budget_use u ON u.budget_id = b.id
        )sql");
        while (s.next()) {
            const auto it = rowOf.constFind(s.text(0));
            if (it == rowOf.constEnd())
                continue;
            CitizenRow &row = data.rows[*it];
            row.hasBudget = true;
            row.currency = currencyCode(currencyFromCode(s.text(1)));
            row.capMinor = s.int64(2);
            row.usedMinor = s.int64(3);
            row.months = static_cast<int>(s.int64(4));
        }
    }
    {
        // Baseline (first) and latest (last) per citizen and built-in indicator, in the order the
        // Measurements page uses: date, then creation. One pass over the (indicator, citizen, date, creation,
        // id, value) index, already in that order: the first row of each citizen's run is the baseline, the
        // last the latest (grouping into JSON arrays per citizen took 0.7 s of CPU at 130,000 measurements).
        // Only a category indicator's rows are looked up in the table, for their category. The file's own
        // indicators are left out: their names, units and categories are the user's free text.
        QHash<QString, int> builtInById;
        {
            Statement ids = db.prepare("SELECT id, code FROM indicator WHERE code <> ''");
            while (ids.next()) {
                if (const auto it = indicatorIndex.constFind(ids.text(1)); it != indicatorIndex.constEnd())
                    builtInById.insert(ids.text(0), *it);
            }
        }
        Statement s = db.prepare(R"sql(
            SELECT indicator_id, citizen_id, value,
                   CASE WHEN indicator_id IN (SELECT id FROM indicator WHERE type = 'category') THEN category END
            FROM measurement ORDER BY indicator_id, citizen_id, measured_on, created_at, id
        )sql");
        QString indicatorId;
        QString citizenId;
        Measured run;
        const auto finish = [&] {
            const auto indicator = builtInById.constFind(indicatorId);
            const auto row = rowOf.constFind(citizenId);
            if (run.count == 0 || indicator == builtInById.constEnd() || row == rowOf.constEnd())
                return;
            data.rows[*row].indicators[*indicator] = run;
        };
        while (s.next()) {
            const QString indicator = s.text(0);
            const QString citizen = s.text(1);
            const double value = s.real(2);
            const QString category = s.text(3);
            if (indicator != indicatorId || citizen != citizenId) {
                finish();
                indicatorId = indicator;
                citizenId = citizen;
                run = Measured {};
                run.baseline = value;
                run.baselineCategory = category;
            }
            run.latest = value;
            run.latestCategory = category;
            ++run.count;
        }
        finish();
    }
    return data;
}

class CsvWriter
{
public:
    CsvWriter() { m_bytes = ByteOrderMark; }
    void line(const QStringList &fields)
    {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << quote(f);
        m_bytes += quoted.join(QLatin1Char(Separator)).toUtf8();
        m_bytes += LineEnd;
    }
    void blank() { m_bytes += LineEnd; }
    const QByteArray &bytes() const { return m_bytes; }

private:
    // Every field is a code or a number; quoting is only a safeguard for the format.
    static QString quote(const QString &field)
    {
        if (!field.contains(QLatin1Char(Separator)) && !field.contains(QLatin1Char('"'))
            && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
            return field;
        QString escaped = field;
        escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }

    QByteArray m_bytes;
};

QString categoryValue(const BuiltInIndicator &indicator, const QString &category)
{
    return indicator.categories.contains(category) ? category : QString();
}

QByteArray rowsFile(const Data &data)
{
    CsvWriter csv;
    QStringList header { QStringLiteral("pseudonym"), QStringLiteral("age_band"), QStringLiteral("status"),
        QStringLiteral("start_month"), QStringLiteral("target_groups"), QStringLiteral("goals"),
        QStringLiteral("goal_categories") };
    for (OwnAssessment a : allOwnAssessments())
        header << QStringLiteral("own_") + ownAssessmentCode(a);
    header << QStringLiteral("own_not_assessed");
    for (SupportAssessment a : allSupportAssessments())
        header << QStringLiteral("support_") + supportAssessmentCode(a);
    header << QStringLiteral("support_not_assessed") << QStringLiteral("budget_currency")
           << QStringLiteral("budget_months") << QStringLiteral("budget_cap") << QStringLiteral("budget_used");
    for (const BuiltInIndicator &i : data.indicators)
        header << i.code + QStringLiteral("_baseline") << i.code + QStringLiteral("_latest");
    csv.line(header);

    const qsizetype ownLevels = allOwnAssessments().size();
    const qsizetype supportLevels = allSupportAssessments().size();
    for (const CitizenRow &row : data.rows) {
        QStringList groups;
        for (TargetGroup g : allTargetGroups()) {
            if (row.groups.testFlag(g))
                groups << targetGroupCode(g);
        }
        QList<int> own(ownLevels + 1, 0);
        QList<int> support(supportLevels + 1, 0);
        for (const GoalRow &g : row.goals) {
            ++own[g.own < 0 ? ownLevels : g.own];
            ++support[g.support < 0 ? supportLevels : g.support];
        }
        QStringList fields { row.pseudonym, ageBands().at(row.ageBand), row.status, row.startMonth,
            groups.join(ListSeparator), QString::number(row.goals.size()), row.goalCategories.join(ListSeparator) };
        for (int n : own)
            fields << QString::number(n);
        for (int n : support)
            fields << QString::number(n);
        if (row.hasBudget) {
            fields << row.currency << QString::number(row.months) << QString::number(wholeUnits(row.capMinor))
                   << QString::number(wholeUnits(row.usedMinor));
        } else {
            fields << QString() << QString() << QString() << QString();
        }
        for (qsizetype i = 0; i < data.indicators.size(); ++i) {
            const BuiltInIndicator &indicator = data.indicators.at(i);
            const Measured &m = row.indicators.at(i);
            const bool category = indicator.type == IndicatorType::Category;
            // Baseline empty: never measured. Latest empty: measured fewer than twice, so no change.
            fields << (m.count < 1 ? QString()
                    : category     ? categoryValue(indicator, m.baselineCategory)
                                   : decimal(m.baseline));
            fields << (m.count < 2 ? QString()
                    : category     ? categoryValue(indicator, m.latestCategory)
                                   : decimal(m.latest));
        }
        csv.line(fields);
    }
    return csv.bytes();
}

/// A count in a table, with the number of different citizens behind it (what suppression looks at).
struct Cell
{
    int count = 0;
    int citizens = 0;
    int lastCitizen = -1;

    void add(int citizen)
    {
        ++count;
        // Rows are visited citizen by citizen, so a new citizen shows as a change of index.
        if (citizen != lastCitizen) {
            ++citizens;
            lastCitizen = citizen;
        }
    }
    QString text() const
    {
        if (citizens > 0 && citizens < EvaluationExport::MinimumCell)
            return Suppressed;
        return QString::number(count);
    }
};

/// One aggregate table: a title line (name and what a cell counts), a header, rows of cells.
struct Table
{
    QString name;
    QString unit; ///< "citizens" or "goals"
    QString rowHeading;
    QStringList rowLabels;
    QStringList columnLabels;
    QList<QList<Cell>> cells;

    Table(QString name_, QString unit_, QString rowHeading_, QStringList rows, QStringList columns)
        : name(std::move(name_))
        , unit(std::move(unit_))
        , rowHeading(std::move(rowHeading_))
        , rowLabels(std::move(rows))
        , columnLabels(std::move(columns))
        , cells(rowLabels.size(), QList<Cell>(columnLabels.size()))
    { }
    void add(int row, int column, int citizen) { cells[row][column].add(citizen); }

    void writeTo(CsvWriter &csv) const
    {
        csv.line({ QStringLiteral("table"), name, unit });
        csv.line(QStringList { rowHeading } + columnLabels);
        for (qsizetype r = 0; r < rowLabels.size(); ++r) {
            QStringList fields { rowLabels.at(r) };
            for (const Cell &c : cells.at(r))
                fields << c.text();
            csv.line(fields);
        }
        csv.blank();
    }
};

QByteArray tablesFile(const Data &data)
{
    QStringList groupLabels;
    for (TargetGroup g : allTargetGroups())
        groupLabels << targetGroupCode(g);
    groupLabels << NoTargetGroup;
    QStringList ownLabels;
    for (OwnAssessment a : allOwnAssessments())
        ownLabels << ownAssessmentCode(a);
    ownLabels << NotAssessed;
    QStringList supportLabels;
    for (SupportAssessment a : allSupportAssessments())
        supportLabels << supportAssessmentCode(a);
    supportLabels << NotAssessed;
    const QStringList statuses { citizenStatusCode(CitizenStatus::Active), citizenStatusCode(CitizenStatus::Closed) };
    const int ownNone = static_cast<int>(ownLabels.size()) - 1;
    const int supportNone = static_cast<int>(supportLabels.size()) - 1;
    const int who5 = static_cast<int>(builtInIndicatorCodes().indexOf(QStringLiteral("who5")));

    Table ageByStatus(QStringLiteral("age_band_by_status"), QStringLiteral("citizens"), QStringLiteral("age_band"),
        ageBands(), statuses);
    Table groupByStatus(QStringLiteral("target_group_by_status"), QStringLiteral("citizens"),
        QStringLiteral("target_group"), groupLabels, statuses);
    Table ownByGroup(QStringLiteral("own_assessment_by_target_group"), QStringLiteral("goals"),
        QStringLiteral("target_group"), groupLabels, ownLabels);
    Table supportByGroup(QStringLiteral("support_assessment_by_target_group"), QStringLiteral("goals"),
        QStringLiteral("target_group"), groupLabels, supportLabels);
    Table ownBySupport(QStringLiteral("own_by_support_assessment"), QStringLiteral("goals"),
        QStringLiteral("own_assessment"), ownLabels, supportLabels);
    Table who5ByGroup(QStringLiteral("who5_change_by_target_group"), QStringLiteral("citizens"),
        QStringLiteral("target_group"), groupLabels,
        { QStringLiteral("improved"), QStringLiteral("no_meaningful_change"), QStringLiteral("worsened") });

    for (int c = 0; c < data.rows.size(); ++c) {
        const CitizenRow &row = data.rows.at(c);
        const int status = row.status == statuses.at(1) ? 1 : 0;
        QList<int> groups;
        for (int g = 0; g < allTargetGroups().size(); ++g) {
            if (row.groups.testFlag(allTargetGroups().at(g)))
                groups << g;
        }
        if (groups.isEmpty())
            groups << static_cast<int>(groupLabels.size()) - 1;

        ageByStatus.add(row.ageBand, status, c);
        for (int g : groups)
            groupByStatus.add(g, status, c);
        for (const GoalRow &goal : row.goals) {
            const int own = goal.own < 0 ? ownNone : goal.own;
            const int support = goal.support < 0 ? supportNone : goal.support;
            for (int g : groups) {
                ownByGroup.add(g, own, c);
                supportByGroup.add(g, support, c);
            }
            ownBySupport.add(own, support, c);
        }
        if (who5 >= 0 && row.indicators.at(who5).count >= 2) {
            const Measured &m = row.indicators.at(who5);
            const double change = m.latest - m.baseline;
            const int column = change >= Who5::MeaningfulChange ? 0 : change <= -Who5::MeaningfulChange ? 2 : 1;
            for (int g : groups)
                who5ByGroup.add(g, column, c);
        }
    }

    CsvWriter csv;
    for (const Table *t : { &ageByStatus, &groupByStatus, &ownByGroup, &supportByGroup, &ownBySupport, &who5ByGroup })
        t->writeTo(csv);
    return csv.bytes();
}

/// Refuses a path that cannot be written before anything is opened: a read-only file or folder.
Status checkWritable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && (info.isDir() || !info.isWritable()))
        return Error { info.isDir() ? ErrorCode::Io : ErrorCode::ReadOnly, QStringLiteral("the file is not writable") };
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return Error { ErrorCode::Io, QStringLiteral("the folder does not exist") };
    if (!folder.isWritable())
        return Error { ErrorCode::ReadOnly, QStringLiteral("the folder is not writable") };
    return {};
}

} // namespace

QString EvaluationExport::tablesPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return path + QStringLiteral("-tables");
    return path.left(path.size() - suffix.size() - 1) + QStringLiteral("-tables.") + suffix;
}

Result<EvaluationExport::Written> EvaluationExport::write(CaseFile &file, const QString &path, const QDate &asOf)
{
    Database *db = file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    if (!asOf.isValid())
        return Error::invalid(QStringLiteral("asOf"), Issue::InvalidDate);
    if (!Security::Sodium::initialize())
        return Error { ErrorCode::Internal, QStringLiteral("libsodium could not be initialised") };

    Written written;
    written.rowsPath = path;
    written.tablesPath = tablesPath(path);
    for (const QString &p : { written.rowsPath, written.tablesPath }) {
        if (Status s = checkWritable(p); !s)
            return s.error();
    }

    Data data;
    try {
        data = readData(*db, asOf);
    } catch (const SqliteError &e) {
        return e.error();
    }
    // Drawn anew for every export and unique within it. Rows go out in pseudonym order, so
    // their order tells nothing about the file (neither names nor creation order).
    QSet<QString> used;
    for (CitizenRow &row : data.rows) {
        do
            row.pseudonym = newPseudonym();
        while (used.contains(row.pseudonym));
        used.insert(row.pseudonym);
    }
    std::sort(data.rows.begin(), data.rows.end(),
        [](const CitizenRow &a, const CitizenRow &b) { return a.pseudonym < b.pseudonym; });
    written.citizens = static_cast<int>(data.rows.size());

    // Both files are written to temporary files first and renamed into place only once both
    // were written and the export was recorded in the audit log: a failure leaves nothing.
    QSaveFile rows(written.rowsPath);
    QSaveFile tables(written.tablesPath);
    // Mode 0600 like the case file, whatever the umask: pseudonymised is not public.
    if (!PrivateFile::open(rows))
        return PrivateFile::openError(rows);
    if (!PrivateFile::open(tables))
        return PrivateFile::openError(tables);
    const QByteArray rowBytes = rowsFile(data);
    const QByteArray tableBytes = tablesFile(data);
    if (rows.write(rowBytes) != rowBytes.size())
        return Error { ErrorCode::Io, rows.errorString() }; // the QSaveFiles discard their temporary files
    if (tables.write(tableBytes) != tableBytes.size())
        return Error { ErrorCode::Io, tables.errorString() };

    // The audit event names the action only: no path, no content, no citizen.
    if (Status s = file.recordEvent(AuditAction::Exported, QStringLiteral("evaluation_export")); !s)
        return s.error();
    if (!rows.commit())
        return Error { ErrorCode::Io, rows.errorString() };
    if (!tables.commit()) {
        // Half an export is no export: take the rows file back out.
        QFile::remove(written.rowsPath);
        return Error { ErrorCode::Io, tables.errorString() };
    }
    return written;
}

} // namespace Traedesten::Reports
