#pragma once

#include "reports/CaseloadReport.h"

#include <QImage>

class QPagedPaintDevice;

namespace Traedesten::Ui {

/**
 * The caseload report as a document for the municipality: citizens, the end assessments of
 * the goals (the citizens' own beside the support persons'), budgets and spending, goal
 * categories, indicator change from baseline to latest, and the public cost. Aggregates only,
 * in Danish or English whatever the program's language.
 */
class CaseloadReportPrint
{
public:
    CaseloadReportPrint(
        Reports::CaseloadReport report, const QString &language, const QString &municipality, const QImage &logo = {});

    QString title() const;
    /// @p withCharts: the charts as images (for prints; the window shows live charts instead).
    QString html(bool withCharts) const;
    bool print(QPagedPaintDevice *device) const;

private:
    QString t(const char *source) const;
    QString money(qint64 minor) const;
    QString percent(double share) const;
    QString number(double value) const;

    Reports::CaseloadReport m_report;
    QString m_language;
    QString m_municipality;
    QImage m_logo;
};

} // namespace Traedesten::Ui
