#pragma once

#include <QAbstractItemModel>

namespace Traedesten::Ui {

/**
 * The index plumbing of a tree two levels deep: groups at the top (goals,
 * departments) and their items under them (stepping stones, interventions).
 * A group's index carries internal id 0, an item's the group row + 1.
 */
class TwoLevelTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    virtual int groupCount() const = 0;
    virtual int itemCount(int group) const = 0;

    /// Whether @p index is a group (top-level) row.
    static bool isGroup(const QModelIndex &index) { return index.isValid() && index.internalId() == 0; }
    /// The group row of @p index: its own row for a group, its parent's for an item.
    static int groupRow(const QModelIndex &index) { return isGroup(index) ? index.row() : int(index.internalId() - 1); }
};

} // namespace Traedesten::Ui
