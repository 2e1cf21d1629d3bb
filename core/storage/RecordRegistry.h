#pragma once

#include "storage/RecordKind.h"

#include <QList>
#include <QVariantMap>

namespace Traedesten::Storage {

/// One stored record, kind-independent: its table's values by column name.
struct RecordRow
{
    const KindInfo *kind = nullptr;
    QString id;
    QVariantMap values;
};

/// A record that changed after a given point in the audit log.
struct ChangedRecord
{
    const KindInfo *kind = nullptr;
    QString id;
    qint64 seq = 0; ///< the audit sequence of its latest change
    bool deleted = false; ///< its latest change deleted it
};

/**
 * Every kind of record the case file holds, for the work that treats them all alike: an access export or
 * an erasure (everything of one citizen), a backup check, synchronisation (everything changed since).
 * All functions run inside the caller's CaseFile::read() or write() and throw SqliteError.
 */
class RecordRegistry
{
public:
    /// Every kind, parents before children.
    static const QList<const KindInfo *> &kinds();
    static const KindInfo *byType(EntityType type);
    /// The kind the audit log names @p auditName, or nullptr (file events, settings).
    static const KindInfo *byAuditName(const QString &auditName);

    /// Every record that belongs to the citizen, with its children (goals and their stepping stones, the
    /// budget and its entries…), parents first. Shared records (households, the catalogues) are not included.
    static QList<RecordRow> recordsOfCitizen(Database &db, const QString &citizenId);
    /// The record @p id of @p kind as stored, or an empty row.
    static RecordRow record(Database &db, const KindInfo &kind, const QString &id);
    /// Every record created, changed or deleted after audit sequence @p seq, once each, oldest change first.
    static QList<ChangedRecord> changedSince(Database &db, qint64 seq);
};

} // namespace Traedesten::Storage
