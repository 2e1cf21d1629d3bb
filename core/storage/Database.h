#pragma once

#include "Result.h"
#include "SqliteError.h"
#include "Statement.h"

#include <QString>

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
    enum class Mode { CreateNew, OpenExisting };

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
    /// Runs SQL without bound values (schema and pragmas only); throws SqliteError.
    void execute(const char *sql);

    /**
     * Runs @p work inside BEGIN IMMEDIATE ... COMMIT. If @p work throws
     * SqliteError, or the commit fails, everything is rolled back and the error returned.
     */
    template<typename Work> Status transaction(Work &&work)
    {
        try {
            execute("BEGIN IMMEDIATE");
        } catch (const SqliteError &e) {
            return e.error();
        }
        try {
            work();
            execute("COMMIT");
        } catch (const SqliteError &e) {
            rollback();
            return e.error();
        }
        return {};
    }

    /// PRAGMA user_version: our schema version.
    int userVersion();
    /// Runs PRAGMA cipher_integrity_check and quick_check; Damaged on any finding.
    Status checkIntegrity();
    /// The SQLCipher library version string (e.g. "4.6.1 community").
    static QString cipherVersion(sqlite3 *db);

private:
    explicit Database(sqlite3 *db)
        : m_db(db)
    { }
    void rollback() noexcept;

    sqlite3 *m_db = nullptr;
};

} // namespace Traedesten::Storage
