#include "Error.h"

namespace Traedesten {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("WrongPassphrase");
    case ErrorCode::Damaged:
        return QStringLiteral("Damaged");
    case ErrorCode::NewerVersion:
        return QStringLiteral("NewerVersion");
    case ErrorCode::InUse:
        return QStringLiteral("InUse");
    case ErrorCode::NotFound:
        return QStringLiteral("NotFound");
    case ErrorCode::ReadOnly:
        return QStringLiteral("ReadOnly");
    case ErrorCode::Unreadable:
        return QStringLiteral("Unreadable");
    case ErrorCode::DiskFull:
        return QStringLiteral("DiskFull");
    case ErrorCode::Io:
        return QStringLiteral("Io");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("AlreadyExists");
    case ErrorCode::Locked:
        return QStringLiteral("Locked");
    case ErrorCode::UnsupportedCipher:
        return QStringLiteral("UnsupportedCipher");
    case ErrorCode::OutOfMemory:
        return QStringLiteral("OutOfMemory");
    case ErrorCode::InvalidInput:
        return QStringLiteral("InvalidInput");
    case ErrorCode::Cancelled:
        return QStringLiteral("Cancelled");
    case ErrorCode::CaseNotClosed:
        return QStringLiteral("CaseNotClosed");
    case ErrorCode::ServerUnreachable:
        return QStringLiteral("ServerUnreachable");
    case ErrorCode::ServerRefused:
        return QStringLiteral("ServerRefused");
    case ErrorCode::ServerCertificate:
        return QStringLiteral("ServerCertificate");
    case ErrorCode::ServerSchema:
        return QStringLiteral("ServerSchema");
    case ErrorCode::ServerTooNew:
        return QStringLiteral("ServerTooNew");
    case ErrorCode::ServerFailed:
        return QStringLiteral("ServerFailed");
    case ErrorCode::SyncOtherServer:
        return QStringLiteral("SyncOtherServer");
    case ErrorCode::AlreadySynced:
        return QStringLiteral("AlreadySynced");
    case ErrorCode::Internal:
        return QStringLiteral("Internal");
    }
    return QStringLiteral("Unknown");
}

} // namespace Traedesten
