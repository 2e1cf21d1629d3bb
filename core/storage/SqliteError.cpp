#include "SqliteError.h"

#include <cerrno>
#include <sqlcipher/sqlite3.h>

namespace Traedesten::Storage {

Error errorFromSqlite(int resultCode, const QString &detail, int systemErrno)
{
    const QString text = detail
        + QStringLiteral(" (SQLite %1: %2)").arg(resultCode).arg(QString::fromUtf8(sqlite3_errstr(resultCode)));
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return { ErrorCode::DiskFull, text };
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return { ErrorCode::ReadOnly, text };
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return { ErrorCode::Damaged, text };
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return { ErrorCode::InUse, text };
    case SQLITE_NOMEM:
        return { ErrorCode::OutOfMemory, text };
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        // A full disk or a file-size limit hit mid-write surfaces as an I/O error.
        if (systemErrno == ENOSPC || systemErrno == EFBIG || systemErrno == EDQUOT)
            return { ErrorCode::DiskFull, text };
        if (systemErrno == EROFS || systemErrno == EACCES || systemErrno == EPERM)
            return { ErrorCode::ReadOnly, text };
        if (systemErrno == ENOENT)
            return { ErrorCode::NotFound, text };
        return { ErrorCode::Io, text };
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
        return { ErrorCode::InvalidInput, text };
    default:
        return { ErrorCode::Internal, text };
    }
}

} // namespace Traedesten::Storage
