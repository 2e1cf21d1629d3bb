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
    }
    return QStringLiteral("unknown");
}

} // namespace Traedesten::Domain
