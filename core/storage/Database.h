#pragma once

#include "Result.h"
#include "SqliteError.h"
#include "Statement.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <exception>
#include <memory>

struct sqlite3;

namespace Traedesten::Security {
class SecureBytes;
}

namespace Traedesten::Storage {

/**
 * One keyed SQLCipher connection, configured as DESIGN.md requires:
 * 4096-byte pages, rollback journal with synchronous=FULL, temp_store in
 * memory, secure_delete, foreign keys, no SQLCipher logging.
 */
class Database
{
public:
    enum class Mode {
        CreateNew,
        OpenExisting,
        ReadOnly, ///< SQLITE_OPEN_READONLY with query_only: checks of copies, a file or folder that may not be written
    };

    /**
     * Opens @p path and keys it with @p keyLiteral (x'<key><salt>').
     * A forced read follows the key, so a key that does not fit shows here
     * (ErrorCode::Damaged: the caller has already checked the key itself).
     * Nothing is written.
     */
    static Result<std::unique_ptr<Database>> open(
        const QString &path, const Security::SecureBytes &keyLiteral, Mode mode);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Prepares @p sql; throws SqliteError (storage-internal).
    Statement prepare(const char *sql);
    /**
     * As prepare(), but the compiled statement is kept for the next use of the same @p sql (the record
     * kinds' statements, run once per record). A statement still in use is never handed out twice.
     */
    Statement cached(const QByteArray &sql);
    /// Runs SQL without bound values (schema and pragmas only); throws SqliteError.
    void execute(const char *sql);
    /// The rows the last INSERT, UPDATE or DELETE changed.
    qint64 changes();

    /**
     * Runs @p work as one transaction: BEGIN IMMEDIATE ... COMMIT, or, inside another transaction, a
     * SAVEPOINT that is released into it (so a use case made of smaller ones is still all or nothing).
     * If @p work throws (SqliteError or anything else), or the commit fails, what it did is rolled back:
     * the whole transaction, or back to the savepoint. A SqliteError comes back as its error, any other
     * std::exception as ErrorCode::Internal; nothing is left open either way.
     */
    template<typename Work> Status transaction(Work &&work)
    {
        const int level = m_depth;
        try {
            begin(level);
        } catch (const SqliteError &e) {
            return e.error();
        }
        ++m_depth;
        try {
            work();
            --m_depth;
            commit(level);
        } catch (const SqliteError &e) {
            m_depth = level;
            if (!rollback(level))
                throw; // SQLite ended the enclosing transaction too: it must not go on
            return e.error();
        } catch (const std::exception &e) {
            m_depth = level;
            const Error error { ErrorCode::Internal, QString::fromLocal8Bit(e.what()) };
            if (!rollback(level))
                throw SqliteError(error);
            return error;
        } catch (...) {
            m_depth = level;
            rollback(level);
            throw;
        }
        return {};
    }
    /// How many transactions are open around the current statement (0: none).
    int transactionDepth() const { return m_depth; }

    /// PRAGMA query_only: while on, every statement that would write fails with SQLITE_READONLY.
    void setQueryOnly(bool on);

    /// PRAGMA user_version: our schema version.
    int userVersion();
    /// Runs PRAGMA cipher_integrity_check and quick_check; Damaged on any finding.
    Status checkIntegrity();
    /// The SQLCipher library version string (e.g. "4.6.1 community").
    static QString cipherVersion(sqlite3 *db);
    /// The connection itself, for SQLite's backup API (DatabaseCopy); serialized, so any thread may pass it there.
    sqlite3 *handle() const { return m_db; }

private:
    explicit Database(sqlite3 *db)
        : m_db(db)
    { }
    /// BEGIN IMMEDIATE at level 0, else SAVEPOINT; throws SqliteError.
    void begin(int level);
    /// COMMIT at level 0, else RELEASE; throws SqliteError (the caller rolls back).
    void commit(int level);
    /// ROLLBACK at level 0, else ROLLBACK TO and RELEASE the savepoint; false when SQLite had already
    /// rolled back the whole transaction around a savepoint (the enclosing work must stop).
    bool rollback(int level) noexcept;

    friend class Statement;
    /// Takes back a statement of cached() under its @p sql, reset and with its bindings cleared.
    void giveBack(sqlite3_stmt *statement, const QByteArray &sql) noexcept;

    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_cache; ///< idle cached statements by their SQL
    int m_depth = 0; ///< open transactions: 1 for BEGIN, one more for each savepoint inside it
};

} // namespace Traedesten::Storage
