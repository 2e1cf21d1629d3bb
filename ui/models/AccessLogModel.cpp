#include "AccessLogModel.h"

#include "AuditText.h"

#include <algorithm>

namespace Traedesten::Ui {

AccessLogModel::AccessLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AccessLogModel::setEvents(const QList<Domain::AuditEvent> &events)
{
    beginResetModel();
    m_events = events;
    std::reverse(m_events.begin(), m_events.end());
    endResetModel();
}

const Domain::AuditEvent *AccessLogModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

QStringList AccessLogModel::actors() const
{
    QStringList names;
    for (const Domain::AuditEvent &e : m_events) {
        if (!names.contains(e.actor))
            names << e.actor;
    }
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}

void AccessLogModel::retranslate()
{
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::AuditEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return AuditText::time(e.at);
        case ActorColumn:
            return e.actor;
        case WhatColumn:
            return AuditText::describe(e);
        }
        return {};
    case AtRole:
        return e.at;
    case CategoryRole:
        return static_cast<int>(AuditText::category(e.action));
    case ActionRole:
        return e.action;
    }
    return {};
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    }
    return {};
}

} // namespace Traedesten::Ui
