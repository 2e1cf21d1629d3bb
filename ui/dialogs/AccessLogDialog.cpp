#include "AccessLogDialog.h"

#include "AuditText.h"
#include "CaseEditor.h"
#include "ErrorText.h"
#include "models/AccessLogFilterModel.h"
#include "models/AccessLogModel.h"
#include "print/AccessLogPrint.h"
#include "print/DocumentPrinter.h"
#include "storage/Caseload.h"
#include "widgets/DateField.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Traedesten::Ui {

using Domain::AuditAction;

AccessLogDialog::AccessLogDialog(CaseEditor *editor, const QString &citizenId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_citizenId(citizenId)
    , m_model(new AccessLogModel(this))
    , m_filter(new AccessLogFilterModel(this))
    , m_name(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_showLabel(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_actorLabel(new QLabel(this))
    , m_actor(new QComboBox(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new DateField(this))
    , m_toLabel(new QLabel(this))
    , m_to(new DateField(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_print(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("accessLogDialog"));
    m_category->setObjectName(QStringLiteral("accessLogCategory"));
    m_actor->setObjectName(QStringLiteral("accessLogActor"));
    m_search->setObjectName(QStringLiteral("accessLogSearch"));
    m_from->setObjectName(QStringLiteral("accessLogFrom"));
    m_to->setObjectName(QStringLiteral("accessLogTo"));
    m_table->setObjectName(QStringLiteral("accessLogTable"));
    m_empty->setObjectName(QStringLiteral("accessLogEmpty"));
    m_print->setObjectName(QStringLiteral("printAccessLog"));
    m_pdf->setObjectName(QStringLiteral("accessLogPdf"));
    m_language->setObjectName(QStringLiteral("accessLogLanguage"));

    if (Storage::Caseload *c = m_editor->caseload()) {
        if (auto citizen = c->citizens().get(m_citizenId))
            m_citizenName = citizen->name;
    }
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setText(m_citizenName);
    m_intro->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AccessLogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AccessLogModel::ActorColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Danish ? 0 : 1);
    m_languageLabel->setBuddy(m_language);
    m_showLabel->setBuddy(m_category);
    m_actorLabel->setBuddy(m_actor);
    m_searchLabel->setBuddy(m_search);
    m_fromLabel->setBuddy(m_from->lineEdit());
    m_toLabel->setBuddy(m_to->lineEdit());
    m_search->setClearButtonEnabled(true);

    auto *filters = new QGridLayout;
    filters->addWidget(m_showLabel, 0, 0);
    filters->addWidget(m_category, 0, 1);
    filters->addWidget(m_actorLabel, 0, 2);
    filters->addWidget(m_actor, 0, 3);
    filters->addWidget(m_searchLabel, 0, 4);
    filters->addWidget(m_search, 0, 5);
    filters->addWidget(m_fromLabel, 1, 0);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    dates->addStretch();
    filters->addLayout(dates, 1, 1, 1, 5);
    filters->setColumnStretch(5, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_languageLabel);
    buttons->addWidget(m_language);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);
    layout->addLayout(buttons);

    connect(m_category, &QComboBox::currentIndexChanged, this, &AccessLogDialog::applyFilter);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AccessLogDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &AccessLogDialog::applyFilter);
    connect(m_from, &DateField::dateChanged, this, &AccessLogDialog::applyFilter);
    connect(m_to, &DateField::dateChanged, this, &AccessLogDialog::applyFilter);
    connect(m_language, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    connect(m_print, &QPushButton::clicked, this, &AccessLogDialog::printLog);
    connect(m_pdf, &QPushButton::clicked, this, &AccessLogDialog::exportPdf);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_close->setDefault(true);

    retranslate();
    reload();
    ScreenFit::place(this, QSize(900, 620));
}

void AccessLogDialog::reload()
{
    Storage::Caseload *c = m_editor->caseload();
    m_model->setEvents(c ? c->file().auditEventsOfCitizen(m_citizenId).value_or({}) : QList<Domain::AuditEvent> {});
    fillActors();
    updateState();
}

void AccessLogDialog::fillActors()
{
    const QString current = m_actor->currentData().toString();
    const QSignalBlocker block(m_actor);
    m_actor->clear();
    m_actor->addItem(tr("Everyone"), QString());
    for (const QString &name : m_model->actors())
        m_actor->addItem(name, name);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(current)));
}

void AccessLogDialog::applyFilter()
{
    const QVariant category = m_category->currentData();
    m_filter->setCategory(
        category.isValid() ? std::optional(static_cast<AuditText::Category>(category.toInt())) : std::nullopt);
    m_filter->setActor(m_actor->currentData().toString());
    m_filter->setText(m_search->text());
    m_filter->setDateRange(m_from->date(), m_to->date());
    updateState();
}

void AccessLogDialog::updateState()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_stack->setCurrentWidget(shown > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    m_empty->setText(total == 0 ? tr("Nothing has been recorded about this citizen yet.")
                                : tr("No event matches the filter.\nChoose “All events” and “Everyone”, clear the "
                                     "search and the dates to see the whole log."));
    m_count->setText(shown == total ? tr("%n event(s)", "", total) : tr("%1 of %2 events").arg(shown).arg(total));
}

bool AccessLogDialog::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString AccessLogDialog::printLanguage() const
{
    return m_language->currentData().toString();
}

AccessLogPrint AccessLogDialog::printout(const QString &language) const
{
    AccessLogPrint::Data printed;
    if (Storage::Caseload *c = m_editor->caseload()) {
        printed.municipality = DocumentPrinter::municipality(c->file());
        printed.logo = DocumentPrinter::logo(c->file());
    }
    printed.citizenName = m_citizenName;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (const Domain::AuditEvent *e = m_model->eventAt(m_filter->mapToSource(m_filter->index(row, 0)).row()))
            printed.events << *e;
    }
    printed.totalEvents = m_model->rowCount();
    printed.printedOn = QDate::currentDate();
    return AccessLogPrint(std::move(printed), language);
}

void AccessLogDialog::printLog()
{
    Storage::Caseload *c = m_editor->caseload();
    if (!c)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    DocumentPrinter::setUpPrinter(printer.get());
    const AccessLogPrint doc = printout(printLanguage());
    printer->setDocName(doc.title());
    auto *preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(doc.title());
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [doc, printer](QPrinter *p) { doc.print(p); });
    // The log is shown with the citizen's data, ready to print: that is what the log records.
    (void)c->file().recordEvent(AuditAction::Printed, QStringLiteral("access_log"), m_citizenId, m_citizenId);
    reload();
    preview->open();
}

void AccessLogDialog::exportPdf()
{
    if (!m_editor->caseload())
        return;
    const QString language = printLanguage();
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("%1-%2.pdf")
                            .arg(language == u"da" ? QStringLiteral("adgangslog") : QStringLiteral("access-log"),
                                QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save access log as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writePdf(path, language); !s)
        QMessageBox::warning(this, tr("Not saved"), ErrorText::forCaseFile(s.error()));
}

Status AccessLogDialog::writePdf(const QString &path, const QString &language)
{
    Storage::Caseload *c = m_editor->caseload();
    if (!c)
        return Error { ErrorCode::Locked, {} };
    const AccessLogPrint doc = printout(language);
    // Written next to the target and renamed into place: a failure leaves no half PDF.
    if (Status s
        = DocumentPrinter::writePdf(path, doc.title(), [&doc](QPagedPaintDevice *device) { return doc.print(device); });
        !s)
        return s;
    Status s = c->file().recordEvent(AuditAction::Exported, QStringLiteral("access_log"), m_citizenId, m_citizenId);
    reload();
    return s;
}

void AccessLogDialog::retranslate()
{
    setWindowTitle(tr("Who has seen or changed this?"));
    m_intro->setText(tr("Everything this case file has recorded about the citizen: who opened their pages, created, "
                        "changed, deleted, printed or exported something, and when the whole file was backed up or "
                        "restored. The log never holds the content itself."));
    m_showLabel->setText(tr("&Show:"));
    m_actorLabel->setText(tr("B&y:", "who did it"));
    m_searchLabel->setText(tr("Sear&ch:"));
    m_search->setPlaceholderText(tr("Who or what"));
    m_fromLabel->setText(tr("&From:", "date"));
    m_toLabel->setText(tr("&To:", "date"));
    {
        const QVariant current = m_category->currentData();
        const QSignalBlocker block(m_category);
        m_category->clear();
        m_category->addItem(tr("All events"));
        for (AuditText::Category category : { AuditText::Category::Viewed, AuditText::Category::Changed,
                 AuditText::Category::PrintedOrExported, AuditText::Category::WholeFile })
            m_category->addItem(AuditText::categoryName(category), static_cast<int>(category));
        m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
    }
    if (m_actor->count() > 0)
        m_actor->setItemText(0, tr("Everyone"));
    // The print follows the program's language until the user picks one.
    if (!m_languageChosen)
        m_language->setCurrentIndex(QLocale().language() == QLocale::Danish ? 0 : 1);
    m_languageLabel->setText(tr("Print &language:"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
    updateState();
}

void AccessLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
