#include "Database.h"

#include "security/SecureBytes.h"

#include <QFile>

#include <sqlcipher/sqlite3.h>

namespace Traedesten::Storage {

namespace {

constexpr int RequiredCipherMajor = 4;

// Pragmas for every connection. cipher_page_size must follow the key and
// precede the first read; the rest apply to the connection only.
constexpr const char *ConnectionPragmas[] = {
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA temp_store = MEMORY",
    // 160 MiB at most: a caseload of ten thousand citizens (about 100 MiB) stays decrypted in memory, so
    // reports over it do not decrypt every page again. Pages are allocated only as they are read.
    "PRAGMA cache_size = -163840",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
};

} // namespace

QString Database::cipherVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return version;
}

Result<std::unique_ptr<Database>> Database::open(
    const QString &path, const Security::SecureBytes &keyLiteral, Mode mode)
{
    int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_FULLMUTEX;
    if (mode == Mode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *raw = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int openRc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw));
    if (openRc != SQLITE_OK) {
        const int sysErr = raw ? sqlite3_system_errno(raw) : 0;
        return errorFromSqlite(openRc, QStringLiteral("open"), sysErr);
    }
    sqlite3_extended_result_codes(raw, 1);

    const QString version = cipherVersion(raw);
    if (version.isEmpty() || version.section(QLatin1Char('.'), 0, 0).toInt() < RequiredCipherMajor)
        return Error { ErrorCode::UnsupportedCipher, QStringLiteral("SQLCipher %1").arg(version) };

    if (mode != Mode::ReadOnly && sqlite3_db_readonly(raw, "main") == 1)
        return Error { ErrorCode::ReadOnly, QStringLiteral("opened read-only") };

    try {
        // No SQLCipher logging anywhere: logs could reach a terminal or a journal.
        db->execute("PRAGMA cipher_log_source = NONE");
        db->execute("PRAGMA cipher_log_level = NONE");
        // SQLCipher always wipes its key material. Zeroing and locking every
        // buffer as well (cipher_memory_security) made loading a 5,000-citizen
        // caseload 15 times slower (2.1 s instead of 0.14 s), so it stays off:
        // the decrypted pages live only while the file is unlocked anyway.
        db->execute("PRAGMA cipher_memory_security = OFF");
        if (sqlite3_key_v2(raw, "main", keyLiteral.data(), static_cast<int>(keyLiteral.size())) != SQLITE_OK)
            return Error { ErrorCode::Internal, QStringLiteral("sqlite3_key_v2 failed") };
        for (const char *pragma : ConnectionPragmas)
            db->execute(pragma);
        // PRAGMA key succeeds even with a wrong key: read now to know.
        db->prepare("SELECT count(*) FROM sqlite_master").run();
        // Only a new file gets its journal mode set: on an existing file,
        // perhaps from a newer version using WAL, changing it would write
        // before the version check can refuse the file.
        if (mode == Mode::CreateNew) {
            db->execute("PRAGMA journal_mode = DELETE");
            // Before the first table: free pages can then be handed back to the file system page by page
            // (PRAGMA incremental_vacuum after an erasure) instead of by a VACUUM that holds a copy of the
            // whole file in memory.
            db->execute("PRAGMA auto_vacuum = INCREMENTAL");
        }
        if (mode == Mode::ReadOnly)
            db->setQueryOnly(true);
    } catch (const SqliteError &e) {
        return e.error();
    }
    return db;
}

Database::~Database()
{
    for (sqlite3_stmt *statement : std::as_const(m_cache))
        sqlite3_finalize(statement);
    // sqlite3_close_v2 lets SQLCipher wipe its copy of the key.
    sqlite3_close_v2(m_db);
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(errorFromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(m_db)), sqlite3_system_errno(m_db)));
    return Statement(m_db, stmt);
}

Statement Database::cached(const QByteArray &sql)
{
    if (sqlite3_stmt *idle = m_cache.take(sql))
        return Statement(m_db, idle, this, sql);
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(
        m_db, sql.constData(), static_cast<int>(sql.size()) + 1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(errorFromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(m_db)), sqlite3_system_errno(m_db)));
    return Statement(m_db, stmt, this, sql);
}

void Database::giveBack(sqlite3_stmt *statement, const QByteArray &sql) noexcept
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    sqlite3_stmt *&idle = m_cache[sql];
    if (idle)
        sqlite3_finalize(statement); // a second copy, made while the first was in use
    else
        idle = statement;
}

void Database::execute(const char *sql)
{
    prepare(sql).run();
}

qint64 Database::changes()
{
    return sqlite3_changes64(m_db);
}

namespace {

QByteArray savepointName(int level)
{
    return QByteArrayLiteral("traedesten_") + QByteArray::number(level);
}

} // namespace

void Database::begin(int level)
{
    if (level == 0)
        execute("BEGIN IMMEDIATE");
    else
        execute(QByteArray("SAVEPOINT " + savepointName(level)).constData());
}

void Database::commit(int level)
{
    if (level == 0)
        execute("COMMIT");
    else
        execute(QByteArray("RELEASE " + savepointName(level)).constData());
}

bool Database::rollback(int level) noexcept
{
    if (sqlite3_get_autocommit(m_db))
        return level == 0; // SQLite already rolled the whole transaction back (e.g. after SQLITE_FULL)
    if (level == 0) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return true;
    }
    const QByteArray name = savepointName(level);
    sqlite3_exec(m_db, QByteArray("ROLLBACK TO " + name).constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, QByteArray("RELEASE " + name).constData(), nullptr, nullptr, nullptr);
    return true;
}

void Database::setQueryOnly(bool on)
{
    execute(on ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
}

int Database::userVersion()
{
    Statement s = prepare("PRAGMA user_version");
    return s.next() ? static_cast<int>(s.int64(0)) : 0;
}

Status Database::checkIntegrity()
{
    try {
        // SQLCipher 4.6 computes a page's offset in 32 bits in cipher_integrity_check, so every page past
        // 4 GiB would be reported as damaged. quick_check below reads every page in use, and each read
        // checks that page's HMAC too; only free pages go unchecked in a file that large.
        Statement pages = prepare("PRAGMA page_count");
        const qint64 pageCount = pages.next() ? pages.int64(0) : 0;
        constexpr qint64 CipherCheckLimit = (Q_INT64_C(1) << 32) / 4096;
        if (pageCount <= CipherCheckLimit) {
            Statement cipher = prepare("PRAGMA cipher_integrity_check");
            if (cipher.next())
                return Error { ErrorCode::Damaged, QStringLiteral("cipher_integrity_check: ") + cipher.text(0) };
        }
        Statement quick = prepare("PRAGMA quick_check");
        if (quick.next() && quick.text(0) != QLatin1String("ok"))
            return Error { ErrorCode::Damaged, QStringLiteral("quick_check: ") + quick.text(0) };
    } catch (const SqliteError &e) {
        return e.error();
    }
    return {};
}

} // namespace Traedesten::Storage
