#include "CaseloadReport.h"

#include "domain/Citizen.h"
#include "domain/FileSetting.h"
#include "domain/TargetGroup.h"
#include "domain/Who5.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SqliteError.h"

#include <QHash>
#include <QStringList>

#include <cstring>

namespace Traedesten::Reports {

using namespace Domain;
using namespace Storage;

namespace {

/// @p numerator ÷ @p denominator rounded half away from zero, in integers (money never goes through double).
qint64 roundedDivision(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return 0;
    const qint64 half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

void countCitizens(Database &db, CaseloadReport &report)
{
    Statement s = db.prepare("SELECT status, COUNT(*) FROM citizen GROUP BY status");
    while (s.next()) {
        const int n = static_cast<int>(s.int64(1));
        report.citizens += n;
        if (citizenStatusFromCode(s.text(0)) == CitizenStatus::Closed)
            report.closed += n;
        else
            report.active += n;
    }

    // Few distinct combinations of target groups exist, so grouping by the stored code list and
    // parsing each combination once is a linear pass over a handful of rows.
    QHash<TargetGroup, int> byGroup;
    Statement groups = db.prepare("SELECT target_groups, COUNT(*) FROM citizen GROUP BY target_groups");
    while (groups.next()) {
        const TargetGroups parsed = targetGroupsFromCodes(groups.text(0));
        for (TargetGroup g : allTargetGroups()) {
            if (parsed.testFlag(g))
                byGroup[g] += static_cast<int>(groups.int64(1));
        }
    }
    for (TargetGroup g : allTargetGroups())
        report.targetGroups.append({ targetGroupCode(g), byGroup.value(g) });
}

void countGoals(Database &db, CaseloadReport &report)
{
    QHash<GoalCategory, int> byCategory;
    Statement s = db.prepare(R"sql(
        SELECT category, own_assessment, support_assessment, COUNT(*) FROM goal
        GROUP BY category, own_assessment, support_assessment
    )sql");
    while (s.next()) {
        const int n = static_cast<int>(s.int64(3));
        report.goals += n;
        byCategory[goalCategoryFromCode(s.text(0))] += n;
        // An empty or unknown code is "not assessed": the goal still counts, apart.
        if (const auto own = ownAssessmentFromCode(s.text(1)))
            report.ownAssessments[*own] += n;
        else
            report.ownNotAssessed += n;
        if (const auto support = supportAssessmentFromCode(s.text(2)))
            report.supportAssessments[*support] += n;
        else
            report.supportNotAssessed += n;
    }
    for (GoalCategory c : allGoalCategories())
        report.goalCategories.append({ c, byCategory.value(c) });
}

// What a budget uses: the schema's one rule (the view ledger_use), as BudgetRepository counts it, summed per
// budget by the schema's triggers (budget_use) as the entries change.
constexpr const char *UsedByBudget = R"sql(
    SELECT budget_id, used_minor AS used FROM budget_use
)sql";

void sumBudgets(Database &db, CaseloadReport &report)
{
    // Budgets in another currency than the file's cannot be added to its amounts; they are counted apart.
    const QByteArray sql = QByteArray("WITH used AS (") + UsedByBudget + R"sql()
        SELECT upper(trim(b.currency)) = ?1 AS mine, COUNT(*), SUM(b.cap_minor), SUM(COALESCE(u.used, 0)),
               SUM(CAST(COALESCE(u.used, 0) AS REAL) / b.cap_minor)
        FROM budget b LEFT JOIN used u ON u.budget_id = b.id
        GROUP BY mine
    )sql";
    Statement s = db.prepare(sql.constData());
    s.bind(1, report.currency);
    while (s.next()) {
        const int n = static_cast<int>(s.int64(1));
        if (s.int64(0) == 0) {
            report.budgetsInOtherCurrencies += n;
            continue;
        }
        report.budgets = n;
        report.totalCapMinor = s.int64(2);
        report.totalUsedMinor = s.int64(3);
        report.averageUsedMinor = roundedDivision(report.totalUsedMinor, n);
        report.averageShareOfCap = n > 0 ? s.real(4) / n : 0;
    }

    // Spending by category: purchases (reserved or paid) less refunds, as the header defines it;
    // adjustments are corrections and fees of the budget, not spending on a category.
    // Read from the sums the schema's triggers keep per budget and category (budget_category_use, purchases
    // and refunds only, '' for no category), so the ledger itself (500,000 entries) is not read at all.
    Statement c = db.prepare(R"sql(
        WITH spent AS (
            SELECT category_id, SUM(used_minor) AS spent
            FROM budget_category_use
            WHERE budget_id IN (SELECT id FROM budget WHERE upper(trim(currency)) = ?1)
            GROUP BY category_id)
        SELECT sc.id, sc.code, sc.name, spent.spent
        FROM spent JOIN spending_category sc ON sc.id = spent.category_id
        WHERE spent.spent <> 0
        ORDER BY spent.spent DESC, sc.position, sc.id
    )sql");
    c.bind(1, report.currency);
    while (c.next())
        report.spendingByCategory.append({ c.text(0), c.text(1), c.text(2), c.int64(3) });
}

void measureIndicators(Database &db, CaseloadReport &report)
{
    // The indicators that move in numbers, in the Measurements page's order.
    QList<IndicatorChange> changes;
    QHash<QByteArray, qsizetype> indexOf; // by the id's UTF-8, as the pass below reads it
    Statement list = db.prepare(R"sql(
        SELECT id, code, name, unit, type, minimum, maximum, categories, higher_is_better, position, archived,
               created_at, updated_at
        FROM indicator WHERE type IN ('number', 'scale', 'yes_no')
        ORDER BY code = '', position, created_at, id
    )sql");
    while (list.next()) {
        IndicatorChange change;
        Indicator &i = change.indicator;
        i.id = list.text(0);
        i.code = list.text(1);
        i.name = list.text(2);
        i.unit = list.text(3);
        i.type = indicatorTypeFromCode(list.text(4));
        i.minimum = list.real(5);
        i.maximum = list.real(6);
        i.categories = list.text(7).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        i.higherIsBetter = list.int64(8) != 0;
        i.position = static_cast<int>(list.int64(9));
        i.archived = list.int64(10) != 0;
        i.createdAt = SqlValues::timestampAt(list, 11);
        i.updatedAt = SqlValues::timestampAt(list, 12);
        indexOf.insert(i.id.toUtf8(), changes.size());
        changes.append(change);
    }

    // One pass over the (indicator, citizen, date, creation, id, value) index, already in the order
    // the Measurements page uses: the first row of each citizen's run is the baseline, the last
    // the latest. No sort and no per-citizen query; measured at least twice shows a movement.
    // WHO-5 counts as improved or worsened only by a meaningful change; others by any change in
    // their better direction.
    Statement s = db.prepare("SELECT indicator_id, citizen_id, value FROM measurement "
                             "ORDER BY indicator_id, citizen_id, measured_on, created_at, id");
    // The ids are compared as the UTF-8 bytes SQLite holds: a QString per id per row was a third of the report.
    QByteArray indicatorId;
    QByteArray citizenId;
    double first = 0;
    double last = 0;
    int count = 0;
    IndicatorChange *current = nullptr; // indicatorId's, looked up once per indicator; null if not counted
    const auto finish = [&] {
        if (count < 2 || !current)
            return;
        IndicatorChange &change = *current;
        ++change.citizens;
        change.baselineAverage += first; // summed here, divided below
        change.latestAverage += last;
        const double gain = (last - first) * (change.indicator.higherIsBetter ? 1 : -1);
        const double threshold = change.indicator.code == u"who5" ? Who5::MeaningfulChange : 0;
        if (threshold > 0 ? gain >= threshold : gain > 0)
            ++change.improved;
        else if (threshold > 0 ? -gain >= threshold : gain < 0)
            ++change.worsened;
    };
    while (s.next()) {
        const double value = s.real(2);
        const QByteArrayView indicator = s.utf8View(0);
        const QByteArrayView citizen = s.utf8View(1);
        if (indicator != indicatorId || citizen != citizenId) {
            finish();
            if (indicator != indicatorId) {
                indicatorId = indicator.toByteArray();
                const auto at = indexOf.constFind(indicatorId);
                current = at == indexOf.cend() ? nullptr : &changes[*at];
            }
            citizenId.resize(citizen.size()); // keeps its buffer: no allocation per citizen
            std::memcpy(citizenId.data(), citizen.data(), size_t(citizen.size()));
            first = value;
            count = 0;
        }
        last = value;
        ++count;
    }
    finish();
    for (IndicatorChange &change : changes) {
        if (change.citizens == 0)
            continue;
        change.baselineAverage /= change.citizens;
        change.latestAverage /= change.citizens;
        report.indicators.append(change);
    }
}

void sumPublicCost(Database &db, CaseloadReport &report)
{
    // Each household's baseline month is the month of its first benefit; households whose first
    // benefit starts after asOf have no baseline yet and are left out. Every benefit of such a
    // household is then priced in both months as BenefitRepository::costSeries prices it:
    // monthly cost × days it runs in the month ÷ days in the month, rounded to the øre (half
    // up; all integers, so ×2 + d ÷ 2d). An open end runs on. The sum is taken over benefits,
    // so it equals the sum of the households' costSeries totals.
    Statement s = db.prepare(CaseloadReport::publicCostSql());
    s.bind(1, report.asOf.toString(Qt::ISODate));
    if (s.next()) {
        report.householdsWithBenefits = static_cast<int>(s.int64(0));
        report.baselineMonthlyCostMinor = s.int64(1);
        report.latestMonthlyCostMinor = s.int64(2);
    }
}

} // namespace

const char *CaseloadReport::publicCostSql()
{
    return R"sql(
        WITH households AS (
            SELECT hm.household_id, date(MIN(b.start_date), 'start of month') AS base_month
            FROM benefit b JOIN household_member hm ON hm.id = b.member_id
            GROUP BY hm.household_id
            HAVING MIN(b.start_date) <= ?1
        ),
        spans AS (
            SELECT b.monthly_cost_minor AS monthly, b.start_date AS first_day, b.end_date AS last_day,
                   h.base_month AS month_start, date(h.base_month, '+1 month', '-1 day') AS month_end, 0 AS latest
            FROM benefit b JOIN household_member hm ON hm.id = b.member_id
            JOIN households h ON h.household_id = hm.household_id
            UNION ALL
            SELECT b.monthly_cost_minor, b.start_date, b.end_date,
                   date(?1, 'start of month'), date(?1, 'start of month', '+1 month', '-1 day'), 1
            FROM benefit b JOIN household_member hm ON hm.id = b.member_id
            JOIN households h ON h.household_id = hm.household_id
        ),
        prorated AS (
            SELECT latest, monthly,
                   CAST(round(julianday(min(month_end, COALESCE(last_day, month_end)))
                              - julianday(max(month_start, first_day))) AS INTEGER) + 1 AS days,
                   CAST(round(julianday(month_end) - julianday(month_start)) AS INTEGER) + 1 AS month_days
            FROM spans
        )
        SELECT (SELECT COUNT(*) FROM households),
               COALESCE(SUM(CASE WHEN latest = 0 AND days > 0
                                 THEN (2 * monthly * days + month_days) / (2 * month_days) END), 0),
               COALESCE(SUM(CASE WHEN latest = 1 AND days > 0
                                 THEN (2 * monthly * days + month_days) / (2 * month_days) END), 0)
        FROM prorated
    )sql";
}

Result<CaseloadReport> CaseloadReport::compute(CaseFile &file, const QDate &asOf)
{
    Database *db = file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    if (!asOf.isValid())
        return Error::invalid(QStringLiteral("asOf"), Issue::InvalidDate);
    auto currency = file.setting(FileSetting::Currency);
    if (!currency)
        return currency.error();

    CaseloadReport report;
    report.asOf = asOf;
    report.currency = currency->trimmed().toUpper();
    if (report.currency.isEmpty())
        report.currency = fileSettingDefault(FileSetting::Currency);
    try {
        countCitizens(*db, report);
        countGoals(*db, report);
        sumBudgets(*db, report);
        measureIndicators(*db, report);
        sumPublicCost(*db, report);
    } catch (const SqliteError &e) {
        return e.error();
    }
    return report;
}

} // namespace Traedesten::Reports
