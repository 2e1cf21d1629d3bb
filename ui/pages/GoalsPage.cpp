#include "GoalsPage.h"

#include "CaseEditor.h"
#include "commands/RecordStores.h"
#include "commands/ReorderCommand.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/StoneDialog.h"
#include "models/GoalTreeModel.h"
#include "storage/Caseload.h"
#include "widgets/FlowLayout.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

GoalsPage::GoalsPage(CaseEditor *editor, QWidget *parent)
    : CitizenPage(editor, parent)
    , m_model(new GoalTreeModel(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_emptyAdd(new QPushButton(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("goalsPage"));
    m_tree->setObjectName(QStringLiteral("goalTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(GoalTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(GoalTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(GoalTreeModel::DueColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(GoalTreeModel::SpentColumn, QHeaderView::ResizeToContents);
    m_hint->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    const auto make = [this](const char *name, QKeySequence key = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        addAction(a);
        return a;
    };
    // Their keys (Ctrl+Shift+G, Insert) belong to the main window: they work from anywhere in it.
    m_newGoal = make("newGoal");
    m_newStone = make("newStone");
    m_edit = make("editGoalItem");
    m_up = make("moveUp", QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down = make("moveDown", QKeySequence(Qt::ALT | Qt::Key_Down));
    m_inProgress = make("markInProgress");
    m_done = make("markDone", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_drop = make("markDropped");
    m_remove = make("removeGoalItem", QKeySequence::Delete);

    // Push buttons rather than tool buttons: a tool button drops the action's Alt+letter.
    auto *buttons = new FlowLayout; // wraps rather than widening the window
    const auto addButton = [this, buttons](QAction *a) {
        auto *b = new QPushButton(this);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, b, [a, b] {
            b->setText(a->text());
            b->setToolTip(a->toolTip());
            b->setEnabled(a->isEnabled());
        });
        buttons->addWidget(b);
    };
    for (QAction *a : { m_newGoal, m_newStone, m_edit })
        addButton(a);
    for (QAction *a : { m_up, m_down, m_inProgress, m_done, m_drop, m_remove })
        addButton(a);
    buttons->addStretch();

    QWidget *emptyPage = makeEmptyState(m_empty, m_emptyAdd);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_hint);

    connect(m_newGoal, &QAction::triggered, this, &GoalsPage::newGoal);
    connect(m_emptyAdd, &QPushButton::clicked, this, &GoalsPage::newGoal);
    connect(m_newStone, &QAction::triggered, this, &GoalsPage::newStone);
    connect(m_edit, &QAction::triggered, this, &GoalsPage::editCurrent);
    connect(m_tree, &QTreeView::activated, this, &GoalsPage::editCurrent);
    connect(m_up, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_inProgress, &QAction::triggered, this,
        [this] { setCurrentStoneStatus(static_cast<int>(StoneStatus::InProgress)); });
    connect(m_done, &QAction::triggered, this, [this] { setCurrentStoneStatus(static_cast<int>(StoneStatus::Done)); });
    connect(
        m_drop, &QAction::triggered, this, [this] { setCurrentStoneStatus(static_cast<int>(StoneStatus::Dropped)); });
    connect(m_remove, &QAction::triggered, this, &GoalsPage::removeCurrent);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &GoalsPage::updateActions);
    // Queued: the drop event must finish before the model is reloaded under the view.
    connect(m_model, &GoalTreeModel::reorderRequested, this, &GoalsPage::reorder, Qt::QueuedConnection);

    retranslate();
    reload();
}

QString GoalsPage::currentId() const
{
    return m_tree->currentIndex().data(GoalTreeModel::IdRole).toString();
}

void GoalsPage::selectId(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void GoalsPage::reload()
{
    const QString current = m_selectAfterReload.isEmpty() ? currentId() : m_selectAfterReload;
    m_selectAfterReload.clear();
    Storage::Caseload *c = caseload();
    if (!c || citizenId().isEmpty())
        m_model->setGoals({});
    else {
        // With what the personal budget has spent on each stepping stone and goal.
        Storage::BudgetSummary spent;
        Currency currency = Currency::DKK;
        if (auto budget = c->budgets().budgetOf(citizenId()).value_or(std::nullopt)) {
            spent = c->budgets().summary(budget->id).value_or(Storage::BudgetSummary {});
            currency = budget->currency;
        }
        m_model->setGoals(c->goals().goalsOf(citizenId()).value_or({}), spent.usedByStone, spent.usedByGoal, currency);
    }
    m_tree->expandAll();
    if (!current.isEmpty())
        selectId(current);
    if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    updateActions();
}

void GoalsPage::updateActions()
{
    const bool open = caseload() && !citizenId().isEmpty();
    const QModelIndex current = m_tree->currentIndex();
    const bool any = open && current.isValid();
    const bool isStone = any && m_model->stoneAt(current);
    m_newGoal->setEnabled(open);
    m_emptyAdd->setEnabled(open);
    m_newStone->setEnabled(any);
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    const int rows = any ? m_model->rowCount(current.parent()) : 0;
    m_up->setEnabled(any && current.row() > 0);
    m_down->setEnabled(any && current.row() < rows - 1);
    for (QAction *a : { m_inProgress, m_done, m_drop })
        a->setEnabled(isStone);
}

void GoalsPage::newGoal()
{
    if (!caseload() || citizenId().isEmpty())
        return;
    Goal goal;
    goal.citizenId = citizenId();
    auto *dialog = new GoalDialog(
        goal,
        [this](const Goal &g) -> Status {
            auto command = std::make_unique<GoalCommand>(*caseload(), std::nullopt, Storage::GoalWithStones { g, {} },
                tr("add long-term goal"), editor()->errorHandler());
            auto *raw = command.get();
            if (Status s = editor()->run(std::move(command)); !s)
                return s;
            m_selectAfterReload = raw->record().goal.id;
            selectId(m_selectAfterReload);
            m_selectAfterReload.clear();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GoalsPage::newStone()
{
    const Storage::GoalWithStones *goal = m_model->goalAt(m_tree->currentIndex());
    if (!caseload() || !goal)
        return;
    SteppingStone stone;
    stone.goalId = goal->goal.id;
    auto *dialog = new StoneDialog(
        stone, goal->goal.ownWords,
        [this](const SteppingStone &st) -> Status {
            auto command = std::make_unique<StoneCommand>(
                *caseload(), std::nullopt, st, tr("add stepping stone"), editor()->errorHandler());
            auto *raw = command.get();
            if (Status s = editor()->run(std::move(command)); !s)
                return s;
            selectId(raw->record().id);
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GoalsPage::editCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const Storage::GoalWithStones *goal = m_model->goalAt(current);
    if (!caseload() || !goal)
        return;
    QDialog *dialog = nullptr;
    if (const SteppingStone *stone = m_model->stoneAt(current)) {
        dialog = new StoneDialog(
            *stone, goal->goal.ownWords,
            [this, before = *stone](const SteppingStone &after) -> Status {
                if (after == before)
                    return {};
                return editor()->run(std::make_unique<StoneCommand>(
                    *caseload(), before, after, tr("edit stepping stone"), editor()->errorHandler()));
            },
            this);
    } else {
        dialog = new GoalDialog(
            goal->goal,
            [this, before = *goal](const Goal &g) -> Status {
                if (g == before.goal)
                    return {};
                return editor()->run(std::make_unique<GoalCommand>(*caseload(), before,
                    Storage::GoalWithStones { g, before.stones }, tr("edit long-term goal"), editor()->errorHandler()));
            },
            this);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GoalsPage::moveCurrent(int delta)
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const int target = current.row() + delta;
    if (target < 0 || target >= m_model->rowCount(current.parent()))
        return;
    const QString id = current.data(GoalTreeModel::IdRole).toString();
    const bool isGoal = current.data(GoalTreeModel::IsGoalRole).toBool();
    QStringList before;
    for (int r = 0; r < m_model->rowCount(current.parent()); ++r)
        before << m_model->index(r, 0, current.parent()).data(GoalTreeModel::IdRole).toString();
    // orderAfterMove() counts rows as drop positions: below the current row is one further.
    const QStringList after = m_model->orderAfterMove(id, delta > 0 ? target + 1 : target);
    const QString parentId = isGoal ? citizenId() : m_model->goalAt(current)->goal.id;
    m_selectAfterReload = id;
    reorder(isGoal, parentId, before, after);
}

void GoalsPage::reorder(bool goals, const QString &parentId, const QStringList &before, const QStringList &after)
{
    if (!caseload() || before == after)
        return;
    if (m_selectAfterReload.isEmpty()) {
        // After a drag, keep the dragged item current: it is the one whose place changed most.
        for (int i = 0; i < after.size(); ++i) {
            if (after.at(i) != before.value(i)) {
                m_selectAfterReload = before.indexOf(after.at(i)) > i ? after.at(i) : before.value(i);
                break;
            }
        }
    }
    editor()->runOrReport(std::make_unique<ReorderCommand>(*caseload(),
        goals ? ReorderCommand::Kind::Goals : ReorderCommand::Kind::SteppingStones, parentId, before, after,
        goals ? tr("reorder long-term goals") : tr("reorder stepping stones"), editor()->errorHandler()));
    m_selectAfterReload.clear();
}

void GoalsPage::setCurrentStoneStatus(int status)
{
    const SteppingStone *stone = m_model->stoneAt(m_tree->currentIndex());
    if (!caseload() || !stone || stone->status == static_cast<StoneStatus>(status))
        return;
    SteppingStone after = *stone;
    after.status = static_cast<StoneStatus>(status);
    QString text;
    switch (after.status) {
    case StoneStatus::Done:
        text = tr("complete stepping stone");
        break;
    case StoneStatus::Dropped:
        text = tr("drop stepping stone");
        break;
    default:
        text = tr("change stepping stone status");
        break;
    }
    editor()->runOrReport(std::make_unique<StoneCommand>(*caseload(), *stone, after, text, editor()->errorHandler()));
}

void GoalsPage::removeCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const Storage::GoalWithStones *goal = m_model->goalAt(current);
    if (!caseload() || !goal)
        return;
    // Copies: the model is reloaded if the file locks while the question is open.
    const Storage::GoalWithStones goalCopy = *goal;
    const std::optional<SteppingStone> stone
        = m_model->stoneAt(current) ? std::optional(*m_model->stoneAt(current)) : std::nullopt;
    const QString question = stone
        ? tr("Delete the stepping stone “%1”?").arg(stone->title)
        : tr("Delete the long-term goal “%1” and its %n stepping stone(s)?", nullptr, int(goalCopy.stones.size()))
              .arg(goalCopy.goal.ownWords);
    if (!confirm(tr("Delete"), question, tr("&Delete")))
        return;
    if (stone) {
        editor()->runOrReport(std::make_unique<StoneCommand>(
            *caseload(), *stone, std::nullopt, tr("delete stepping stone"), editor()->errorHandler()));
    } else {
        editor()->runOrReport(std::make_unique<GoalCommand>(
            *caseload(), goalCopy, std::nullopt, tr("delete long-term goal"), editor()->errorHandler()));
    }
}

void GoalsPage::retranslate()
{
    m_newGoal->setText(tr("&Add goal…"));
    m_newGoal->setToolTip(tr("New long-term goal, in the citizen's own words (Ctrl+Shift+G)"));
    m_newStone->setText(tr("Add stepping s&tone…"));
    m_newStone->setToolTip(tr("New stepping stone toward the selected goal (Insert)"));
    m_edit->setText(tr("Ed&it…"));
    m_up->setText(tr("Move &up"));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_down->setText(tr("Move do&wn"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    m_inProgress->setText(tr("In p&rogress"));
    m_done->setText(tr("&Done"));
    m_done->setToolTip(tr("Mark the stepping stone done (Ctrl+D)"));
    m_drop->setText(tr("Dro&p"));
    m_drop->setToolTip(tr("The citizen no longer wants this stepping stone"));
    m_remove->setText(tr("Delete…"));
    m_remove->setToolTip(tr("Delete the selected goal or stepping stone (Del)"));
    m_emptyAdd->setText(tr("Write the first goal…"));
    m_empty->setText(tr("No long-term goals yet.\nStart from the citizen's own dreams and hopes: write a goal in "
                        "their own words, then the stepping stones on the way."));
    m_hint->setText(tr("Drag to reorder, or use Alt+Up and Alt+Down. Double-click or press Enter to edit."));
    m_tree->setAccessibleName(tr("Long-term goals and stepping stones"));
}

} // namespace Traedesten::Ui
