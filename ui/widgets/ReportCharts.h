#pragma once

#include "reports/CaseloadReport.h"

class QChart;

namespace Traedesten::Ui {

class PrintLanguage;

/**
 * The caseload report's charts, in a given language so the same chart serves the window
 * (the program's language) and the print (the print's language).
 */
class ReportCharts
{
public:
    /// The end assessments side by side: the citizens' own and the support persons', each as 100 %.
    static QChart *outcomes(const Reports::CaseloadReport &report, const PrintLanguage &language);
    /// Spending by category over the whole caseload, largest first.
    static QChart *spending(const Reports::CaseloadReport &report, const PrintLanguage &language);
    /// @p chart drawn into an image of @p size pixels (for prints); takes ownership of the chart.
    static QImage render(QChart *chart, const QSize &size);
    /// A spending category's name in @p language.
    static QString categoryName(const Reports::CategorySpend &spend, const PrintLanguage &language);
};

} // namespace Traedesten::Ui
