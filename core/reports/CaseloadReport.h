#pragma once

#include "Result.h"
#include "domain/Goal.h"
#include "domain/Indicator.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Reports {

/// Spending of one category over the whole caseload.
struct CategorySpend
{
    QString categoryId;
    QString code; ///< built-in code, or empty
    QString name; ///< the file's own name, or empty
    qint64 minor = 0; ///< reserved + paid purchases − refunds (voided entries do not count)
};

/// One indicator's movement from each citizen's baseline to their latest measurement.
struct IndicatorChange
{
    Domain::Indicator indicator;
    int citizens = 0; ///< citizens with at least two measurements of it
    double baselineAverage = 0; ///< Number/Scale/YesNo: the mean (YesNo: the share of yes, 0–1)
    double latestAverage = 0;
    int improved = 0; ///< moved in the better direction (WHO-5: by at least 10 points)
    int worsened = 0;
};

/**
 * The figures over the whole caseload that show whether the method works, for the citizen
 * and for the municipality. Computed with a handful of aggregate queries, so it stays fast
 * with ten thousand citizens.
 */
struct CaseloadReport
{
    QDate asOf;
    int citizens = 0;
    int active = 0;
    int closed = 0;
    QList<std::pair<QString, int>> targetGroups; ///< code → citizens, in the built-in order

    /// End assessments per long-term goal, side by side; goals without one are counted apart.
    int goals = 0;
    QHash<Domain::OwnAssessment, int> ownAssessments;
    int ownNotAssessed = 0;
    QHash<Domain::SupportAssessment, int> supportAssessments;
    int supportNotAssessed = 0;
    QList<std::pair<Domain::GoalCategory, int>> goalCategories; ///< every category, in its order

    /// Budgets in the file's currency (the cap's currency setting); others are left out and counted.
    QString currency;
    int budgets = 0;
    int budgetsInOtherCurrencies = 0;
    qint64 totalCapMinor = 0;
    qint64 totalUsedMinor = 0; ///< reserved + paid − refunds + adjustments
    qint64 averageUsedMinor = 0; ///< per budget, rounded
    double averageShareOfCap = 0; ///< mean of used ÷ cap per budget, 0–1
    QList<CategorySpend> spendingByCategory; ///< largest first, only categories with spending

    QList<IndicatorChange> indicators; ///< Number, Scale and YesNo indicators measured twice by someone

    /// Relational budgeting: the households with benefits, their monthly public cost in the
    /// month of their first benefit and in the month of asOf (prorated by days, as costSeries).
    int householdsWithBenefits = 0;
    qint64 baselineMonthlyCostMinor = 0;
    qint64 latestMonthlyCostMinor = 0;

    /// Computes the report for the open file.
    static Result<CaseloadReport> compute(Storage::CaseFile &file, const QDate &asOf);

    /// The one statement that prices the benefits (?1: asOf as an ISO date; one row: households with a
    /// baseline, baseline month's cost, asOf month's cost, in minor units). compute() runs it; the report
    /// benchmark's plain-SQL yardstick runs it as is, so both price the same way.
    static const char *publicCostSql();
};

} // namespace Traedesten::Reports
