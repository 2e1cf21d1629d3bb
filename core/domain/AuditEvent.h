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
    CitizenViewed, ///< a citizen's pages were opened (at most once per citizen per unlock)
    BackedUp, ///< a verified backup of the whole file was made
    Restored, ///< the file was restored from a backup
    PassphraseChanged,
    CitizenErased, ///< a closed case was erased (GDPR art. 17); the event keeps only the citizen's UUID
    AccessExported, ///< a citizen's access export (GDPR art. 15) was written
    LogExported, ///< the whole file's audit log was exported
    RecordReceived, ///< a record was created, changed or deleted here by a colleague's change from the team server
    CaseWithdrawn, ///< a case is no longer shared with this user (transferred, share withdrawn): its records left
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
