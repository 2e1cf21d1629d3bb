#pragma once

#include "Result.h"
#include "security/FileHeader.h"
#include "security/KdfParameters.h"
#include "security/SecureBytes.h"
#include "storage/DatabaseCopy.h"

#include <QString>

#include <functional>
#include <memory>

namespace Traedesten::Storage {

class CaseFile;

/**
 * A change of a case file's passphrase, made so that a crash at any moment leaves a file that opens with the
 * old passphrase or the new one and nothing else.
 *
 * SQLCipher's rekey is not used: after a crash during it the rollback leaves our header naming the new salt
 * and key check over pages still under the old key, a file neither passphrase opens (docs/notes, issue 13).
 * Instead the file is copied under a new header into "<file>.rekey-<random>" beside it (SQLite's backup API,
 * every page re-encrypted), the PassphraseChanged event is written into that copy (so the old file never
 * claims a change that did not happen), the copy is checked in full with the new key, the live connection is
 * closed (no journal may remain) and the copy is renamed over the file in one step. Before the rename the old
 * file is untouched; after it the file is the new one, whole. Stray "*.rekey-*" files are removed when the
 * file is next opened.
 *
 * Three steps, so that the slow ones stay off the GUI thread while the GUI keeps the CaseFile:
 *  1. prepare(): any thread, slow (two Argon2id derivations); does not touch the CaseFile.
 *  2. copy(): a worker thread, slow; the CaseFile's own thread may go on using it meanwhile (locking it
 *     stops the copy).
 *  3. commit(): the CaseFile's own thread, fast. When the file was written after the copy, nothing is
 *     replaced and needsCopy() says to run copy() again.
 * CaseFile::changePassphrase() runs all three on one thread.
 */
class PassphraseChange
{
public:
    /// How many times CaseFile::changePassphrase() copies again when the file was written meanwhile.
    static constexpr int MaximumCopies = 3;

    /**
     * Checks @p oldPassphrase against @p current (WrongPassphrase) and makes a new header with a new salt and
     * @p kdf, and the new key. InvalidInput for an empty new passphrase. Slow.
     */
    static Result<std::unique_ptr<PassphraseChange>> prepare(const Security::FileHeader &current,
        const Security::SecureBytes &oldPassphrase, const Security::SecureBytes &newPassphrase,
        const Security::KdfParameters &kdf);
    /// As above, with the parameters chosen by @p chooseKdf (a calibration) only once the old passphrase is right.
    static Result<std::unique_ptr<PassphraseChange>> prepare(const Security::FileHeader &current,
        const Security::SecureBytes &oldPassphrase, const Security::SecureBytes &newPassphrase,
        const std::function<Security::KdfParameters()> &chooseKdf);

    ~PassphraseChange();
    PassphraseChange(const PassphraseChange &) = delete;
    PassphraseChange &operator=(const PassphraseChange &) = delete;

    /**
     * Copies @p file under the new header into a new "<file>.rekey-<random>", writes the PassphraseChanged
     * event into the copy and verifies it in full with the new key. A previous copy is removed first.
     * Locked when the file is (or gets) locked; the copy is then gone.
     */
    Status copy(CaseFile &file, const DatabaseCopy::Progress &progress = {});
    /**
     * Closes @p file's connection, renames the verified copy over the file and reopens it with the new key:
     * the same CaseFile, its lock file held throughout. When anything fails before the rename the file is
     * reopened with the old key and nothing has changed; Cancelled with writtenSinceCopy() when the file was
     * written after copy() (copy again). After the rename only reopening can fail: the file is then locked
     * and opens with the new passphrase.
     */
    Status commit(CaseFile &file);
    /// True when commit() found the file written after the copy and replaced nothing: copy() again.
    bool writtenSinceCopy() const { return m_writtenSinceCopy; }
    /// True once the file on disk is the new one.
    bool committed() const { return m_committed; }

    const Security::FileHeader &newHeader() const { return m_newHeader; }
    const Security::SecureBytes &newKey() const { return m_newKey; }

    /**
     * Re-encrypts the other case file @p path (a backup) under the new header, the same crash-safe way:
     * opened read-only with the old passphrase (the key found in prepare() when its header is the old one),
     * copied, verified in full, renamed into place with its modification time kept. WrongPassphrase when the
     * old passphrase does not open it (a backup made under another passphrase); it is then left as it was.
     */
    Status reencrypt(const QString &path, const DatabaseCopy::Progress &progress = {}) const;

    /**
     * Re-encrypts the case file @p path, which must not be open, so that it opens with the key @p newKey
     * under @p newHeader instead of @p oldPassphrase; its data are unchanged (also the audit log). Crash-safe
     * as a passphrase change; held by its lock file meanwhile (InUse when it is open elsewhere). Slow.
     */
    static Status reencryptFile(const QString &path, const Security::SecureBytes &oldPassphrase,
        const Security::FileHeader &newHeader, const Security::SecureBytes &newKey,
        const DatabaseCopy::Progress &progress = {});
    /// As above, deriving the new header (with @p kdf) and key from @p newPassphrase.
    static Status reencryptFile(const QString &path, const Security::SecureBytes &oldPassphrase,
        const Security::SecureBytes &newPassphrase, const Security::KdfParameters &kdf,
        const DatabaseCopy::Progress &progress = {});

    /// Removes the "<file>.rekey-*" copies a crashed change left beside @p path. Only with its lock held.
    static void removeStrayCopies(const QString &path);
    /// The name of a new temporary copy beside @p path.
    static QString temporaryPathFor(const QString &path);
    /// @p path with links followed: the file a change replaces (a link to it stays a link).
    static QString realPath(const QString &path);

private:
    PassphraseChange(Security::FileHeader oldHeader, Security::FileHeader newHeader);
    void discardCopy();

    Security::FileHeader m_oldHeader;
    Security::SecureBytes m_oldKey;
    Security::SecureBytes m_oldPassphrase; ///< for backups under another header
    Security::FileHeader m_newHeader;
    Security::SecureBytes m_newKey;
    QString m_tempPath; ///< the verified copy, until it is renamed or discarded
    QString m_target; ///< the file the copy replaces: the case file with links followed
    qint64 m_changesAtCopy = -1; ///< the live connection's change count when the copy was taken
    const void *m_connectionAtCopy = nullptr; ///< that connection (locking and unlocking makes another)
    bool m_writtenSinceCopy = false;
    bool m_committed = false;
};

} // namespace Traedesten::Storage
