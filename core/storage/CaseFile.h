#pragma once

#include "Result.h"
#include "domain/AuditEvent.h"
#include "domain/FileSetting.h"
#include "security/FileHeader.h"
#include "security/KdfParameters.h"
#include "security/SecureBytes.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/Migration.h"
#include "storage/RecordKind.h"

#include <QList>
#include <QSet>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>

class QLockFile;

namespace Traedesten::Storage {

class Database;

/**
 * One encrypted caseload file (.traedesten) and its single writer.
 *
 * The file is an SQLCipher 4 database keyed with an Argon2id key; the
 * parameters and salt sit in the file's first 16 bytes (see FileHeader), so
 * the file is self-contained. A lock file beside it (QLockFile, "<file>.lock")
 * keeps a second instance out; a stale lock from a crashed process is taken over.
 *
 * Locking closes the connection and wipes the key; every call but unlock then
 * fails with ErrorCode::Locked. Not thread-safe: use one thread at a time
 * (deriveKey() alone may run on a worker thread).
 */
class CaseFile
{
public:
    /// File name extension, without the dot.
    static constexpr const char *Extension = "traedesten";

    /**
     * Creates a new case file at @p path with mode 0600. Nothing is left
     * behind on failure. Slow (Argon2id): call off the GUI thread.
     */
    static Result<std::unique_ptr<CaseFile>> create(
        const QString &path, const Security::SecureBytes &passphrase, const Security::KdfParameters &kdf);

    /**
     * Opens an existing case file and migrates it to the current schema.
     * A wrong passphrase, a damaged file, a newer file or a file in use is
     * refused with its ErrorCode and the file is not modified. Slow (Argon2id).
     */
    static Result<std::unique_ptr<CaseFile>> open(const QString &path, const Security::SecureBytes &passphrase);
    /// As open(), against a given migration plan (tests use this to simulate other versions).
    static Result<std::unique_ptr<CaseFile>> open(
        const QString &path, const Security::SecureBytes &passphrase, const MigrationPlan &plan);

    /// Who holds a case file's lock file (no citizen data: a computer name and a process id).
    struct LockOwner
    {
        QString hostName;
        qint64 pid = 0;
        bool onThisComputer = false;
    };
    /// The holder of @p path's lock, if the file is locked.
    static std::optional<LockOwner> lockOwner(const QString &path);
    /**
     * Removes the lock file of @p path. Only for a lock left by a computer
     * that crashed or was switched off, after the user has confirmed it: a
     * lock held by a live process on this computer is never removed.
     */
    static Status removeLock(const QString &path);

    /// Reads only the 16-byte header: the key-derivation parameters, without the passphrase.
    static Result<Security::FileHeader> readHeader(const QString &path);

    ~CaseFile();
    CaseFile(const CaseFile &) = delete;
    CaseFile &operator=(const CaseFile &) = delete;

    const QString &path() const { return m_path; }
    Security::KdfParameters kdfParameters() const { return m_header.parameters(); }

    bool isLocked() const { return m_db == nullptr; }

    /// Whether the file may be written; a file that cannot be is still opened, read-only.
    enum class Access {
        ReadWrite,
        DiskFull, ///< read-only: the disk was full when an audit event or the lock file was to be written
        NoPermission, ///< read-only: the file or its folder may not be written (permissions, read-only disk)
    };
    Access access() const { return m_access; }
    bool isReadOnly() const { return m_access != Access::ReadWrite; }
    /// Audit events kept in memory while the file is read-only, written as soon as it can be written.
    qsizetype pendingEventCount() const { return m_deferred.size(); }
    /**
     * After a full disk: takes the lock file if it was missing and writes the pending audit events. True when
     * the file is writable again (edits are then allowed); false while the disk is still full or another
     * program now holds the lock. write() tries this first, so space freed in between is used at once.
     */
    bool resumeWriting();
    /// Writes a "locked" audit event, closes the connection and wipes the key.
    void lock();
    /**
     * Derives the key for this file and checks it (ErrorCode::WrongPassphrase).
     * Touches only the immutable header, so it may run on a worker thread.
     */
    Result<Security::SecureBytes> deriveKey(const Security::SecureBytes &passphrase) const;
    /// As deriveKey(), from a copy of the header: safe even if the CaseFile is closed meanwhile.
    static Result<Security::SecureBytes> deriveKey(
        const Security::FileHeader &header, const Security::SecureBytes &passphrase);
    const Security::FileHeader &header() const { return m_header; }
    /// Reopens with a key from deriveKey(). Fast.
    Status unlockWithKey(Security::SecureBytes key);
    /// deriveKey() and unlockWithKey() in one call. Slow.
    Status unlock(const Security::SecureBytes &passphrase);

    /// The name written into audit events (default: the operating-system user).
    void setActor(const QString &actor) { m_actor = actor; }
    const QString &actor() const { return m_actor; }

    Result<int> schemaVersion();
    /// A file setting, or its default when never set.
    Result<QString> setting(Domain::FileSetting setting);
    /// Stores a file setting and its audit event in one transaction.
    Status setSetting(Domain::FileSetting setting, const QString &value);
    /// Appends an audit event on its own (prints and exports).
    Status recordEvent(Domain::AuditAction action, const QString &entityType, const QString &entityId = {},
        const QString &citizenId = {});
    /// The newest @p limit audit events, newest first.
    Result<QList<Domain::AuditEvent>> auditEvents(int limit = 1000);
    /**
     * The access log of the citizen @p citizenId (GDPR art. 15, and what "Who has seen or changed this?"
     * shows), oldest first: every audit event about the citizen (viewed, their records created, changed or
     * deleted, prints and exports of their documents, their access export, their erasure), and the file-wide
     * events that concern every citizen's data alike, recorded without a citizen (fileWideActions(): a
     * backup made, the file restored from a backup, the passphrase changed, the whole log exported).
     * Opening, unlocking and locking the file are not included: they show nobody's data by themselves,
     * and a citizen whose pages were shown has a "viewed" event.
     */
    Result<QList<Domain::AuditEvent>> auditEventsOfCitizen(const QString &citizenId);
    /// The changes to the records @p entityIds (a household's plan: who changed what, here or through the
    /// team server), oldest first.
    Result<QList<Domain::AuditEvent>> auditEventsOfRecords(const QStringList &entityIds);
    /// The actions that concern every citizen's data and so appear in each citizen's access log.
    static const QList<Domain::AuditAction> &fileWideActions();
    /**
     * Records that the citizen @p citizenId's pages were shown: a CitizenViewed event, at most once per
     * citizen per unlock (the ids are remembered until the file is next locked or unlocked). An audit event
     * only: no change is announced and nothing is undoable. ErrorCode::Locked while locked.
     */
    Status recordViewed(const QString &citizenId);

    /**
     * Copies the whole file as it is now into the new file @p destPath (mode 0600), encrypted with this
     * file's key and header, so it opens with the same passphrase; synced to disk, not yet verified
     * (verifyCopy()). Slow at scale: meant for a worker thread, while the GUI thread goes on using this
     * CaseFile (see DatabaseCopy::copy). lock() and the destructor stop a copy in progress (Cancelled) and
     * wait for it, so the connection is never closed under it. Locked while locked.
     */
    Status copyTo(const QString &destPath, const DatabaseCopy::Progress &progress = {});
    /**
     * As copyTo(), but encrypted under @p header with @p key (from KeyDerivation for that header): the
     * re-encrypted copy of a passphrase change.
     */
    Status copyTo(const QString &destPath, const Security::FileHeader &header, const Security::SecureBytes &key,
        const DatabaseCopy::Progress &progress = {});
    /**
     * Checks a copy made by copyTo() (or any file with this file's key) on its own read-only connection:
     * header, key and, for Depth::Full, every page (DatabaseCopy::verify). Any thread; Locked while locked.
     */
    Status verifyCopy(const QString &path, DatabaseCopy::Depth depth = DatabaseCopy::Depth::Full) const;

    /**
     * Rebuilds the file without its free pages (VACUUM), so nothing deleted stays in it, even as zeroed
     * free pages, and checks that no journal is left beside it. Needs no open transaction. Slow on a large
     * file (about the time to copy it): may run on a worker thread while the GUI thread does not use the
     * file; lock() and closing wait for it.
     */
    Status reclaimFreePages();
    /**
     * Opens the copy at @p path (made by copyTo(), e.g. a backup) read-only with this file's key and runs
     * @p work on that connection; the copy's SqliteError comes back as its error. Any thread; Locked while
     * locked; Damaged or WrongPassphrase-like errors when the copy has another key.
     */
    Status readCopy(const QString &path, const std::function<void(Database &)> &work) const;
    /**
     * Checks every page of the live file on a connection of its own that takes no lock
     * (DatabaseCopy::checkPages): the background check after unlocking. Any thread; Locked while locked.
     */
    Status checkPages() const;
    /**
     * Changes the passphrase: checks @p oldPassphrase (WrongPassphrase: nothing changes), re-encrypts the whole
     * file under a new header with a new salt and @p kdf, and reopens it with the new key, this object and
     * its lock file staying the same. A crash at any moment leaves a file that opens with one of the two
     * passphrases (see PassphraseChange, which the GUI uses step by step). Slow; Locked while locked.
     */
    Status changePassphrase(const Security::SecureBytes &oldPassphrase, const Security::SecureBytes &newPassphrase,
        const Security::KdfParameters &kdf, const DatabaseCopy::Progress &progress = {});

    /// The open connection for repositories in this layer; nullptr while locked.
    Database *database() { return m_db.get(); }

    /**
     * Runs @p work in one transaction (ErrorCode::Locked while locked). Work
     * throws SqliteError to roll back; repositories call appendEvent() inside
     * it so every change and its audit event commit together.
     */
    template<typename Work> Status write(Work &&work)
    {
        if (!m_db)
            return Error { ErrorCode::Locked, {} };
        if (m_db->transactionDepth() == 0 && isReadOnly() && !resumeWriting())
            return readOnlyError();
        const bool outermost = m_db->transactionDepth() == 0;
        const qsizetype mark = m_pending.size();
        const Status s = m_db->transaction([&] {
            if constexpr (std::is_invocable_v<Work, Database &>)
                work(*m_db);
            else
                work();
        });
        if (!s) {
            m_pending.resize(mark); // rolled back: what it recorded never happened
            return s;
        }
        if (outermost)
            publishPending();
        return s;
    }

    /**
     * The mirror of write() for reading: runs @p work with the connection and returns what it returns, or
     * ErrorCode::Locked while locked, or the error it threw (SqliteError, e.g. from refuse()).
     */
    template<typename Work> auto read(Work &&work) -> Result<std::invoke_result_t<Work, Database &>>
    {
        if (!m_db)
            return Error { ErrorCode::Locked, {} };
        try {
            return work(*m_db);
        } catch (const SqliteError &e) {
            return e.error();
        }
    }

    /**
     * Records a change of one record inside the caller's transaction: its audit event is written now,
     * and after the outermost transaction commits the change listener hears of it (not after a rollback).
     * Throws SqliteError.
     */
    void recordChange(Domain::AuditAction action, const KindInfo &kind, const QString &id, const QString &citizenId,
        const QString &householdId = {});
    /**
     * Records a change that came from the team server (SyncStore), inside the caller's transaction: the
     * listener hears of it as @p action, and the audit log says "received" (when @p audit), which is also
     * why it is not pushed back. Throws SqliteError.
     */
    void recordReceived(Domain::AuditAction action, const KindInfo &kind, const QString &id, const QString &citizenId,
        const QString &householdId = {}, bool audit = true, const QString &author = {});
    /// Inserts or overwrites @p record and records it as created or updated; true when it existed.
    template<typename T>
    bool putRecord(
        const RecordKind<T> &kind, const T &record, const QString &citizenId, const QString &householdId = {})
    {
        const bool existed = kind.exists(*m_db, record.id);
        if (existed)
            kind.update(*m_db, record);
        else
            kind.insert(*m_db, record);
        recordChange(existed ? Domain::AuditAction::RecordUpdated : Domain::AuditAction::RecordCreated, kind, record.id,
            citizenId, householdId);
        return existed;
    }
    /// Deletes a record and records its deletion.
    void removeRecord(
        const KindInfo &kind, const QString &id, const QString &citizenId, const QString &householdId = {});
    /// Who hears of committed changes (the open Caseload's ChangeNotifier); called on the writing thread.
    void setChangeListener(std::function<void(const QList<RecordChange> &)> listener)
    {
        m_listener = std::move(listener);
    }
    /// Appends an audit event inside the caller's transaction; throws SqliteError.
    void appendEvent(
        Domain::AuditAction action, const QString &entityType, const QString &entityId, const QString &citizenId);

private:
    friend class PassphraseChange; ///< replaces the connection, header and key of a passphrase change
    CaseFile(QString path, Security::FileHeader header, std::unique_ptr<QLockFile> lockFile);

    static Result<std::unique_ptr<QLockFile>> acquireLock(const QString &path);
    /// An audit event kept in memory while the file is read-only.
    struct DeferredEvent
    {
        Domain::AuditAction action;
        QString entityType;
        QString entityId;
        QString citizenId;
        QString at;
        QString actor; ///< empty: this file's user
    };
    /// Writes one audit event in its own transaction, or keeps it for later when the file is read-only
    /// (also when the disk turns out to be full now: the file then becomes read-only).
    Status commitEvent(Domain::AuditAction action, const QString &entityType, const QString &entityId = {},
        const QString &citizenId = {});
    void appendEventAt(const DeferredEvent &event);
    void becomeReadOnly(Access access);
    Database::Mode openMode(bool creating) const;
    Error readOnlyError() const;
    Status connect(Security::SecureBytes key, bool creating, const MigrationPlan &plan);

    /// Waits until no copyTo() runs, stopping those that do; then closes the connection and wipes the key.
    void closeConnection();
    /// A copy of the key literal for a connection of its own (any thread); null while locked.
    Security::SecureBytes keyLiteralCopy() const;
    Status copyWith(
        const QString &destPath, const Security::SecureBytes &literal, const DatabaseCopy::Progress &progress);

    QString m_path;
    Security::FileHeader m_header;
    Security::SecureBytes m_keyLiteral; ///< x'<key><salt>' while unlocked, for copies; wiped on lock
    mutable std::mutex m_copyMutex;
    std::condition_variable m_copiesDone;
    int m_copies = 0; ///< copyTo() calls running (m_copyMutex)
    bool m_stopCopies = false; ///< set while closing (m_copyMutex)
    std::unique_ptr<QLockFile> m_lockFile;
    std::unique_ptr<Database> m_db;
    QString m_actor;
    QList<RecordChange> m_pending; ///< changes of the open transaction, in order
    QSet<QString> m_viewed; ///< citizens with a "viewed" event since the last unlock
    std::mutex m_maintenance; ///< held by reclaimFreePages(); lock() and closing wait for it
    Access m_access = Access::ReadWrite;
    QList<DeferredEvent> m_deferred; ///< audit events not yet written (read-only)
    std::function<void(const QList<RecordChange> &)> m_listener;

    void publishPending();
};

} // namespace Traedesten::Storage
