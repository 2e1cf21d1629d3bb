#include "TwoLevelTreeModel.h"

namespace Traedesten::Ui {

QModelIndex TwoLevelTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TwoLevelTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isGroup(child))
        return {};
    return createIndex(groupRow(child), 0, quintptr(0));
}

int TwoLevelTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount();
    if (parent.column() != 0 || !isGroup(parent))
        return 0;
    return itemCount(parent.row());
}

} // namespace Traedesten::Ui
