#pragma once

#include "domain/AuditEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace Traedesten::Ui {

/**
 * A citizen's access log (CaseFile::auditEventsOfCitizen()), newest first: when, who and what in
 * words (AuditText) in the program's language. Read once; data() never touches the file.
 */
class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ActorColumn, WhatColumn, ColumnCount };
    enum Role {
        AtRole = Qt::UserRole + 1, ///< QDateTime, UTC
        CategoryRole, ///< int, AuditText::Category
        ActionRole, ///< the stored action code
    };

    explicit AccessLogModel(QObject *parent = nullptr);

    /// @p events oldest first, as the core returns them; shown newest first.
    void setEvents(const QList<Domain::AuditEvent> &events);
    const Domain::AuditEvent *eventAt(int row) const;
    /// Everyone who appears in the log, sorted.
    QStringList actors() const;
    /// Tells the views that every text changed (after a language switch).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Domain::AuditEvent> m_events; ///< newest first
};

} // namespace Traedesten::Ui
