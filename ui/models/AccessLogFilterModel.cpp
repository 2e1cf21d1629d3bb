#include "AccessLogFilterModel.h"

#include "AccessLogModel.h"

namespace Traedesten::Ui {

AccessLogFilterModel::AccessLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void AccessLogFilterModel::setCategory(std::optional<AuditText::Category> category)
{
    m_category = category;
    invalidateFilter();
}

void AccessLogFilterModel::setActor(const QString &actor)
{
    m_actor = actor;
    invalidateFilter();
}

void AccessLogFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void AccessLogFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool AccessLogFilterModel::isFiltering() const
{
    return m_category || !m_actor.isEmpty() || !m_text.isEmpty() || m_from.isValid() || m_to.isValid();
}

bool AccessLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category && index.data(AccessLogModel::CategoryRole).toInt() != static_cast<int>(*m_category))
        return false;
    if (!m_actor.isEmpty()
        && sourceModel()->index(sourceRow, AccessLogModel::ActorColumn, sourceParent).data().toString() != m_actor)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = index.data(AccessLogModel::AtRole).toDateTime().toLocalTime().date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : { AccessLogModel::ActorColumn, AccessLogModel::WhatColumn }) {
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
