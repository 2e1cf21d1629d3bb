#include "CaseloadPage.h"

#include "DomainText.h"
#include "models/CaseloadFilterModel.h"
#include "models/CaseloadModel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

CaseloadPage::CaseloadPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_municipalityHint(new QLabel(this))
    , m_settings(new QPushButton(this))
    , m_addFirst(new QPushButton(this))
    , m_filter(new CaseloadFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QWidget(this))
    , m_listPage(new QWidget(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_supportPerson(new QComboBox(this))
    , m_filterRow(new QWidget(this))
    , m_filterGrid(new QGridLayout(m_filterRow))
    , m_columnsButton(new QPushButton(this))
    , m_columnsMenu(new QMenu(this))
    , m_visible(CaseloadModel::ColumnCount, false)
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_noMatch(new QLabel(this))
{
    setObjectName(QStringLiteral("caseloadPage"));
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_search->setObjectName(QStringLiteral("search"));
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_count->setObjectName(QStringLiteral("count"));
    m_noMatch->setObjectName(QStringLiteral("noMatch"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    // Empty state.
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/traedesten.svg")).pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignHCenter);
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.3);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    for (QLabel *l : { m_emptyText, m_municipalityHint, m_noMatch }) {
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignHCenter);
    }
    auto *empty = new QVBoxLayout;
    empty->addStretch(1);
    empty->addWidget(m_icon);
    empty->addWidget(m_emptyTitle);
    empty->addWidget(m_emptyText);
    empty->addSpacing(12);
    empty->addWidget(m_municipalityHint);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_addFirst);
    buttonRow->addWidget(m_settings);
    buttonRow->addStretch();
    empty->addLayout(buttonRow);
    empty->addStretch(2);
    auto *centred = new QHBoxLayout(m_emptyPage);
    centred->addStretch(1);
    centred->addLayout(empty, 4);
    centred->addStretch(1);

    // The list.
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_filter->setFilterKeyColumn(-1);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseloadModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Columns fit the rows in view and 200 more (Qt's default, 1000, was a fifth of showing 10,000 citizens
    // after an unlock); a longer text is elided with the whole as tooltip, and every column can be widened.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_noMatch->setVisible(false);

    // The column chooser: the header's context menu, and a button for the keyboard.
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setMenu(m_columnsMenu);
    m_columnsButton->setFocusPolicy(Qt::StrongFocus);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) { m_columnsMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos)); });
    for (const QString &key : defaultColumnKeys())
        m_visible[CaseloadModel::columnForKey(key)] = true;
    fillColumnsMenu();

    // The search field gets a row of its own: the list shares the window with the citizen's pages.
    // The filters take one row when they fit and two when they do not, so that neither language
    // cuts their texts and they never make the list wider than its columns.
    for (QComboBox *combo : { m_status, m_group, m_supportPerson })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterGrid->setContentsMargins(0, 0, 0, 0);
    m_filterRow->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_columnsButton);
    auto *list = new QVBoxLayout(m_listPage);
    list->setContentsMargins(0, 0, 0, 0);
    list->addLayout(searchRow);
    list->addWidget(m_filterRow);
    list->addWidget(m_table, 1);
    list->addWidget(m_noMatch);
    list->addWidget(m_count);

    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_listPage);

    auto *layout = new QVBoxLayout(this);
    // The splitter's handle is the gap on the right: every pixel there goes to the columns.
    QMargins margins = layout->contentsMargins();
    margins.setRight(0);
    layout->setContentsMargins(margins);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);

    connect(m_settings, &QPushButton::clicked, this, &CaseloadPage::fileSettingsRequested);
    connect(m_addFirst, &QPushButton::clicked, this, &CaseloadPage::newCitizenRequested);
    m_addFirst->setObjectName(QStringLiteral("addFirstCitizen"));
    m_addFirst->setIcon(QIcon(QStringLiteral(":/icons/person-add.svg")));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT citizenActivated(index.data(CaseloadModel::CitizenIdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QString id = currentCitizenId();
        if (!id.isEmpty())
            m_rememberedId = id;
        if (id != m_lastEmitted) {
            m_lastEmitted = id;
            Q_EMIT currentCitizenChanged(id);
        }
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &CaseloadFilterModel::setSearchText);
    for (QComboBox *combo : { m_status, m_group, m_supportPerson })
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseloadPage::applyFilters);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CaseloadPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CaseloadPage::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CaseloadPage::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CaseloadPage::updateState);

    setTabOrder(m_search, m_columnsButton);
    setTabOrder(m_columnsButton, m_status);
    setTabOrder(m_status, m_group);
    setTabOrder(m_group, m_supportPerson);
    setTabOrder(m_supportPerson, m_table);
    retranslate();
    updateState();
}

void CaseloadPage::setModel(CaseloadModel *model)
{
    m_model = model;
    m_filter->setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &CaseloadPage::fillFilterChoices);
        connect(model, &QAbstractItemModel::rowsInserted, this, &CaseloadPage::fillFilterChoices);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            // The header forgets hidden sections on a reset; fit the columns to what was loaded.
            applyColumns();
            // Back to the citizen who was shown before a lock (or the first one).
            if (m_model->rowOf(m_rememberedId) >= 0)
                selectCitizen(m_rememberedId);
            else if (m_filter->rowCount() > 0)
                m_table->setCurrentIndex(m_filter->index(0, 0));
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
            // A citizen just added becomes the current one.
            if (first >= 0 && first < m_model->rowCount() && m_model->rowCount() > 0)
                selectCitizen(m_model->rowAt(first).citizenId);
        });
        // A longer name, stone or amount widens its column (and a language switch changes them all).
        connect(model, &QAbstractItemModel::rowsInserted, this, &CaseloadPage::scheduleFit);
        connect(model, &QAbstractItemModel::dataChanged, this, &CaseloadPage::scheduleFit);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &CaseloadPage::scheduleFit);
    }
    fillFilterChoices();
    // Per-section modes need the columns to exist, so only now.
    applyColumns();
    updateState();
}

QStringList CaseloadPage::defaultColumnKeys()
{
    QStringList keys;
    for (int c : { CaseloadModel::NameColumn, CaseloadModel::StatusColumn, CaseloadModel::NextStoneColumn,
             CaseloadModel::FollowUpColumn, CaseloadModel::RemainingColumn })
        keys << CaseloadModel::columnKey(c);
    return keys;
}

QStringList CaseloadPage::visibleColumnKeys() const
{
    QStringList keys;
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
        if (m_visible.at(c))
            keys << CaseloadModel::columnKey(c);
    }
    return keys;
}

void CaseloadPage::setVisibleColumnKeys(const QStringList &keys)
{
    const QStringList chosen = keys.isEmpty() ? defaultColumnKeys() : keys;
    m_visible.fill(false);
    m_visible[CaseloadModel::NameColumn] = true;
    for (const QString &key : chosen) {
        const int column = CaseloadModel::columnForKey(key);
        if (column >= 0)
            m_visible[column] = true;
    }
    applyColumns();
}

bool CaseloadPage::isColumnVisible(int column) const
{
    return column >= 0 && column < m_visible.size() && m_visible.at(column);
}

void CaseloadPage::setColumnVisible(int column, bool visible)
{
    if (column <= CaseloadModel::NameColumn || column >= CaseloadModel::ColumnCount || m_visible.at(column) == visible)
        return; // the name is always shown
    m_visible[column] = visible;
    applyColumns();
    Q_EMIT visibleColumnsChanged(visibleColumnKeys());
}

void CaseloadPage::fillColumnsMenu()
{
    m_columnsMenu->clear();
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
        QAction *action = m_columnsMenu->addAction(CaseloadModel::columnTitle(c));
        action->setObjectName(QStringLiteral("column_") + CaseloadModel::columnKey(c));
        action->setCheckable(true);
        action->setChecked(m_visible.at(c));
        action->setEnabled(c != CaseloadModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
    m_columnsMenu->addSeparator();
    QAction *reset = m_columnsMenu->addAction(tr("Default columns"));
    reset->setObjectName(QStringLiteral("defaultColumns"));
    connect(reset, &QAction::triggered, this, [this] {
        setVisibleColumnKeys({});
        Q_EMIT visibleColumnsChanged(visibleColumnKeys());
    });
}

void CaseloadPage::applyColumns()
{
    // The menu's ticks follow the columns, however they changed.
    const auto actions = m_columnsMenu->actions();
    for (int c = 0; c < CaseloadModel::ColumnCount && c < actions.size(); ++c) {
        const QSignalBlocker blocker(actions.at(c));
        actions.at(c)->setChecked(m_visible.at(c));
    }
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() != CaseloadModel::ColumnCount)
        return; // no model yet: applied when it comes
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
        m_table->setColumnHidden(c, !m_visible.at(c));
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    }
    fitColumns();
}

void CaseloadPage::scheduleFit()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_fitPending) // not already done straight away
            fitColumns();
    });
}

void CaseloadPage::fitColumns()
{
    m_fitPending = false;
    QHeaderView *header = m_table->horizontalHeader();
    if (!m_model || header->count() != CaseloadModel::ColumnCount)
        return;
    // Qt measures the rows in view and resizeContentsPrecision() more.
    int width = 0;
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
        if (!m_visible.at(c))
            continue;
        if (c == CaseloadModel::NameColumn) {
            // QTableView hides it; QAbstractItemView's is public.
            m_nameWidth = qMax(
                static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(c), header->sectionSizeHint(c));
            width += m_nameWidth;
        } else {
            m_table->resizeColumnToContents(c);
            width += m_table->columnWidth(c);
            if (c == CaseloadModel::NextStoneColumn)
                m_stoneWidth = m_table->columnWidth(c);
        }
    }
    fitNameColumn();
    if (width != m_contentWidth) {
        m_contentWidth = width;
        updateGeometry();
    }
}

void CaseloadPage::fitNameColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() != CaseloadModel::ColumnCount || m_nameWidth <= 0)
        return;
    // The name takes the room the other columns leave. Narrowed, the next stepping stone (free text, with the
    // full text as tooltip) gives way first, then the name, down to about a first name; then the list scrolls.
    const bool stoneShown = !m_table->isColumnHidden(CaseloadModel::NextStoneColumn);
    int others = 0;
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
        if (c != CaseloadModel::NameColumn && !(stoneShown && c == CaseloadModel::NextStoneColumn)
            && !m_table->isColumnHidden(c))
            others += m_table->columnWidth(c);
    }
    const int chars = m_table->fontMetrics().averageCharWidth();
    const int available = m_table->viewport()->width() - others;
    const int nameFloor = qMin(m_nameWidth, qMax(header->sectionSizeHint(CaseloadModel::NameColumn), 10 * chars));
    int stone = 0;
    if (stoneShown) {
        const int stoneFloor
            = qMin(m_stoneWidth, qMax(header->sectionSizeHint(CaseloadModel::NextStoneColumn), 16 * chars));
        stone = qBound(stoneFloor, available - m_nameWidth, m_stoneWidth);
        m_table->setColumnWidth(CaseloadModel::NextStoneColumn, stone);
    }
    m_table->setColumnWidth(CaseloadModel::NameColumn, qMax(nameFloor, available - stone));
}

QSize CaseloadPage::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    if (m_contentWidth <= 0 || m_stack->currentWidget() != m_listPage)
        return hint;
    // The visible columns side by side, with the table's frame and scroll bar and the page's margins.
    const QMargins margins = layout()->contentsMargins();
    int width = m_contentWidth + 2 * m_table->frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table) + margins.left() + margins.right();
    hint.setWidth(qMax(minimumSizeHint().width(), width));
    return hint;
}

bool CaseloadPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterRow && event->type() == QEvent::Resize)
        arrangeFilters();
    else if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void CaseloadPage::arrangeFilters()
{
    const int spacing = qMax(0, m_filterGrid->horizontalSpacing());
    const int status = m_status->sizeHint().width();
    const int group = m_group->sizeHint().width();
    const int person = m_supportPerson->sizeHint().width();
    // Never narrower than two rows need, so no text is cut; one row when that fits.
    m_filterRow->setMinimumWidth(qMax(status + spacing + group, person));
    const int rows = m_filterRow->width() >= status + group + person + 2 * spacing ? 1 : 2;
    if (rows == m_filterRows)
        return;
    m_filterRows = rows;
    for (QComboBox *combo : { m_status, m_group, m_supportPerson })
        m_filterGrid->removeWidget(combo);
    m_filterGrid->addWidget(m_status, 0, 0);
    m_filterGrid->addWidget(m_group, 0, 1);
    if (rows == 1)
        m_filterGrid->addWidget(m_supportPerson, 0, 2);
    else
        m_filterGrid->addWidget(m_supportPerson, 1, 0, 1, 2);
    m_filterGrid->setColumnStretch(0, 1);
    m_filterGrid->setColumnStretch(1, 1);
    m_filterGrid->setColumnStretch(2, rows == 1 ? 1 : 0);
}

QString CaseloadPage::currentCitizenId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(CaseloadModel::CitizenIdRole).toString() : QString();
}

void CaseloadPage::setEditable(bool editable)
{
    m_addFirst->setEnabled(editable);
    m_settings->setEnabled(editable);
}

void CaseloadPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseloadPage::selectCitizen(const QString &citizenId)
{
    const int sourceRow = m_model ? m_model->rowOf(citizenId) : -1;
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_group->setCurrentIndex(0);
        m_supportPerson->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void CaseloadPage::setMunicipality(const QString &name)
{
    m_municipality = name;
    retranslate();
}

void CaseloadPage::fillFilterChoices()
{
    const QString current = m_supportPerson->currentData().toString();
    const QSignalBlocker blocker(m_supportPerson);
    while (m_supportPerson->count() > 1)
        m_supportPerson->removeItem(1);
    if (m_model) {
        const QStringList names = m_model->supportPersons();
        for (const QString &name : names)
            m_supportPerson->addItem(name, name);
    }
    m_supportPerson->setCurrentIndex(qMax(0, m_supportPerson->findData(current)));
    arrangeFilters();
}

void CaseloadPage::applyFilters()
{
    const QVariant status = m_status->currentData();
    m_filter->setStatus(status.isValid() ? std::optional(static_cast<CitizenStatus>(status.toInt())) : std::nullopt);
    const QVariant group = m_group->currentData();
    m_filter->setTargetGroup(group.isValid() ? std::optional(static_cast<TargetGroup>(group.toInt())) : std::nullopt);
    m_filter->setSupportPerson(m_supportPerson->currentData().toString());
    updateState();
}

void CaseloadPage::updateState()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_filter->rowCount();
    m_stack->setCurrentWidget(total == 0 ? m_emptyPage : m_listPage);
    if (m_lastHasCitizens != (total > 0)) {
        m_lastHasCitizens = total > 0;
        Q_EMIT hasCitizensChanged(total > 0);
    }
    if (!m_table->currentIndex().isValid() && !m_lastEmitted.isEmpty()) {
        m_lastEmitted.clear();
        Q_EMIT currentCitizenChanged(QString());
    }
    m_noMatch->setVisible(total > 0 && shown == 0);
    m_count->setText(shown == total ? tr("%n citizen(s)", nullptr, total)
                                    : tr("Showing %1 of %n citizen(s)", nullptr, total).arg(shown));
}

void CaseloadPage::retranslate()
{
    m_heading->setText(m_municipality.isEmpty() ? tr("Caseload") : tr("Caseload — %1").arg(m_municipality));
    m_emptyTitle->setText(tr("No citizens in this case file yet"));
    m_emptyText->setText(tr("Each citizen you support will be listed here with their long-term goals, the next "
                            "stepping stone and how much of the personal budget is used. Everything is kept "
                            "encrypted in this case file. Press Ctrl+L to lock it whenever you step away."));
    m_addFirst->setText(tr("&Add the first citizen…"));
    if (m_municipality.isEmpty()) {
        m_municipalityHint->setText(tr("Start by adding the first citizen, and enter your municipality's name: "
                                       "it is printed at the top of plans and budget statements."));
        m_settings->setText(tr("Enter &municipality…"));
    } else {
        m_municipalityHint->setText(
            tr("Plans and statements from this case file are printed for %1.").arg(m_municipality));
        m_settings->setText(tr("Case file &settings…"));
    }
    m_search->setPlaceholderText(tr("Search names, households and goals (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the caseload"));
    m_noMatch->setText(tr("No citizen matches the search and filters. Clear the search field or choose "
                          "\"All\" in the filters."));

    const QSignalBlocker b1(m_status);
    const QSignalBlocker b2(m_group);
    const QSignalBlocker b3(m_supportPerson);
    const int status = qMax(0, m_status->currentIndex());
    m_status->clear();
    m_status->addItem(tr("All statuses"));
    m_status->addItem(DomainText::citizenStatus(CitizenStatus::Active), static_cast<int>(CitizenStatus::Active));
    m_status->addItem(DomainText::citizenStatus(CitizenStatus::Closed), static_cast<int>(CitizenStatus::Closed));
    m_status->setCurrentIndex(status);
    m_status->setAccessibleName(tr("Filter by status"));
    const int group = qMax(0, m_group->currentIndex());
    m_group->clear();
    m_group->addItem(tr("All target groups"));
    for (TargetGroup g : allTargetGroups())
        m_group->addItem(DomainText::targetGroup(g), static_cast<int>(g));
    m_group->setCurrentIndex(group);
    m_group->setAccessibleName(tr("Filter by target group"));
    if (m_supportPerson->count() == 0)
        m_supportPerson->addItem(QString());
    m_supportPerson->setItemText(0, tr("All support persons"));
    m_supportPerson->setAccessibleName(tr("Filter by support person"));
    m_table->setAccessibleName(tr("Caseload"));
    m_columnsButton->setText(tr("Columns…"));
    m_columnsButton->setToolTip(tr("Choose the columns of the caseload list (or right-click the list's header)"));
    m_columnsButton->setAccessibleName(tr("Choose columns"));
    m_columnsMenu->setTitle(tr("Columns"));
    const auto actions = m_columnsMenu->actions();
    for (int c = 0; c < CaseloadModel::ColumnCount && c < actions.size(); ++c)
        actions.at(c)->setText(CaseloadModel::columnTitle(c));
    if (QAction *reset = m_columnsMenu->findChild<QAction *>(QStringLiteral("defaultColumns")))
        reset->setText(tr("Default columns"));
    arrangeFilters();
    updateState();
    // The model's texts follow the language too (dates, amounts, statuses): measure them again now.
    if (m_model) {
        m_model->retranslate();
        fitColumns();
    }
}

void CaseloadPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
