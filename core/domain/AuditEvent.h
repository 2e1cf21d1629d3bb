#pragma once

#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

/// What an audit event records. Stored by name, so the order may change.
enum class AuditAction {
    FileCreated,
    FileOpened,
    FileUnlocked,
    FileLocked,
    SettingChanged,
    Printed,
    Exported,
    RecordCreated,
    RecordUpdated,
    RecordDeleted,
    RecordsReordered,
};

QString auditActionName(AuditAction action);

/**
 * One append-only line of the access and change log: who did what to which
 * record, never the sensitive content itself.
 */
struct AuditEvent
{
    QString id; ///< UUID
    QDateTime at; ///< UTC
    QString actor;
    QString action; ///< auditActionName()
    QString entityType;
    QString entityId; ///< UUID or setting key; empty when not about one record
    QString citizenId; ///< UUID of the citizen concerned, if any
};

} // namespace Traedesten::Domain
