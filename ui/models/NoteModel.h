#pragma once

#include "domain/Note.h"

#include <QAbstractTableModel>
#include <QList>

namespace Traedesten::Ui {

/// A citizen's journal notes, newest first, from one query; data() never touches the file.
class NoteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, PlaceColumn, ParticipantsColumn, TextColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit NoteModel(QObject *parent = nullptr);

    void setNotes(QList<Domain::Note> notes);
    const Domain::Note *noteAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Domain::Note> m_notes;
};

} // namespace Traedesten::Ui
