#include "ReportsWindow.h"

#include "CaseEditor.h"
#include "ErrorText.h"
#include "domain/AuditEvent.h"
#include "print/CaseloadReportPrint.h"
#include "print/DocumentPrinter.h"
#include "print/PrintLanguage.h"
#include "reports/EvaluationExport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "widgets/ChartSupport.h"
#include "widgets/ReportCharts.h"
#include "widgets/ScreenFit.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

/// The program's language, for the report shown in the window.
QString uiLanguage()
{
    return QLocale().language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");
}

} // namespace

ReportsWindow::ReportsWindow(CaseEditor *editor, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_editor(editor)
    , m_heading(new QLabel(this))
    , m_timing(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_outcomes(new QChartView(this))
    , m_spending(new QChartView(this))
    , m_language(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_evaluation(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_scope(new QLabel(this))
{
    setObjectName(QStringLiteral("reportsWindow"));
    m_text->setObjectName(QStringLiteral("reportText"));
    m_evaluation->setObjectName(QStringLiteral("evaluationExport"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_timing->setStyleSheet(QStringLiteral("color: #666;"));
    m_text->setOpenLinks(false);
    for (QChartView *v : { m_outcomes, m_spending }) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(420, 260);
    }
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(uiLanguage() == u"da" ? 0 : 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addWidget(m_timing, 1);
    top->addWidget(m_refresh);
    auto *charts = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_outcomes, 1);
    chartLayout->addWidget(m_spending, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_text);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_language);
    bottom->addWidget(m_print);
    bottom->addWidget(m_pdf);
    bottom->addSpacing(24);
    bottom->addWidget(m_evaluation);
    bottom->addStretch();
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_scope->setWordWrap(true);
    m_scope->hide();
    layout->addWidget(m_scope);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_refresh, &QPushButton::clicked, this, &ReportsWindow::refresh);
    connect(m_print, &QPushButton::clicked, this, &ReportsWindow::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsWindow::exportPdf);
    connect(m_evaluation, &QPushButton::clicked, this, &ReportsWindow::exportEvaluation);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    // Locking or closing the file takes the figures away with it.
    connect(m_editor, &CaseEditor::caseloadChanged, this, [this] {
        if (!m_editor->caseload())
            close();
    });
    retranslate();
    ScreenFit::place(this, QSize(1200, 820)); // inside the screen, on a 1366×768 laptop too
    refresh();
}

CaseloadReportPrint ReportsWindow::printout(const QString &language) const
{
    Storage::CaseFile &file = m_editor->caseload()->file();
    return CaseloadReportPrint(*m_report, language, DocumentPrinter::municipality(file), DocumentPrinter::logo(file));
}

void ReportsWindow::setScope(const QString &text)
{
    m_scope->setText(text);
    m_scope->setVisible(!text.isEmpty());
}

void ReportsWindow::refresh()
{
    Storage::Caseload *c = m_editor->caseload();
    m_report.reset();
    if (!c) {
        m_text->clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = Reports::CaseloadReport::compute(c->file(), QDate::currentDate());
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_text->setPlainText(ErrorText::forCaseFile(report.error()));
        return;
    }
    m_report = *report;
    m_elapsed = timer.elapsed();
    showReport();
}

void ReportsWindow::showReport()
{
    if (!m_report || !m_editor->caseload())
        return;
    const PrintLanguage language(uiLanguage());
    m_text->setHtml(printout(uiLanguage()).html(false));
    replaceChart(m_outcomes, ReportCharts::outcomes(*m_report, language));
    replaceChart(m_spending, ReportCharts::spending(*m_report, language));
    m_timing->setText(tr("Computed in %1 ms").arg(m_elapsed));
}

void ReportsWindow::printPreview()
{
    Storage::Caseload *c = m_editor->caseload();
    if (!c || !m_report)
        return;
    const CaseloadReportPrint doc = printout(m_language->currentData().toString());
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    DocumentPrinter::setUpPrinter(printer.get());
    printer->setDocName(doc.title());
    auto *preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [doc, printer](QPrinter *p) { doc.print(p); });
    (void)c->file().recordEvent(AuditAction::Printed, QStringLiteral("caseload_report"));
    preview->open();
}

Status ReportsWindow::writePdf(const QString &path, const QString &language)
{
    Storage::Caseload *c = m_editor->caseload();
    if (!c || !m_report)
        return Error { ErrorCode::Locked, {} };
    const CaseloadReportPrint doc = printout(language);
    if (Status s
        = DocumentPrinter::writePdf(path, doc.title(), [&doc](QPagedPaintDevice *device) { return doc.print(device); });
        !s)
        return s;
    return c->file().recordEvent(AuditAction::Exported, QStringLiteral("caseload_report"));
}

void ReportsWindow::exportPdf()
{
    if (!m_report)
        return;
    const QString language = m_language->currentData().toString();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-%2.pdf")
                                                .arg(language == u"da" ? QStringLiteral("sagsstamme-rapport")
                                                                       : QStringLiteral("caseload-report"),
                                                    QDate::currentDate().toString(Qt::ISODate)));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writePdf(path, language); !s)
        QMessageBox::warning(this, tr("Not saved"), ErrorText::forCaseFile(s.error()));
}

Status ReportsWindow::writeEvaluation(const QString &path)
{
    Storage::Caseload *c = m_editor->caseload();
    if (!c)
        return Error { ErrorCode::Locked, {} };
    auto written = Reports::EvaluationExport::write(c->file(), path, QDate::currentDate());
    if (!written)
        return written.error();
    return {};
}

void ReportsWindow::exportEvaluation()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(
                  QStringLiteral("evaluering-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM"))));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the anonymised evaluation export"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeEvaluation(path);
    QApplication::restoreOverrideCursor();
    if (Status s = written; !s) {
        QMessageBox::warning(this, tr("Not saved"), ErrorText::forCaseFile(s.error()));
        return;
    }
    QMessageBox::information(this, tr("Evaluation export"),
        tr("Saved as %1, with the aggregate tables in %2.\n\nEach citizen has a new random pseudonym; there are no "
           "names, CPR numbers, free text or exact dates, and table cells under %n citizen(s) are hidden.",
            nullptr, Reports::EvaluationExport::MinimumCell)
            .arg(
                QDir::toNativeSeparators(path), QDir::toNativeSeparators(Reports::EvaluationExport::tablesPath(path))));
}

void ReportsWindow::retranslate()
{
    setWindowTitle(tr("Caseload report — Trædesten"));
    m_heading->setText(tr("Caseload report"));
    m_refresh->setText(tr("&Refresh"));
    m_print->setText(tr("&Print preview…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_evaluation->setText(tr("&Evaluation export (anonymised)…"));
    m_evaluation->setToolTip(tr("A CSV file for evaluators: one row per citizen under a random pseudonym, without "
                                "names, CPR numbers, free text or exact dates"));
    m_close->setText(tr("&Close"));
    m_language->setAccessibleName(tr("Language of the print"));
    m_text->setAccessibleName(tr("Caseload report"));
}

void ReportsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showReport(); // the same figures, in the new language
    }
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
