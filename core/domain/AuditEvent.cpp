#include "AuditEvent.h"

namespace Traedesten::Domain {

QString auditActionName(AuditAction action)
{
    switch (action) {
    case AuditAction::FileCreated:
        return QStringLiteral("file.created");
    case AuditAction::FileOpened:
        return QStringLiteral("file.opened");
    case AuditAction::FileUnlocked:
        return QStringLiteral("file.unlocked");
    case AuditAction::FileLocked:
        return QStringLiteral("file.locked");
    case AuditAction::SettingChanged:
        return QStringLiteral("setting.changed");
    case AuditAction::Printed:
        return QStringLiteral("printed");
    case AuditAction::Exported:
        return QStringLiteral("exported");
    case AuditAction::RecordCreated:
        return QStringLiteral("record.created");
    case AuditAction::RecordUpdated:
        return QStringLiteral("record.updated");
    case AuditAction::RecordDeleted:
        return QStringLiteral("record.deleted");
    case AuditAction::RecordsReordered:
        return QStringLiteral("records.reordered");
    case AuditAction::CitizenViewed:
        return QStringLiteral("citizen.viewed");
    case AuditAction::BackedUp:
        return QStringLiteral("file.backed_up");
    case AuditAction::Restored:
        return QStringLiteral("file.restored");
    case AuditAction::PassphraseChanged:
        return QStringLiteral("file.passphrase_changed");
    case AuditAction::CitizenErased:
        return QStringLiteral("citizen.erased");
    case AuditAction::AccessExported:
        return QStringLiteral("citizen.access_exported");
    case AuditAction::LogExported:
        return QStringLiteral("log.exported");
    case AuditAction::RecordReceived:
        return QStringLiteral("record.received");
    case AuditAction::CaseWithdrawn:
        return QStringLiteral("case.withdrawn");
    }
    return QStringLiteral("unknown");
}

} // namespace Traedesten::Domain
