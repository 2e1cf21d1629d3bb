#pragma once

#include "TwoLevelTreeModel.h"
#include "domain/Money.h"
#include "storage/GoalRepository.h"

#include <QHash>

namespace Traedesten::Ui {

/**
 * A citizen's long-term goals with their stepping stones as children. Filled
 * from one GoalRepository::goalsOf() call; data() never touches the file.
 * Stepping stones can be dragged within their goal and goals among goals:
 * the model does not write, it asks for the new order with reorderRequested().
 */
class GoalTreeModel : public TwoLevelTreeModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, DueColumn, SpentColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        IsGoalRole, ///< true for a long-term goal, false for a stepping stone
        GoalIdRole, ///< the goal itself, or the stone's goal
    };

    explicit GoalTreeModel(QObject *parent = nullptr);

    /// @p spentByStone / @p spentByGoal: what the personal budget has used on each (empty: no budget).
    void setGoals(QList<Storage::GoalWithStones> goals, QHash<QString, qint64> spentByStone = {},
        QHash<QString, qint64> spentByGoal = {}, Domain::Currency currency = Domain::Currency::DKK);
    const QList<Storage::GoalWithStones> &goals() const { return m_goals; }

    /// Index of the goal or stepping stone @p id (column 0), or invalid.
    QModelIndex indexOf(const QString &id) const;
    /// The goal at @p index, or its stone's goal.
    const Storage::GoalWithStones *goalAt(const QModelIndex &index) const;
    /// The stepping stone at @p index, or nullptr for a goal.
    const Domain::SteppingStone *stoneAt(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    /// The order the user gave by dragging: @p parentId is the citizen (goals) or the goal (stones).
    QStringList orderAfterMove(const QString &id, int newRow) const;

Q_SIGNALS:
    void reorderRequested(bool goals, const QString &parentId, const QStringList &before, const QStringList &after);

protected:
    int groupCount() const override { return int(m_goals.size()); }
    int itemCount(int group) const override { return int(m_goals.at(group).stones.size()); }

private:
    QString draggedId(const QMimeData *data) const;

    QList<Storage::GoalWithStones> m_goals;
    QHash<QString, qint64> m_spentByStone;
    QHash<QString, qint64> m_spentByGoal;
    Domain::Currency m_currency = Domain::Currency::DKK;
};

} // namespace Traedesten::Ui
