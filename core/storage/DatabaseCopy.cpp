#include "DatabaseCopy.h"

#include "security/SecureBytes.h"
#include "storage/Database.h"
#include "storage/PrivateFile.h"
#include "storage/SqliteError.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlcipher/sqlite3.h>

namespace Traedesten::Storage {

namespace {

// The destination connection is configured like Database's: no logs, 4096-byte pages (the backup API
// refuses page sizes that differ), a rollback journal synced in full.
constexpr const char *CopyPragmas[] = {
    "PRAGMA cipher_log_source = NONE",
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA cipher_memory_security = OFF",
};
constexpr const char *KeyedCopyPragmas[] = {
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA secure_delete = ON",
    "PRAGMA synchronous = FULL",
};

void removeWithJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

Error sqliteError(sqlite3 *db, int rc, const char *what)
{
    return errorFromSqlite(rc, QString::fromUtf8(what) + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errstr(rc)),
        db ? sqlite3_system_errno(db) : 0);
}

Status runPragmas(sqlite3 *db, const char *const *pragmas, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        const int rc = sqlite3_exec(db, pragmas[i], nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return sqliteError(db, rc, pragmas[i]);
    }
    return {};
}

/// Copies page by page; the destination connection is closed by the caller.
Status backUp(sqlite3 *source, sqlite3 *dst, const DatabaseCopy::Progress &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", source, "main");
    if (!backup)
        return sqliteError(dst, sqlite3_errcode(dst), "backup_init");
    Status result;
    for (;;) {
        const int rc = sqlite3_backup_step(backup, DatabaseCopy::PagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        const int primary = rc & 0xff;
        if (rc != SQLITE_OK && primary != SQLITE_BUSY && primary != SQLITE_LOCKED) {
            // SQLCipher reports a source page whose HMAC fails (a damaged page) as a plain SQLITE_ERROR.
            result = primary == SQLITE_ERROR
                ? Error { ErrorCode::Damaged, QStringLiteral("backup_step: a page of the source could not be read") }
                : sqliteError(dst, rc, "backup_step");
            break;
        }
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            result = Error { ErrorCode::Cancelled, QStringLiteral("copy stopped") };
            break;
        }
        // Busy: the connection is inside a write transaction (the GUI's); it ends within milliseconds.
        if (rc != SQLITE_OK)
            sqlite3_sleep(5);
    }
    const int finish = sqlite3_backup_finish(backup);
    if (result && finish != SQLITE_OK)
        result = sqliteError(dst, finish, "backup_finish");
    return result;
}

} // namespace

Status DatabaseCopy::copy(
    Database &source, const QString &destPath, const Security::SecureBytes &destKeyLiteral, const Progress &progress)
{
    if (Status s = PrivateFile::createNew(destPath); !s)
        return s;
    sqlite3 *dst = nullptr;
    const QByteArray native = QFile::encodeName(destPath);
    int rc = sqlite3_open_v2(native.constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    Status result;
    if (rc != SQLITE_OK) {
        result = sqliteError(dst, rc, "open copy");
    } else if (result = runPragmas(dst, CopyPragmas, std::size(CopyPragmas)); !result) {
    } else if (sqlite3_key_v2(dst, "main", destKeyLiteral.data(), static_cast<int>(destKeyLiteral.size()))
        != SQLITE_OK) {
        result = Error { ErrorCode::Internal, QStringLiteral("sqlite3_key_v2 failed") };
    } else if (result = runPragmas(dst, KeyedCopyPragmas, std::size(KeyedCopyPragmas)); result) {
        result = backUp(source.handle(), dst, progress);
    }
    // close_v2 lets SQLCipher wipe its copy of the key; the copy's journal goes with its last transaction.
    rc = sqlite3_close_v2(dst);
    if (result && rc != SQLITE_OK)
        result = Error { ErrorCode::Io, QStringLiteral("closing the copy failed") };
    if (result)
        result = PrivateFile::sync(destPath);
    if (!result)
        removeWithJournal(destPath);
    return result;
}

Status DatabaseCopy::verify(
    const QString &path, const Security::SecureBytes &keyLiteral, const QByteArray &expectedHeader, Depth depth)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { file.exists() ? ErrorCode::Unreadable : ErrorCode::NotFound, file.errorString() };
        if (file.read(expectedHeader.size()) != expectedHeader)
            return Error { ErrorCode::Damaged, QStringLiteral("the header differs") };
    }
    auto db = Database::open(path, keyLiteral, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    if (depth == Depth::Full)
        return (*db)->checkIntegrity();
    return {};
}

namespace {

/// One run of cipher_integrity_check; the findings (empty: every page whole), or an error.
Result<QStringList> cipherFindings(const QString &path, const Security::SecureBytes &keyLiteral)
{
    sqlite3 *db = nullptr;
    const QByteArray native = QFile::encodeName(path);
    int rc = sqlite3_open_v2(native.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr);
    Result<QStringList> result = QStringList();
    if (rc != SQLITE_OK) {
        result = sqliteError(db, rc, "open for check");
    } else if (Status s = runPragmas(db, CopyPragmas, std::size(CopyPragmas)); !s) {
        result = s.error();
    } else if (sqlite3_key_v2(db, "main", keyLiteral.data(), static_cast<int>(keyLiteral.size())) != SQLITE_OK) {
        result = Error { ErrorCode::Internal, QStringLiteral("sqlite3_key_v2 failed") };
    } else if (Status p = runPragmas(db, KeyedCopyPragmas, 1); !p) { // cipher_page_size only: nothing is read
        result = p.error();
    } else {
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA cipher_integrity_check", -1, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            result = sqliteError(db, rc, "cipher_integrity_check");
        } else {
            QStringList findings;
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
                findings.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
            if (rc != SQLITE_DONE)
                result = sqliteError(db, rc, "cipher_integrity_check");
            else
                result = findings;
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return result;
}

} // namespace

Status DatabaseCopy::checkPages(const QString &path, const Security::SecureBytes &keyLiteral)
{
    constexpr qint64 CipherCheckLimit = Q_INT64_C(1) << 32;
    const QFileInfo info(path);
    if (!info.exists())
        return Error { ErrorCode::NotFound, QStringLiteral("no such file") };
    if (info.size() > CipherCheckLimit)
        return {};
    auto first = cipherFindings(path, keyLiteral);
    if (!first)
        return first.error();
    if (first->isEmpty())
        return {};
    // A commit may have been writing one of these pages: look again before calling the file damaged.
    auto second = cipherFindings(path, keyLiteral);
    if (!second)
        return second.error();
    for (const QString &finding : std::as_const(*second)) {
        if (first->contains(finding))
            return Error { ErrorCode::Damaged, QStringLiteral("cipher_integrity_check: ") + finding };
    }
    return {};
}

Result<int> DatabaseCopy::schemaVersion(const QString &path, const Security::SecureBytes &keyLiteral)
{
    auto db = Database::open(path, keyLiteral, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    try {
        return (*db)->userVersion();
    } catch (const SqliteError &e) {
        return e.error();
    }
}

} // namespace Traedesten::Storage
