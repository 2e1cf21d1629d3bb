#pragma once

#include "storage/SyncStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace Traedesten::Ui {

/**
 * The open team-server conflicts of the case file (SyncStore::conflicts()), oldest first: whose case, which
 * record and field, who changed it on the server and when, and the choice made here, if any. Read whole at
 * each refresh (there are few); data() never touches the file.
 */
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CaseColumn, RecordColumn, FieldColumn, WhoColumn, ChoiceColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ConflictModel(QObject *parent = nullptr);

    /// Replaces the list, keeping rows whose conflicts stay (a reset only when conflicts come or go).
    void setConflicts(const QList<Storage::SyncConflict> &conflicts);
    const Storage::SyncConflict *conflictAt(int row) const;
    /// The row of conflict @p id, or -1.
    int rowOf(qint64 id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Storage::SyncConflict> m_conflicts;
};

} // namespace Traedesten::Ui
