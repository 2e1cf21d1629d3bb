#pragma once

#include "Result.h"
#include "print/CaseloadReportPrint.h"
#include "reports/CaseloadReport.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Traedesten::Ui {

class CaseEditor;

/**
 * The caseload report in its own window: the figures that show whether the method works
 * (citizens, end assessments side by side, budgets and spending, indicators, the public cost)
 * with their charts; print preview, PDF and the anonymised evaluation export. It closes when
 * the case file is locked or closed.
 */
class ReportsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsWindow(CaseEditor *editor, QWidget *parent = nullptr);

    /// Computes the report again from the file.
    void refresh();
    /// Over what the report is (the team server's cases this person may see, pseudonymised or not); empty:
    /// this case file alone.
    void setScope(const QString &text);
    const std::optional<Reports::CaseloadReport> &report() const { return m_report; }
    QTextBrowser *text() const { return m_text; }
    QChartView *outcomeChart() const { return m_outcomes; }
    /// Writes the report as PDF in @p language atomically, and records the export.
    Status writePdf(const QString &path, const QString &language);
    /// Writes the anonymised evaluation export; records it.
    Status writeEvaluation(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void printPreview();
    void exportPdf();
    void exportEvaluation();
    void showReport();
    CaseloadReportPrint printout(const QString &language) const;

    CaseEditor *m_editor;
    std::optional<Reports::CaseloadReport> m_report;
    qint64 m_elapsed = 0; ///< how long the report took to compute, in ms
    QLabel *m_heading;
    QLabel *m_timing;
    QTextBrowser *m_text;
    QChartView *m_outcomes;
    QChartView *m_spending;
    QComboBox *m_language;
    QPushButton *m_refresh;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_evaluation;
    QPushButton *m_close;
    QLabel *m_scope;
};

} // namespace Traedesten::Ui
