#include "GoalTreeModel.h"

#include "DomainText.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace Traedesten::Ui {

using namespace Domain;

namespace {
const QString MimeType = QStringLiteral("application/x-traedesten-goal-item");

QStringList idsOf(const QList<Storage::GoalWithStones> &goals)
{
    QStringList ids;
    for (const auto &g : goals)
        ids << g.goal.id;
    return ids;
}

QStringList idsOf(const QList<SteppingStone> &stones)
{
    QStringList ids;
    for (const auto &s : stones)
        ids << s.id;
    return ids;
}
} // namespace

GoalTreeModel::GoalTreeModel(QObject *parent)
    : TwoLevelTreeModel(parent)
{ }

void GoalTreeModel::setGoals(QList<Storage::GoalWithStones> goals, QHash<QString, qint64> spentByStone,
    QHash<QString, qint64> spentByGoal, Currency currency)
{
    beginResetModel();
    m_goals = std::move(goals);
    m_spentByStone = std::move(spentByStone);
    m_spentByGoal = std::move(spentByGoal);
    m_currency = currency;
    endResetModel();
}

QModelIndex GoalTreeModel::indexOf(const QString &id) const
{
    for (int g = 0; g < m_goals.size(); ++g) {
        if (m_goals.at(g).goal.id == id)
            return index(g, 0);
        const auto &stones = m_goals.at(g).stones;
        for (int s = 0; s < stones.size(); ++s) {
            if (stones.at(s).id == id)
                return index(s, 0, index(g, 0));
        }
    }
    return {};
}

const Storage::GoalWithStones *GoalTreeModel::goalAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype row = groupRow(index);
    return row < m_goals.size() ? &m_goals.at(row) : nullptr;
}

const SteppingStone *GoalTreeModel::stoneAt(const QModelIndex &index) const
{
    if (!index.isValid() || isGroup(index))
        return nullptr;
    const auto *goal = goalAt(index);
    return goal && index.row() < goal->stones.size() ? &goal->stones.at(index.row()) : nullptr;
}

int GoalTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GoalTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Storage::GoalWithStones *goal = goalAt(index);
    if (!goal)
        return {};
    const SteppingStone *stone = stoneAt(index);
    switch (role) {
    case IdRole:
        return stone ? stone->id : goal->goal.id;
    case IsGoalRole:
        return stone == nullptr;
    case GoalIdRole:
        return goal->goal.id;
    case Qt::FontRole:
        if (!stone && index.column() == TitleColumn) {
            // The citizen's own words are the heart of the plan: shown larger.
            QFont font;
            font.setPointSizeF(font.pointSizeF() * 1.15);
            font.setBold(true);
            return font;
        }
        if (stone && stone->status == StoneStatus::Dropped) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // An open stepping stone past its due date stands out.
        if (stone && index.column() == DueColumn && stone->dueDate.isValid() && stone->dueDate < QDate::currentDate()
            && stone->status != StoneStatus::Done && stone->status != StoneStatus::Dropped)
            return QColor(0xb7, 0x1c, 0x1c);
        return {};
    case Qt::ToolTipRole:
        if (!stone && index.column() == TitleColumn)
            return tr("In the citizen's own words (%1)").arg(DomainText::goalCategory(goal->goal.category));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SpentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    if (index.column() == SpentColumn) {
        const qint64 spent = stone ? m_spentByStone.value(stone->id) : m_spentByGoal.value(goal->goal.id);
        return spent == 0 ? QString() : Money::fromMinor(spent, m_currency).format(QLocale());
    }
    if (!stone) {
        switch (index.column()) {
        case TitleColumn:
            return QStringLiteral("“%1”").arg(goal->goal.ownWords);
        case StatusColumn: {
            int done = 0;
            int counted = 0;
            for (const SteppingStone &s : goal->stones) {
                if (s.status == StoneStatus::Dropped)
                    continue;
                ++counted;
                done += s.status == StoneStatus::Done ? 1 : 0;
            }
            return tr("%1 · %2 of %3 done", "goal status · stepping stones done of total")
                .arg(DomainText::goalStatus(goal->goal.status))
                .arg(done)
                .arg(counted);
        }
        case DueColumn:
            return DomainText::goalCategory(goal->goal.category);
        }
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return stone->title;
    case StatusColumn:
        return DomainText::stoneStatus(stone->status);
    case DueColumn:
        return DomainText::shortDate(stone->dueDate);
    }
    return {};
}

QVariant GoalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Long-term goal / stepping stone");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due / category");
    case SpentColumn:
        return tr("Spent");
    }
    return {};
}

Qt::ItemFlags GoalTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (isGroup(index))
        f |= Qt::ItemIsDropEnabled; // stones dropped on their goal; goals dropped between goals
    return f;
}

Qt::DropActions GoalTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList GoalTreeModel::mimeTypes() const
{
    return { MimeType };
}

QMimeData *GoalTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(MimeType, indexes.first().data(IdRole).toString().toUtf8());
    return data;
}

QString GoalTreeModel::draggedId(const QMimeData *data) const
{
    return data && data->hasFormat(MimeType) ? QString::fromUtf8(data->data(MimeType)) : QString();
}

bool GoalTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const QModelIndex dragged = indexOf(draggedId(data));
    if (!dragged.isValid())
        return false;
    if (isGroup(dragged))
        return !parent.isValid(); // a goal moves among the goals
    // A stone moves within its own goal: dropped between its siblings, or onto its goal (last).
    Q_UNUSED(row)
    return isGroup(parent) && parent.row() == dragged.parent().row();
}

QStringList GoalTreeModel::orderAfterMove(const QString &id, int newRow) const
{
    const QModelIndex dragged = indexOf(id);
    if (!dragged.isValid())
        return {};
    QStringList ids = isGroup(dragged) ? idsOf(m_goals) : idsOf(goalAt(dragged)->stones);
    const int from = dragged.row();
    int to = newRow < 0 || newRow > ids.size() ? int(ids.size()) : newRow;
    ids.removeAt(from);
    if (to > from)
        --to; // the row the item left shifted the rows below it up
    ids.insert(to, id);
    return ids;
}

bool GoalTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = draggedId(data);
    const QModelIndex dragged = indexOf(id);
    const bool isGoal = isGroup(dragged);
    const QStringList before = isGoal ? idsOf(m_goals) : idsOf(goalAt(dragged)->stones);
    const QStringList after = orderAfterMove(id, row);
    if (after == before)
        return false;
    const QString parentId = isGoal ? m_goals.first().goal.citizenId : goalAt(dragged)->goal.id;
    // The page stores the order and this model is reloaded from the file; returning
    // false keeps the view from removing the dragged row itself.
    Q_EMIT reorderRequested(isGoal, parentId, before, after);
    return false;
}

} // namespace Traedesten::Ui
