#include "ThisWeekWindow.h"

#include "CaseEditor.h"
#include "ErrorText.h"
#include "models/DueItemsModel.h"
#include "storage/Caseload.h"
#include "widgets/ScreenFit.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace Traedesten::Ui {

using Reports::DueKind;

namespace {

constexpr int DayChoices[] = { 7, 14, 30 };

} // namespace

ThisWeekWindow::ThisWeekWindow(CaseEditor *editor, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_editor(editor)
    , m_model(new DueItemsModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_daysLabel(new QLabel(this))
    , m_days(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyPage(new QWidget(this))
    , m_emptyTitle(new QLabel(m_emptyPage))
    , m_emptyText(new QLabel(m_emptyPage))
    , m_hint(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("thisWeekWindow"));
    m_table->setObjectName(QStringLiteral("dueTable"));
    m_days->setObjectName(QStringLiteral("days"));
    m_search->setObjectName(QStringLiteral("search"));
    m_open->setObjectName(QStringLiteral("openCitizen"));
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_summary->setObjectName(QStringLiteral("summary"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary->setWordWrap(true);
    for (int days : DayChoices)
        m_days->addItem(QString(), days);
    m_daysLabel->setBuddy(m_days);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);
    auto *closeKey = new QAction(this);
    closeKey->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(closeKey, &QAction::triggered, this, &QWidget::close);
    addAction(closeKey);

    // Search through every column's words; the order stays the query's (overdue first, then by date)
    // until a header is clicked.
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(DueItemsModel::SearchTextRole);
    m_filter->setFilterKeyColumn(0);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(DueItemsModel::SortRole);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    // The empty state: what to do next.
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    for (QLabel *l : { m_emptyTitle, m_emptyText }) {
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignHCenter);
    }
    auto *empty = new QVBoxLayout;
    empty->addStretch(1);
    empty->addWidget(m_emptyTitle);
    empty->addWidget(m_emptyText);
    empty->addStretch(2);
    // Centred at a readable line length (like the caseload's empty state).
    auto *centred = new QHBoxLayout(m_emptyPage);
    centred->addStretch(1);
    centred->addLayout(empty, 3);
    centred->addStretch(1);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyPage);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_daysLabel);
    controls->addWidget(m_days);
    controls->addSpacing(12);
    controls->addWidget(m_search, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_open);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    m_hint->setWordWrap(true);
    m_open->setDefault(false);
    m_open->setAutoDefault(false);

    connect(m_days, &QComboBox::currentIndexChanged, this, [this] { m_model->setDays(m_days->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &ThisWeekWindow::updateState);
    connect(m_table, &QTableView::activated, this, &ThisWeekWindow::openRow);
    connect(m_open, &QPushButton::clicked, this, &ThisWeekWindow::openCurrent);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_model, &DueItemsModel::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        // Titles can be long: the last column takes the rest, the others stay readable.
        const int citizen = m_table->columnWidth(DueItemsModel::CitizenColumn);
        m_table->setColumnWidth(DueItemsModel::CitizenColumn, qMin(citizen, 320));
        if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, 0));
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ThisWeekWindow::updateState);
    // Locking or closing the file takes the list away with it.
    connect(m_editor, &CaseEditor::caseloadChanged, this, [this] {
        if (!m_editor->caseload()) {
            m_model->setCaseload(nullptr);
            close();
        }
    });
    setTabOrder(m_days, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_close);

    retranslate();
    m_model->setCaseload(m_editor->caseload());
    fitIntoScreen();
    m_table->setFocus(Qt::OtherFocusReason);
}

void ThisWeekWindow::setDays(int days)
{
    const int at = m_days->findData(days);
    if (at >= 0)
        m_days->setCurrentIndex(at);
}

CitizenView::Page ThisWeekWindow::pageFor(DueKind kind)
{
    switch (kind) {
    case DueKind::SteppingStone:
        return CitizenView::Page::Goals;
    case DueKind::FollowUp:
    case DueKind::ConsentExpiry:
        return CitizenView::Page::FamilyPlan;
    case DueKind::BudgetEnd:
        return CitizenView::Page::Budget;
    }
    return CitizenView::Page::Overview;
}

void ThisWeekWindow::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString citizenId = index.data(DueItemsModel::CitizenIdRole).toString();
    const auto kind = static_cast<DueKind>(index.data(DueItemsModel::KindRole).toInt());
    if (!citizenId.isEmpty())
        Q_EMIT openCitizenRequested(citizenId, pageFor(kind));
}

void ThisWeekWindow::openCurrent()
{
    openRow(m_table->currentIndex());
}

void ThisWeekWindow::fitIntoScreen()
{
    // Room for the five columns, and never more than the screen can show (1366×768 and 1280×720 laptops).
    ScreenFit::place(this, QSize(1100, 640));
}

void ThisWeekWindow::updateState()
{
    const int days = m_model->days();
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const int overdue = m_model->overdueCount();
    if (m_model->error()) {
        m_summary->setText(ErrorText::forCaseFile(*m_model->error()));
    } else {
        const QString upcoming = tr("%n due in the next %1 days", nullptr, total - overdue).arg(days);
        m_summary->setText(overdue > 0 ? tr("%1 · %2").arg(tr("%n overdue", nullptr, overdue), upcoming) : upcoming);
    }
    m_stack->setCurrentWidget(shown == 0 ? m_emptyPage : static_cast<QWidget *>(m_table));
    if (total == 0) {
        m_emptyTitle->setText(tr("Nothing is due within %n day(s), and nothing is overdue", nullptr, days));
        const QString plan = tr("To plan the weeks to come, give stepping stones a due date on the citizen's Goals "
                                "tab and set the next follow-up of each intervention in the family plan; consents "
                                "with an expiry date and budget periods that end show up here by themselves.");
        // Look further ahead only while there is further to look.
        m_emptyText->setText(days < DayChoices[std::size(DayChoices) - 1]
                ? tr("%1 %2").arg(tr("Choose a longer span above to look further ahead."), plan)
                : plan);
    } else {
        m_emptyTitle->setText(tr("Nothing due matches the search"));
        m_emptyText->setText(tr("Clear the search field to see all %n item(s).", nullptr, total));
    }
    m_open->setEnabled(shown > 0 && m_table->currentIndex().isValid());
}

void ThisWeekWindow::retranslate()
{
    setWindowTitle(tr("This week — Trædesten"));
    m_heading->setText(tr("This week"));
    m_daysLabel->setText(tr("&Within:", "show what is due within 7, 14 or 30 days"));
    for (int i = 0; i < m_days->count(); ++i)
        m_days->setItemText(i, tr("%n day(s)", nullptr, m_days->itemData(i).toInt()));
    m_days->setAccessibleName(tr("Show what is due within"));
    m_search->setPlaceholderText(tr("Search citizens, households and what is due (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search what is due"));
    m_table->setAccessibleName(tr("What is due"));
    m_hint->setText(tr("Double-click a row or press Enter to open the citizen where it is handled."));
    m_open->setText(tr("&Open citizen"));
    m_close->setText(tr("&Close"));
    m_model->retranslate();
    updateState();
}

void ThisWeekWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ThisWeekWindow::showEvent(QShowEvent *event)
{
    // Opened again on another day: count from that day.
    if (m_model->loadedToday() != m_model->today())
        m_model->reload();
    QWidget::showEvent(event);
}

} // namespace Traedesten::Ui
