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
    }
    return QStringLiteral("unknown");
}

} // namespace Traedesten::Domain
