#include "ConflictModel.h"

#include "ConflictText.h"
#include "DomainText.h"

#include <QLocale>

namespace Traedesten::Ui {

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConflictModel::setConflicts(const QList<Storage::SyncConflict> &conflicts)
{
    bool sameRows = conflicts.size() == m_conflicts.size();
    for (qsizetype i = 0; sameRows && i < conflicts.size(); ++i)
        sameRows = conflicts.at(i).id == m_conflicts.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_conflicts = conflicts;
        endResetModel();
        return;
    }
    m_conflicts = conflicts;
    if (!m_conflicts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Storage::SyncConflict *ConflictModel::conflictAt(int row) const
{
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

int ConflictModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
        if (m_conflicts.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void ConflictModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_conflicts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    const Storage::SyncConflict *c = index.isValid() ? conflictAt(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == IdRole)
        return c->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CaseColumn:
        return c->caseName.isEmpty() ? tr("(not in this file)") : c->caseName;
    case RecordColumn:
        return c->title.isEmpty()
            ? ConflictText::kindName(c->kind)
            : tr("%1: %2", "kind of record: its title").arg(ConflictText::kindName(c->kind), c->title);
    case FieldColumn:
        return ConflictText::fieldName(c->kind, c->field);
    case WhoColumn:
        return tr("%1, %2", "who, when").arg(c->who, QLocale().toString(c->at.toLocalTime(), QLocale::ShortFormat));
    case ChoiceColumn:
        return c->resolution ? tr("%1 (sent at the next synchronisation)").arg(ConflictText::resolutionText(*c))
                             : tr("Not resolved");
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseColumn:
        return tr("Citizen or household");
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case WhoColumn:
        return tr("Changed on the server by");
    case ChoiceColumn:
        return tr("Your choice");
    default:
        return {};
    }
}

} // namespace Traedesten::Ui
