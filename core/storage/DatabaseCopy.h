#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Traedesten::Security {
class SecureBytes;
}

namespace Traedesten::Storage {

class Database;

/**
 * Whole-file copies of a live case file, and the checks a copy must pass before it may count: the one
 * way backups, restores and passphrase changes make files.
 *
 * A copy is made with SQLite's online backup API, page by page, into a new file; SQLCipher decrypts each
 * page with the source's key and encrypts it with the copy's. So the same key literal gives a copy with the
 * same 16-byte header (a backup), and another literal re-encrypts every page under a new header (a
 * passphrase change). Unlike sqlcipher_export(), the backup API keeps page 1 whole (user_version,
 * application_id).
 */
class DatabaseCopy
{
public:
    /// Told the pages copied so far and the total after each step; returning false stops the copy (Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Pages copied per step: about 1 MiB, so a connection shared with the GUI is held for milliseconds.
    static constexpr int PagesPerStep = 256;

    /**
     * Copies the database open on @p source into @p destPath, keyed with @p destKeyLiteral (x'<key><salt>').
     *
     * @p destPath must not exist; it is created with mode 0600. The copy steps through the source connection
     * itself, so the program may go on reading and writing through that connection meanwhile, from another
     * thread (the connection is serialized); a step that meets a write in progress waits and retries, and
     * commits made between steps reach the copy. The copy is synced to disk before this returns. On any
     * failure or cancellation, @p destPath and its journal are removed.
     *
     * The caller keeps @p source open until this returns.
     */
    static Status copy(Database &source, const QString &destPath, const Security::SecureBytes &destKeyLiteral,
        const Progress &progress = {});

    /// How much verify() checks.
    enum class Depth {
        Open, ///< the header and the key, as an unlock does
        Full, ///< also every page's HMAC (cipher_integrity_check) and the structure (quick_check)
    };
    /**
     * Opens @p path read-only on its own connection with @p keyLiteral and checks that its first 16 bytes
     * are @p expectedHeader, that the key opens it and (Depth::Full) that every page is whole. Damaged on
     * any finding; the file is not written. Slow for Depth::Full (reads the whole file): off the GUI thread.
     */
    static Status verify(const QString &path, const Security::SecureBytes &keyLiteral, const QByteArray &expectedHeader,
        Depth depth = Depth::Full);

    /**
     * Checks every page's HMAC of the file at @p path (PRAGMA cipher_integrity_check) on its own read-only
     * connection that reads no table, so it takes no lock and never makes another connection's commit wait or
     * fail: meant for the live case file while the program works in it. A page being written meanwhile could
     * look damaged for a moment, so a finding is confirmed by a second run before Damaged is returned.
     * Files past 4 GiB are not checked (SQLCipher's 32-bit page offsets). Slow: off the GUI thread.
     */
    static Status checkPages(const QString &path, const Security::SecureBytes &keyLiteral);

    /// The schema version (PRAGMA user_version) of the copy at @p path, read on its own read-only connection.
    static Result<int> schemaVersion(const QString &path, const Security::SecureBytes &keyLiteral);
};

} // namespace Traedesten::Storage
