#include "LedgerFilterModel.h"

#include "LedgerModel.h"

namespace Traedesten::Ui {

LedgerFilterModel::LedgerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LedgerModel::SortRole);
}

void LedgerFilterModel::setState(std::optional<Domain::EntryState> state)
{
    m_state = state;
    invalidateFilter();
}

void LedgerFilterModel::setKind(std::optional<Domain::EntryKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void LedgerFilterModel::setCategoryId(std::optional<QString> categoryId)
{
    m_categoryId = std::move(categoryId);
    invalidateFilter();
}

void LedgerFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool LedgerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(LedgerModel::StateRole).toInt() != static_cast<int>(*m_state))
        return false;
    if (m_kind && index.data(LedgerModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    if (m_categoryId && index.data(LedgerModel::CategoryIdRole).toString() != *m_categoryId)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : { LedgerModel::DescriptionColumn, LedgerModel::PayeeColumn, LedgerModel::StoneColumn }) {
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Traedesten::Ui
