#include "NoteModel.h"

#include "DomainText.h"

namespace Traedesten::Ui {

using namespace Domain;

NoteModel::NoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void NoteModel::setNotes(QList<Note> notes)
{
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
}

const Note *NoteModel::noteAt(int row) const
{
    return row >= 0 && row < m_notes.size() ? &m_notes.at(row) : nullptr;
}

int NoteModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_notes.size(); ++i) {
        if (m_notes.at(i).id == id)
            return i;
    }
    return -1;
}

int NoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    const Note *n = index.isValid() ? noteAt(index.row()) : nullptr;
    if (!n)
        return {};
    if (role == IdRole)
        return n->id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return DomainText::shortDate(n->date);
    case PlaceColumn:
        return n->place;
    case ParticipantsColumn:
        return n->participants;
    case TextColumn:
        // The first line only: the whole note is shown below the list.
        return n->text.section(QLatin1Char('\n'), 0, 0).left(200);
    }
    return {};
}

QVariant NoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PlaceColumn:
        return tr("Place");
    case ParticipantsColumn:
        return tr("Participants");
    case TextColumn:
        return tr("Note");
    }
    return {};
}

} // namespace Traedesten::Ui
