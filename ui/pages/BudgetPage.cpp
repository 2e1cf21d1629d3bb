#include "BudgetPage.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "ErrorText.h"
#include "commands/RecordStores.h"
#include "dialogs/BudgetDialog.h"
#include "dialogs/CategoriesDialog.h"
#include "dialogs/EntryDialog.h"
#include "dialogs/ReceiptsDialog.h"
#include "dialogs/VoidDialog.h"
#include "models/LedgerFilterModel.h"
#include "models/LedgerModel.h"
#include "print/BudgetStatement.h"
#include "print/DocumentPrinter.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "widgets/BudgetCharts.h"
#include "widgets/FlowLayout.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

BudgetPage::BudgetPage(CaseEditor *editor, QWidget *parent)
    : CitizenPage(editor, parent)
    , m_model(new LedgerModel(this))
    , m_filter(new LedgerFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_setUp(new QPushButton(this))
    , m_remaining(new QLabel(this))
    , m_details(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_editBudget(new QPushButton(this))
    , m_categories(new QPushButton(this))
    , m_language(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_search(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_categoryFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_charts(new BudgetCharts(this))
{
    setObjectName(QStringLiteral("budgetPage"));
    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_setUp->setObjectName(QStringLiteral("setUpBudget"));
    m_print->setObjectName(QStringLiteral("printStatement"));
    m_pdf->setObjectName(QStringLiteral("statementPdf"));
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LedgerModel::DateColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QFont big = m_remaining->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_remaining->setFont(big);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(14);
    m_search->setClearButtonEnabled(true);
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Danish ? 0 : 1);
    m_languageLabel->setBuddy(m_language);

    const auto make = [this](const char *name, QKeySequence key = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        addAction(a);
        auto *b = new QPushButton(this);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, b, [a, b] {
            b->setText(a->text());
            b->setToolTip(a->toolTip());
            b->setEnabled(a->isEnabled());
        });
        m_actionButtons << b;
        return a;
    };
    m_purchase = make("newPurchase"); // Ctrl+Shift+P belongs to the main window: it works from anywhere in it
    m_refund = make("newRefund");
    m_adjustment = make("newAdjustment");
    m_edit = make("editEntry");
    m_paid = make("markPaid");
    m_void = make("voidEntry");
    m_receipts = make("receipts");

    // Empty state.
    QWidget *emptyPage = makeEmptyState(m_empty, m_setUp);

    // The budget.
    auto *budgetPage = new QWidget(this);
    auto *summary = new QHBoxLayout;
    auto *figures = new QVBoxLayout;
    figures->addWidget(m_remaining);
    figures->addWidget(m_bar);
    figures->addWidget(m_details);
    m_remaining->setWordWrap(true);
    m_details->setWordWrap(true);
    summary->addLayout(figures, 1);
    auto *statementBox = new QVBoxLayout;
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    statementBox->addLayout(languageRow);
    auto *statementButtons = new QHBoxLayout;
    statementButtons->addWidget(m_print);
    statementButtons->addWidget(m_pdf);
    statementBox->addLayout(statementButtons);
    auto *budgetButtons = new QHBoxLayout;
    budgetButtons->addStretch();
    budgetButtons->addWidget(m_categories);
    budgetButtons->addWidget(m_editBudget);
    statementBox->addLayout(budgetButtons);
    summary->addLayout(statementBox);
    auto *actions = new FlowLayout; // wraps rather than widening the window
    for (QPushButton *b : std::as_const(m_actionButtons))
        actions->addWidget(b);
    actions->addStretch();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_stateFilter, 1);
    filters->addWidget(m_categoryFilter, 1);
    auto *ledger = new QWidget(this);
    auto *ledgerLayout = new QVBoxLayout(ledger);
    ledgerLayout->setContentsMargins(0, 0, 0, 0);
    ledgerLayout->addLayout(actions);
    ledgerLayout->addLayout(filters);
    ledgerLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(ledger);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *budgetLayout = new QVBoxLayout(budgetPage);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    budgetLayout->addLayout(summary);
    budgetLayout->addWidget(splitter, 1);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(budgetPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_setUp, &QPushButton::clicked, this, &BudgetPage::setUpBudget);
    connect(m_editBudget, &QPushButton::clicked, this, &BudgetPage::editBudget);
    connect(m_categories, &QPushButton::clicked, this, [this] {
        if (!caseload())
            return;
        auto *dialog = new CategoriesDialog(this->editor(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_language, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    connect(m_purchase, &QAction::triggered, this, [this] { newEntry(EntryKind::Purchase); });
    connect(m_refund, &QAction::triggered, this, [this] { newEntry(EntryKind::Refund); });
    connect(m_adjustment, &QAction::triggered, this, [this] { newEntry(EntryKind::Adjustment); });
    connect(m_edit, &QAction::triggered, this, &BudgetPage::editEntry);
    connect(m_table, &QTableView::activated, this, &BudgetPage::editEntry);
    connect(m_paid, &QAction::triggered, this, &BudgetPage::markPaid);
    connect(m_void, &QAction::triggered, this, &BudgetPage::voidEntry);
    connect(m_receipts, &QAction::triggered, this, &BudgetPage::showReceipts);
    connect(m_print, &QPushButton::clicked, this, &BudgetPage::printStatement);
    connect(m_pdf, &QPushButton::clicked, this, &BudgetPage::exportStatement);
    connect(m_search, &QLineEdit::textChanged, m_filter, &LedgerFilterModel::setText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &BudgetPage::applyFilters);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &BudgetPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &BudgetPage::updateActions);
    retranslate();
    reload();
}

bool BudgetPage::concerns(Storage::EntityType type, const QString &citizenId) const
{
    return type == Storage::EntityType::SpendingCategory || CitizenPage::concerns(type, citizenId);
}

const LedgerEntry *BudgetPage::currentEntry() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    return index.isValid() ? m_model->entryAt(index.row()) : nullptr;
}

void BudgetPage::reload()
{
    const QString current = m_table->currentIndex().data(LedgerModel::IdRole).toString();
    m_budget.reset();
    m_summary = {};
    Storage::Caseload *c = caseload();
    if (c && !citizenId().isEmpty())
        m_budget = c->budgets().budgetOf(citizenId()).value_or(std::nullopt);
    if (!m_budget) {
        m_model->clear();
        m_charts->clear();
        m_stack->setCurrentIndex(0);
        updateActions();
        return;
    }
    const auto entries = c->budgets().entries(m_budget->id).value_or({});
    m_summary = c->budgets().summary(m_budget->id).value_or(Storage::BudgetSummary {});
    LedgerModel::Names names;
    for (const Storage::GoalWithStones &g : c->goals().goalsOf(citizenId()).value_or({})) {
        for (const SteppingStone &s : g.stones)
            names.stones.insert(s.id, s.title);
    }
    const auto categories = c->budgets().categories().value_or({});
    for (const SpendingCategory &cat : categories)
        names.categories.insert(cat.id, DomainText::spendingCategory(cat));
    names.receipts = c->budgets().attachmentCounts(m_budget->id).value_or({});
    QList<QPair<QString, qint64>> byCategory;
    for (const SpendingCategory &cat : categories) {
        if (const qint64 used = m_summary.usedByCategory.value(cat.id); used != 0)
            byCategory.append({ names.categories.value(cat.id), used });
    }
    if (const qint64 none = m_summary.usedByCategory.value(QString()); none != 0)
        byCategory.append({ tr("(none)"), none });
    m_model->setLedger(*m_budget, entries, names);
    m_table->resizeColumnsToContents();
    m_charts->setData(*m_budget, entries, byCategory);

    // The category filter follows the file's categories.
    {
        const QSignalBlocker blocker(m_categoryFilter);
        const QVariant chosen = m_categoryFilter->currentData();
        while (m_categoryFilter->count() > 1)
            m_categoryFilter->removeItem(1);
        for (const SpendingCategory &cat : categories)
            m_categoryFilter->addItem(names.categories.value(cat.id), cat.id);
        m_categoryFilter->setCurrentIndex(qMax(0, m_categoryFilter->findData(chosen)));
    }

    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return Money::fromMinor(minor, m_budget->currency).format(locale);
    };
    m_remaining->setText(tr("%1 left of %2").arg(money(m_summary.remainingMinor), money(m_summary.capMinor)));
    m_bar->setRange(0, 1000);
    m_bar->setValue(m_summary.capMinor > 0 ? int(1000 * m_summary.usedMinor / m_summary.capMinor) : 0);
    QStringList details { tr("Paid %1").arg(money(m_summary.paidMinor)),
        tr("Reserved %1").arg(money(m_summary.reservedMinor)) };
    if (m_summary.refundedMinor != 0)
        details << tr("Refunded %1").arg(money(m_summary.refundedMinor));
    details << tr("Period %1 to %2")
                   .arg(DomainText::shortDate(m_budget->periodStart), DomainText::shortDate(m_budget->periodEnd()));
    details << tr("%n day(s) left", nullptr, m_summary.daysLeft);
    if (m_budget->status == BudgetStatus::Closed)
        details << tr("Closed", "budget status");
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_stack->setCurrentIndex(1);
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
    updateActions();
}

void BudgetPage::updateActions()
{
    const bool open = caseload() && !citizenId().isEmpty();
    const bool has = open && m_budget.has_value();
    const LedgerEntry *e = has ? currentEntry() : nullptr;
    m_setUp->setEnabled(open);
    for (QAction *a : { m_purchase, m_refund, m_adjustment })
        a->setEnabled(has && m_budget->status == BudgetStatus::Active);
    m_edit->setEnabled(e && e->state != EntryState::Voided);
    m_paid->setEnabled(e && e->state == EntryState::Reserved);
    m_void->setEnabled(e && e->state != EntryState::Voided);
    m_receipts->setEnabled(e != nullptr);
}

void BudgetPage::applyFilters()
{
    const QVariant state = m_stateFilter->currentData();
    m_filter->setState(state.isValid() ? std::optional(static_cast<EntryState>(state.toInt())) : std::nullopt);
    const QVariant category = m_categoryFilter->currentData();
    m_filter->setCategoryId(category.isValid() ? std::optional(category.toString()) : std::nullopt);
}

void BudgetPage::setUpBudget()
{
    Storage::Caseload *c = caseload();
    if (!c || citizenId().isEmpty())
        return;
    Budget b;
    b.citizenId = citizenId();
    b.capMinor = c->file().setting(FileSetting::DefaultBudgetCapMinor).value_or(QString()).toLongLong();
    if (b.capMinor <= 0)
        b.capMinor = 50'000'00;
    b.currency = currencyFromCode(c->file().setting(FileSetting::Currency).value_or(QString()));
    if (auto citizen = c->citizens().get(citizenId()); citizen && citizen->startDate.isValid())
        b.periodStart = citizen->startDate;
    else
        b.periodStart = QDate::currentDate();
    auto *dialog = new BudgetDialog(
        b,
        [this](const Budget &budget) -> Status {
            return editor()->run(std::make_unique<BudgetCommand>(
                *caseload(), std::nullopt, budget, tr("set up personal budget"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BudgetPage::editBudget()
{
    if (!caseload() || !m_budget)
        return;
    auto *dialog = new BudgetDialog(
        *m_budget,
        [this, before = *m_budget](const Budget &after) -> Status {
            if (after == before)
                return {};
            return editor()->run(std::make_unique<BudgetCommand>(
                *caseload(), before, after, tr("edit personal budget"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BudgetPage::newEntry(EntryKind kind)
{
    Storage::Caseload *c = caseload();
    if (!c || !m_budget)
        return;
    LedgerEntry e;
    e.budgetId = m_budget->id;
    e.kind = kind;
    e.state = kind == EntryKind::Purchase ? EntryState::Reserved : EntryState::Paid;
    e.date = qBound(m_budget->periodStart, QDate::currentDate(), m_budget->periodEnd());
    e.decidedWithCitizen = false; // asked each time: it counts in the evaluation
    if (auto citizen = c->citizens().get(citizenId()))
        e.boughtBy = citizen->supportPerson;
    const QString text = kind == EntryKind::Purchase ? tr("add purchase")
        : kind == EntryKind::Refund                  ? tr("add refund")
                                                     : tr("add adjustment");
    auto *dialog = new EntryDialog(
        e, *m_budget, m_summary.remainingMinor, c->goals().goalsOf(citizenId()).value_or({}),
        c->budgets().categories().value_or({}),
        [this, text](const LedgerEntry &entry) -> Status {
            return editor()->run(
                std::make_unique<EntryCommand>(*caseload(), std::nullopt, entry, text, editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BudgetPage::editEntry()
{
    Storage::Caseload *c = caseload();
    const LedgerEntry *e = currentEntry();
    if (!c || !m_budget || !e || e->state == EntryState::Voided)
        return;
    auto *dialog = new EntryDialog(
        *e, *m_budget, m_summary.remainingMinor + e->usedMinor(), c->goals().goalsOf(citizenId()).value_or({}),
        c->budgets().categories().value_or({}),
        [this, before = *e](const LedgerEntry &after) -> Status {
            if (after == before)
                return {};
            return editor()->run(std::make_unique<EntryCommand>(
                *caseload(), before, after, tr("edit ledger entry"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BudgetPage::markPaid()
{
    const LedgerEntry *e = currentEntry();
    if (!caseload() || !e || e->state != EntryState::Reserved)
        return;
    LedgerEntry after = *e;
    after.state = EntryState::Paid;
    editor()->runOrReport(
        std::make_unique<EntryCommand>(*caseload(), *e, after, tr("mark paid"), editor()->errorHandler()));
}

void BudgetPage::voidEntry()
{
    const LedgerEntry *e = currentEntry();
    if (!caseload() || !m_budget || !e || e->state == EntryState::Voided)
        return;
    // "30/11/2026, Driving lessons, the driving school: DKK 8,000.50"; only the parts the entry has.
    QStringList what { DomainText::shortDate(e->date), e->description.trimmed(), e->payee.trimmed() };
    what.removeAll(QString());
    const QString summary = tr("%1: %2", "a ledger entry: its date, description and payee, then its amount")
                                .arg(what.join(QStringLiteral(", ")),
                                    Money::fromMinor(e->amountMinor, m_budget->currency).format(QLocale()));
    auto *dialog = new VoidDialog(
        summary,
        [this, before = *e](const QString &reason) -> Status {
            LedgerEntry after = before;
            after.state = EntryState::Voided;
            after.voidReason = reason;
            return editor()->run(
                std::make_unique<EntryCommand>(*caseload(), before, after, tr("void entry"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BudgetPage::showReceipts()
{
    const LedgerEntry *e = currentEntry();
    if (!caseload() || !e)
        return;
    auto *dialog = new ReceiptsDialog(editor(), *e, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString BudgetPage::statementLanguage() const
{
    return m_language->currentData().toString();
}

BudgetStatement BudgetPage::statement(const QString &language)
{
    Storage::Caseload *c = caseload();
    BudgetStatement::Data printed;
    printed.municipality = DocumentPrinter::municipality(c->file());
    printed.logo = DocumentPrinter::logo(c->file());
    if (auto citizen = c->citizens().get(citizenId())) {
        printed.citizenName = citizen->name;
        printed.supportPerson = citizen->supportPerson;
    }
    printed.budget = *m_budget;
    printed.entries = c->budgets().entries(m_budget->id).value_or({});
    printed.summary = m_summary;
    for (const Storage::GoalWithStones &g : c->goals().goalsOf(citizenId()).value_or({})) {
        for (const SteppingStone &s : g.stones)
            printed.stoneTitles.insert(s.id, s.title);
    }
    for (const SpendingCategory &cat : c->budgets().categories().value_or({})) {
        printed.categoryCodes.insert(cat.id, cat.code);
        printed.categoryNames.insert(cat.id, cat.name);
    }
    printed.printedOn = QDate::currentDate();
    return BudgetStatement(std::move(printed), language);
}

void BudgetPage::printStatement()
{
    Storage::Caseload *c = caseload();
    if (!c || !m_budget)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    DocumentPrinter::setUpPrinter(printer.get());
    const BudgetStatement doc = statement(statementLanguage());
    printer->setDocName(doc.title());
    auto *preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(doc.title());
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [doc, printer](QPrinter *p) { doc.print(p); });
    // The statement is shown with the citizen's data, ready to print: that is what the log records.
    (void)c->file().recordEvent(AuditAction::Printed, QStringLiteral("budget_statement"), m_budget->id, citizenId());
    preview->open();
}

void BudgetPage::exportStatement()
{
    if (!caseload() || !m_budget)
        return;
    const QString language = statementLanguage();
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("%1-%2.pdf")
                            .arg(language == u"da" ? QStringLiteral("kontoudtog") : QStringLiteral("budget-statement"),
                                QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save statement as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeStatementPdf(path, language); !s)
        QMessageBox::warning(this, tr("Not saved"), ErrorText::forCaseFile(s.error()));
}

Status BudgetPage::writeStatementPdf(const QString &path, const QString &language)
{
    Storage::Caseload *c = caseload();
    if (!c || !m_budget)
        return Error { ErrorCode::Locked, {} };
    const BudgetStatement doc = statement(language);
    // Written next to the target and renamed into place: a failure leaves no half PDF.
    if (Status s
        = DocumentPrinter::writePdf(path, doc.title(), [&doc](QPagedPaintDevice *device) { return doc.print(device); });
        !s)
        return s;
    return c->file().recordEvent(AuditAction::Exported, QStringLiteral("budget_statement"), m_budget->id, citizenId());
}

void BudgetPage::retranslate()
{
    m_empty->setText(tr("No personal budget yet.\nA personal budget is a drawing right of up to the cap for 12 or 15 "
                        "months. The citizen decides with you what it is spent on; you make the purchases."));
    m_setUp->setText(tr("Set up a &personal budget…"));
    m_editBudget->setText(tr("Edit budget…"));
    m_categories->setText(tr("Spending categories…"));
    // The statement follows the program's language until the user picks one.
    if (!m_languageChosen)
        m_language->setCurrentIndex(QLocale().language() == QLocale::Danish ? 0 : 1);
    m_languageLabel->setText(tr("Statement language:"));
    m_print->setText(tr("Print statement…"));
    m_pdf->setText(tr("Statement as PDF…"));
    m_purchase->setText(tr("New &purchase…"));
    m_purchase->setToolTip(tr("A purchase for one of the citizen's stepping stones (Ctrl+Shift+P)"));
    m_refund->setText(tr("Refund…"));
    m_adjustment->setText(tr("Adjustment…"));
    m_edit->setText(tr("Ed&it entry…"));
    m_paid->setText(tr("Mark p&aid"));
    m_void->setText(tr("&Void…"));
    m_void->setToolTip(tr("Entries are never deleted: a voided entry stays, crossed out, with its reason"));
    m_receipts->setText(tr("Receip&ts…"));
    m_search->setPlaceholderText(tr("Search descriptions, payees and stepping stones"));
    m_search->setAccessibleName(tr("Search the ledger"));
    m_table->setAccessibleName(tr("Ledger"));
    {
        const QSignalBlocker blocker(m_stateFilter);
        const int i = qMax(0, m_stateFilter->currentIndex());
        m_stateFilter->clear();
        m_stateFilter->addItem(tr("All states"));
        for (EntryState s : { EntryState::Reserved, EntryState::Paid, EntryState::Voided })
            m_stateFilter->addItem(DomainText::entryState(s), static_cast<int>(s));
        m_stateFilter->setCurrentIndex(i);
        m_stateFilter->setAccessibleName(tr("Filter by state"));
    }
    if (m_categoryFilter->count() == 0)
        m_categoryFilter->addItem(QString());
    m_categoryFilter->setItemText(0, tr("All spending categories"));
    m_categoryFilter->setAccessibleName(tr("Filter by spending category"));
}

} // namespace Traedesten::Ui
