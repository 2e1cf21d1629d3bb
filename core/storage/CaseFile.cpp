#include "CaseFile.h"

#include "security/KeyDerivation.h"
#include "storage/Database.h"
#include "storage/PassphraseChange.h"
#include "storage/PrivateFile.h"
#include "storage/Schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStorageInfo>
#include <QSysInfo>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>
#include <utility>

namespace Traedesten::Storage {

using Domain::AuditAction;
using Domain::FileSetting;
using Security::FileHeader;
using Security::SecureBytes;

namespace {

constexpr qint64 PageSize = 4096;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty()) {
        // Started without a login shell's environment (a service, a test runner): the account itself.
        if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
            user = QString::fromLocal8Bit(account->pw_name);
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void removeFileAndJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

CaseFile::CaseFile(QString path, FileHeader header, std::unique_ptr<QLockFile> lockFile)
    : m_path(std::move(path))
    , m_header(std::move(header))
    , m_lockFile(std::move(lockFile))
    , m_actor(defaultActor())
{ }

CaseFile::~CaseFile()
{
    const std::lock_guard<std::mutex> maintenance(m_maintenance);
    if (!m_deferred.isEmpty())
        resumeWriting(); // last chance for audit events kept while the disk was full
    closeConnection();
    if (m_lockFile)
        m_lockFile->unlock();
}

Result<std::unique_ptr<QLockFile>> CaseFile::acquireLock(const QString &path)
{
    auto lockFile = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // Stale only when the owning process is gone, never by age: a long
    // meeting must not let a second instance in.
    lockFile->setStaleLockTime(0);
    if (lockFile->tryLock(0))
        return lockFile;
    switch (lockFile->error()) {
    case QLockFile::LockFailedError:
        return Error { ErrorCode::InUse, QStringLiteral("lock file held by another process") };
    case QLockFile::PermissionError:
        return Error { ErrorCode::ReadOnly, QStringLiteral("cannot create the lock file") };
    default: {
        // QLockFile says no more when it could not write the lock file's few bytes: see if the disk is full.
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < 64 * 1024)
            return Error { ErrorCode::DiskFull, QStringLiteral("no room for the lock file") };
        return Error { ErrorCode::Io, QStringLiteral("lock file error") };
    }
    }
}

std::optional<CaseFile::LockOwner> CaseFile::lockOwner(const QString &path)
{
    QLockFile lockFile(QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lockFile.getLockInfo(&pid, &host, &application))
        return std::nullopt;
    return LockOwner { host, pid, host.isEmpty() || host == QSysInfo::machineHostName() };
}

Status CaseFile::removeLock(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto owner = lockOwner(absolute);
    if (!owner)
        return {};
    if (owner->onThisComputer) {
        // QLockFile already takes over a lock whose process has ended; one
        // whose process still runs here is a real second instance.
        QLockFile probe(absolute + QStringLiteral(".lock"));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            return Error { ErrorCode::InUse, QStringLiteral("held by a running process on this computer") };
        return {};
    }
    QLockFile lockFile(absolute + QStringLiteral(".lock"));
    if (!lockFile.removeStaleLockFile())
        return Error { ErrorCode::ReadOnly, QStringLiteral("cannot remove the lock file") };
    return {};
}

Result<FileHeader> CaseFile::readHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error { ErrorCode::NotFound, QStringLiteral("no such file") };
    if (!file.open(QIODevice::ReadOnly))
        return Error { ErrorCode::Unreadable, file.errorString() };
    return FileHeader::parse(file.read(FileHeader::Size));
}

Result<std::unique_ptr<CaseFile>> CaseFile::create(
    const QString &path, const SecureBytes &passphrase, const Security::KdfParameters &kdf)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return Error { ErrorCode::AlreadyExists, QStringLiteral("file exists") };
    if (!info.dir().exists())
        return Error { ErrorCode::NotFound, QStringLiteral("folder does not exist") };
    if (passphrase.isEmpty())
        return Error { ErrorCode::InvalidInput, QStringLiteral("empty passphrase") };

    auto header = FileHeader::generate(kdf);
    if (!header)
        return header.error();
    auto lockFile = acquireLock(info.absoluteFilePath());
    if (!lockFile)
        return lockFile.error();

    auto key = Security::KeyDerivation::deriveKey(passphrase, *header);
    if (!key)
        return key.error();
    header->setKeyCheck(*key);

    const QString absolutePath = info.absoluteFilePath();
    if (Status s = PrivateFile::createNew(absolutePath); !s)
        return s.error();

    std::unique_ptr<CaseFile> file(new CaseFile(absolutePath, std::move(*header), std::move(*lockFile)));
    if (Status s = file->connect(std::move(*key), true, Schema::migrations()); !s) {
        file->closeConnection();
        removeFileAndJournal(absolutePath);
        return s.error();
    }
    // SQLCipher must have written our header as its salt, or the file could not be reopened.
    QFile written(absolutePath);
    if (!written.open(QIODevice::ReadOnly) || written.read(FileHeader::Size) != file->m_header.bytes()) {
        file->closeConnection();
        removeFileAndJournal(absolutePath);
        return Error { ErrorCode::Internal, QStringLiteral("SQLCipher did not store the chosen salt") };
    }
    return file;
}

Result<std::unique_ptr<CaseFile>> CaseFile::open(const QString &path, const SecureBytes &passphrase)
{
    return open(path, passphrase, Schema::migrations());
}

Result<std::unique_ptr<CaseFile>> CaseFile::open(
    const QString &path, const SecureBytes &passphrase, const MigrationPlan &plan)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { ErrorCode::NotFound, QStringLiteral("no such file") };
    if (!info.isFile())
        return Error { ErrorCode::Damaged, QStringLiteral("not a regular file") };
    if (!info.isReadable())
        return Error { ErrorCode::Unreadable, QStringLiteral("file not readable") };
    // SQLCipher files are whole pages; anything else was cut short or is not ours.
    if (info.size() < PageSize || info.size() % PageSize != 0)
        return Error { ErrorCode::Damaged, QStringLiteral("size is not a whole number of pages") };

    const QString absolutePath = info.absoluteFilePath();
    // A file or folder that may not be written, or a disk too full for the lock file, opens read-only.
    Access access = info.isWritable() ? Access::ReadWrite : Access::NoPermission;
    auto lockFile = acquireLock(absolutePath); // before the slow key derivation, so "in use" shows at once
    if (!lockFile) {
        if (lockFile.code() == ErrorCode::ReadOnly)
            access = Access::NoPermission;
        else if (lockFile.code() == ErrorCode::DiskFull && access == Access::ReadWrite)
            access = Access::DiskFull;
        else if (lockFile.code() != ErrorCode::DiskFull)
            return lockFile.error();
    }
    if (lockFile)
        PassphraseChange::removeStrayCopies(absolutePath); // a crashed change's copy, never the file itself
    auto header = readHeader(absolutePath);
    if (!header)
        return header.error();

    std::unique_ptr<CaseFile> file(
        new CaseFile(absolutePath, std::move(*header), lockFile ? std::move(*lockFile) : std::unique_ptr<QLockFile>()));
    file->m_access = access;
    auto key = file->deriveKey(passphrase);
    if (!key)
        return key.error();
    if (Status s = file->connect(std::move(*key), false, plan); !s)
        return s.error();
    return file;
}

Result<SecureBytes> CaseFile::deriveKey(const SecureBytes &passphrase) const
{
    return deriveKey(m_header, passphrase);
}

Result<SecureBytes> CaseFile::deriveKey(const FileHeader &header, const SecureBytes &passphrase)
{
    auto key = Security::KeyDerivation::deriveKey(passphrase, header);
    if (!key)
        return key.error();
    if (!header.keyMatches(*key))
        return Error { ErrorCode::WrongPassphrase, QStringLiteral("key check failed") };
    return key;
}

Status CaseFile::connect(SecureBytes key, bool creating, const MigrationPlan &plan)
{
    SecureBytes literal = Security::KeyDerivation::sqlcipherKeyLiteral(key, m_header.bytes());
    key.clear();
    if (literal.isNull())
        return Error { ErrorCode::OutOfMemory, QStringLiteral("secure memory for the key") };

    auto db = Database::open(m_path, literal, openMode(creating));
    if (!db)
        return db.error();

    if (!creating) {
        // Refuse before anything is written: a newer file stays byte-identical.
        if (Status s = MigrationRunner::checkVersion(**db, plan); !s)
            return s;
        // Only what opening must check: the key (header), the first page (Database::open reads the schema)
        // and the schema version. The full check (Database::checkIntegrity) reads every page, 13 s for a
        // file with 2 GB of receipts, so it runs in the background on its own connection instead.
    }
    const bool wasNew = creating;
    const bool needsMigration = [&] {
        try {
            return (*db)->userVersion() < MigrationRunner::targetVersion(plan);
        } catch (const SqliteError &) {
            return true;
        }
    }();
    if (needsMigration) {
        if (m_access != Access::ReadWrite) // updating the schema writes: not without the lock, nor read-only
            return readOnlyError();
        if (Status s = MigrationRunner::run(**db, plan); !s)
            return s;
    }
    m_db = std::move(*db);
    m_keyLiteral = std::move(literal);

    if (!wasNew) {
        becomeReadOnly(m_access);
        Status s = commitEvent(AuditAction::FileOpened, QStringLiteral("case_file"));
        if (!s)
            closeConnection();
        return s;
    }
    Status s = m_db->transaction([&] {
        const QString now = nowUtc();
        Statement insert
            = m_db->prepare("INSERT INTO file_setting (key, value, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)");
        const std::pair<FileSetting, QString> initial[] = {
            { FileSetting::FileId, QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { FileSetting::CreatedAt, now },
            { FileSetting::Currency, Domain::fileSettingDefault(FileSetting::Currency) },
            { FileSetting::DefaultBudgetCapMinor, Domain::fileSettingDefault(FileSetting::DefaultBudgetCapMinor) },
        };
        for (const auto &[setting, value] : initial) {
            insert.bind(1, Domain::fileSettingKey(setting)).bind(2, value).bind(3, now).run();
            insert.reset();
        }
        appendEvent(AuditAction::FileCreated, QStringLiteral("case_file"), {}, {});
    });
    if (!s) {
        closeConnection();
        return s;
    }
    return {};
}

void CaseFile::lock()
{
    const std::lock_guard<std::mutex> maintenance(m_maintenance);
    if (!m_db)
        return;
    m_viewed.clear(); // the next unlock records each citizen shown again
    // A full disk must not keep the file unlocked: the event then waits in memory.
    (void)commitEvent(AuditAction::FileLocked, QStringLiteral("case_file"));
    closeConnection();
}

Status CaseFile::unlockWithKey(SecureBytes key)
{
    if (m_db)
        return {};
    if (!m_header.keyMatches(key))
        return Error { ErrorCode::WrongPassphrase, QStringLiteral("key check failed") };
    SecureBytes literal = Security::KeyDerivation::sqlcipherKeyLiteral(key, m_header.bytes());
    key.clear();
    auto db = Database::open(m_path, literal, openMode(false));
    if (!db)
        return db.error();
    m_db = std::move(*db);
    m_keyLiteral = std::move(literal);
    m_viewed.clear();
    becomeReadOnly(m_access);
    Status s = commitEvent(AuditAction::FileUnlocked, QStringLiteral("case_file"));
    if (!s)
        closeConnection();
    return s;
}

Status CaseFile::unlock(const SecureBytes &passphrase)
{
    auto key = deriveKey(passphrase);
    if (!key)
        return key.error();
    return unlockWithKey(std::move(*key));
}

Result<int> CaseFile::schemaVersion()
{
    if (!m_db)
        return Error { ErrorCode::Locked, {} };
    try {
        return m_db->userVersion();
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<QString> CaseFile::setting(FileSetting setting)
{
    if (!m_db)
        return Error { ErrorCode::Locked, {} };
    try {
        Statement query = m_db->prepare("SELECT value FROM file_setting WHERE key = ?1");
        query.bind(1, Domain::fileSettingKey(setting));
        if (query.next())
            return query.text(0);
        return Domain::fileSettingDefault(setting);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Status CaseFile::setSetting(FileSetting setting, const QString &value)
{
    if (!m_db)
        return Error { ErrorCode::Locked, {} };
    if (setting == FileSetting::FileId || setting == FileSetting::CreatedAt)
        return Error { ErrorCode::InvalidInput, QStringLiteral("read-only setting") };
    if (value.size() > Domain::fileSettingMaximumLength(setting))
        return Error { ErrorCode::InvalidInput, QStringLiteral("value too long") };
    if (isReadOnly() && !resumeWriting())
        return readOnlyError();
    return m_db->transaction([&] {
        const QString now = nowUtc();
        m_db->prepare(R"sql(
            INSERT INTO file_setting (key, value, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
        )sql")
            .bind(1, Domain::fileSettingKey(setting))
            .bind(2, value)
            .bind(3, now)
            .run();
        appendEvent(AuditAction::SettingChanged, QStringLiteral("file_setting"), Domain::fileSettingKey(setting), {});
    });
}

Status CaseFile::recordEvent(
    AuditAction action, const QString &entityType, const QString &entityId, const QString &citizenId)
{
    if (!m_db)
        return Error { ErrorCode::Locked, {} };
    return commitEvent(action, entityType, entityId, citizenId);
}

void CaseFile::appendEvent(
    AuditAction action, const QString &entityType, const QString &entityId, const QString &citizenId)
{
    appendEventAt(DeferredEvent { action, entityType, entityId, citizenId, nowUtc(), {} });
}

void CaseFile::appendEventAt(const DeferredEvent &event)
{
    Statement insert = m_db->cached(
        QByteArrayLiteral("INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, citizen_id) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    insert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, event.at)
        .bind(3, event.actor.isEmpty() ? m_actor : event.actor)
        .bind(4, Domain::auditActionName(event.action))
        .bind(5, event.entityType);
    event.entityId.isEmpty() ? insert.bindNull(6) : insert.bind(6, event.entityId);
    event.citizenId.isEmpty() ? insert.bindNull(7) : insert.bind(7, event.citizenId);
    insert.run();
}

Database::Mode CaseFile::openMode(bool creating) const
{
    if (creating)
        return Database::Mode::CreateNew;
    return m_access == Access::NoPermission ? Database::Mode::ReadOnly : Database::Mode::OpenExisting;
}

Status CaseFile::commitEvent(
    AuditAction action, const QString &entityType, const QString &entityId, const QString &citizenId)
{
    const DeferredEvent event { action, entityType, entityId, citizenId, nowUtc(), {} };
    if (isReadOnly() && !resumeWriting()) {
        m_deferred.append(event);
        return {};
    }
    const Status s = m_db->transaction([&] { appendEventAt(event); });
    if (s || (s.code() != ErrorCode::DiskFull && s.code() != ErrorCode::ReadOnly))
        return s;
    // Opening, locking and printing must not fail for want of room for their event: it waits in memory.
    becomeReadOnly(s.code() == ErrorCode::DiskFull ? Access::DiskFull : Access::NoPermission);
    m_deferred.append(event);
    return {};
}

void CaseFile::becomeReadOnly(Access access)
{
    m_access = access;
    if (!m_db || access == Access::ReadWrite)
        return;
    try {
        m_db->setQueryOnly(true);
    } catch (const SqliteError &) {
        // Writes are refused before they reach SQLite anyway (write(), setSetting()).
    }
}

Error CaseFile::readOnlyError() const
{
    return Error { m_access == Access::DiskFull ? ErrorCode::DiskFull : ErrorCode::ReadOnly,
        QStringLiteral("the case file is open read-only") };
}

bool CaseFile::resumeWriting()
{
    if (m_access == Access::ReadWrite)
        return true;
    if (!m_db || m_access != Access::DiskFull || m_db->transactionDepth() > 0)
        return false;
    if (!m_lockFile) {
        auto lockFile = acquireLock(m_path);
        if (!lockFile)
            return false; // still no room, or another program has the file now
        m_lockFile = std::move(*lockFile);
    }
    try {
        m_db->setQueryOnly(false);
    } catch (const SqliteError &) {
        return false;
    }
    const Status s = m_db->transaction([&] {
        for (const DeferredEvent &event : std::as_const(m_deferred))
            appendEventAt(event);
    });
    if (!s) {
        becomeReadOnly(Access::DiskFull);
        return false;
    }
    m_deferred.clear();
    m_access = Access::ReadWrite;
    return true;
}

void CaseFile::recordChange(
    AuditAction action, const KindInfo &kind, const QString &id, const QString &citizenId, const QString &householdId)
{
    appendEvent(action, kind.auditName, id, citizenId);
    m_pending.append(RecordChange { action, kind.type, id, citizenId, householdId });
}

void CaseFile::recordReceived(AuditAction action, const KindInfo &kind, const QString &id, const QString &citizenId,
    const QString &householdId, bool audit, const QString &author)
{
    // The colleague who made the change on the team server, so the log says who changed what.
    if (audit)
        appendEventAt(DeferredEvent { AuditAction::RecordReceived, kind.auditName, id, citizenId, nowUtc(), author });
    m_pending.append(RecordChange { action, kind.type, id, citizenId, householdId });
}

void CaseFile::removeRecord(
    const KindInfo &kind, const QString &id, const QString &citizenId, const QString &householdId)
{
    Statement s = m_db->cached("DELETE FROM " + kind.table + " WHERE id = ?1");
    s.bind(1, id).run();
    recordChange(AuditAction::RecordDeleted, kind, id, citizenId, householdId);
}

Status CaseFile::reclaimFreePages()
{
    const std::lock_guard<std::mutex> maintenance(m_maintenance);
    if (!m_db)
        return Error { ErrorCode::Locked, {} };
    if (m_db->transactionDepth() != 0)
        return Error { ErrorCode::Internal, QStringLiteral("VACUUM inside a transaction") };
    try {
        // secure_delete has zeroed what was deleted; reclaiming drops the free pages from the file. In a file
        // with incremental auto-vacuum (every new file) that moves the last pages into the
        // free ones and truncates, in a transaction of its own, with little memory. An older file is
        // converted once: VACUUM copies the live pages into a new image (in memory: temp_store, so no
        // plaintext temporary file) and drops the free ones. Both journal in DELETE mode, so no journal
        // is left once they return.
        bool incremental = false;
        {
            Statement mode = m_db->prepare("PRAGMA auto_vacuum");
            incremental = mode.next() && mode.int64(0) == 2;
        }
        if (incremental) {
            m_db->execute("PRAGMA incremental_vacuum");
        } else {
            m_db->execute("PRAGMA auto_vacuum = INCREMENTAL");
            m_db->execute("VACUUM");
        }
        Statement free = m_db->prepare("PRAGMA freelist_count");
        if (free.next() && free.int64(0) != 0)
            return Error { ErrorCode::Internal, QStringLiteral("free pages remain after VACUUM") };
    } catch (const SqliteError &e) {
        return e.error();
    }
    if (QFile::exists(m_path + QStringLiteral("-journal")) || QFile::exists(m_path + QStringLiteral("-wal")))
        return Error { ErrorCode::Io, QStringLiteral("a journal remains after VACUUM") };
    return {};
}

void CaseFile::publishPending()
{
    const QList<RecordChange> changes = std::exchange(m_pending, {});
    if (m_listener && !changes.isEmpty())
        m_listener(changes);
}

void CaseFile::closeConnection()
{
    std::unique_lock guard(m_copyMutex);
    m_stopCopies = true;
    m_copiesDone.wait(guard, [&] { return m_copies == 0; });
    m_stopCopies = false;
    m_db.reset(); // sqlite3_close_v2: SQLCipher wipes its key copy
    m_keyLiteral.clear();
}

Status CaseFile::copyWith(const QString &destPath, const SecureBytes &literal, const DatabaseCopy::Progress &progress)
{
    {
        std::lock_guard guard(m_copyMutex);
        if (!m_db || m_stopCopies)
            return Error { ErrorCode::Locked, {} };
        ++m_copies;
    }
    const auto stopOrGoOn = [&](qint64 done, qint64 total) {
        if (progress && !progress(done, total))
            return false;
        std::lock_guard guard(m_copyMutex); // asked after the caller's callback, which may take its time
        return !m_stopCopies;
    };
    const Status s = DatabaseCopy::copy(*m_db, destPath, literal, stopOrGoOn);
    {
        std::lock_guard guard(m_copyMutex);
        --m_copies;
    }
    m_copiesDone.notify_all();
    return s;
}

Status CaseFile::copyTo(const QString &destPath, const DatabaseCopy::Progress &progress)
{
    SecureBytes literal = keyLiteralCopy();
    if (literal.isNull())
        return Error { ErrorCode::Locked, {} };
    return copyWith(destPath, literal, progress);
}

Status CaseFile::copyTo(
    const QString &destPath, const FileHeader &header, const SecureBytes &key, const DatabaseCopy::Progress &progress)
{
    if (!header.keyMatches(key))
        return Error { ErrorCode::WrongPassphrase, QStringLiteral("key check failed") };
    SecureBytes literal = Security::KeyDerivation::sqlcipherKeyLiteral(key, header.bytes());
    if (literal.isNull())
        return Error { ErrorCode::OutOfMemory, QStringLiteral("secure memory for the key") };
    return copyWith(destPath, literal, progress);
}

Status CaseFile::verifyCopy(const QString &path, DatabaseCopy::Depth depth) const
{
    SecureBytes literal = keyLiteralCopy();
    if (literal.isNull())
        return Error { ErrorCode::Locked, {} };
    return DatabaseCopy::verify(path, literal, m_header.bytes(), depth);
}

SecureBytes CaseFile::keyLiteralCopy() const
{
    std::lock_guard guard(m_copyMutex);
    if (!m_db)
        return {};
    return SecureBytes::copyOf(QByteArrayView(m_keyLiteral.constChar(), qsizetype(m_keyLiteral.size())));
}

Status CaseFile::readCopy(const QString &path, const std::function<void(Database &)> &work) const
{
    SecureBytes literal = keyLiteralCopy();
    if (literal.isNull())
        return Error { ErrorCode::Locked, {} };
    auto db = Database::open(path, literal, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    try {
        work(**db);
    } catch (const SqliteError &e) {
        return e.error();
    }
    return {};
}

Status CaseFile::checkPages() const
{
    SecureBytes literal = keyLiteralCopy();
    if (literal.isNull())
        return Error { ErrorCode::Locked, {} };
    return DatabaseCopy::checkPages(m_path, literal);
}

Status CaseFile::changePassphrase(const SecureBytes &oldPassphrase, const SecureBytes &newPassphrase,
    const Security::KdfParameters &kdf, const DatabaseCopy::Progress &progress)
{
    if (!m_db)
        return Error { ErrorCode::Locked, {} };
    auto change = PassphraseChange::prepare(m_header, oldPassphrase, newPassphrase, kdf);
    if (!change)
        return change.error();
    Status s;
    for (int i = 0; i < PassphraseChange::MaximumCopies; ++i) {
        if (s = (*change)->copy(*this, progress); !s)
            return s;
        if (s = (*change)->commit(*this); s || !(*change)->writtenSinceCopy())
            return s;
    }
    return s;
}

namespace {

QList<Domain::AuditEvent> readAuditEvents(Statement &query)
{
    QList<Domain::AuditEvent> events;
    while (query.next()) {
        Domain::AuditEvent e;
        e.id = query.text(0);
        e.at = QDateTime::fromString(query.text(1), Qt::ISODateWithMs);
        e.actor = query.text(2);
        e.action = query.text(3);
        e.entityType = query.text(4);
        e.entityId = query.text(5);
        e.citizenId = query.text(6);
        events.append(e);
    }
    return events;
}

} // namespace

Result<QList<Domain::AuditEvent>> CaseFile::auditEvents(int limit)
{
    return read([&](Database &db) {
        Statement query = db.prepare(R"sql(
            SELECT id, at, actor, action, entity_type, entity_id, citizen_id
            FROM audit_event ORDER BY seq DESC LIMIT ?1
        )sql");
        query.bind(1, limit);
        return readAuditEvents(query);
    });
}

const QList<AuditAction> &CaseFile::fileWideActions()
{
    static const QList<AuditAction> actions { AuditAction::BackedUp, AuditAction::Restored,
        AuditAction::PassphraseChanged, AuditAction::LogExported };
    return actions;
}

Result<QList<Domain::AuditEvent>> CaseFile::auditEventsOfCitizen(const QString &citizenId)
{
    return read([&](Database &db) {
        // Two lookups in the index on (citizen_id, seq): the citizen's own events, and among the events
        // without a citizen the file-wide ones; merged in the order they happened.
        QStringList names;
        for (AuditAction action : fileWideActions())
            names << QLatin1Char('\'') + Domain::auditActionName(action) + QLatin1Char('\'');
        const QByteArray sql = "SELECT id, at, actor, action, entity_type, entity_id, citizen_id FROM audit_event "
                               "WHERE citizen_id = ?1 OR (citizen_id IS NULL AND action IN ("
            + names.join(QLatin1Char(',')).toUtf8() + ")) ORDER BY seq";
        Statement query = db.prepare(sql.constData());
        query.bind(1, citizenId);
        return readAuditEvents(query);
    });
}

Result<QList<Domain::AuditEvent>> CaseFile::auditEventsOfRecords(const QStringList &entityIds)
{
    return read([&](Database &db) {
        Statement query
            = db.prepare("SELECT id, at, actor, action, entity_type, entity_id, citizen_id FROM audit_event "
                         "WHERE entity_id IN (SELECT value FROM json_each(?1)) ORDER BY seq");
        query.bind(
            1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(entityIds)).toJson(QJsonDocument::Compact)));
        return readAuditEvents(query);
    });
}

Status CaseFile::recordViewed(const QString &citizenId)
{
    if (!m_db)
        return Error { ErrorCode::Locked, {} };
    if (citizenId.isEmpty() || m_viewed.contains(citizenId))
        return {};
    // recordEvent(), not recordChange(): nothing changed, so no listener hears of it and nothing can be undone.
    Status s = recordEvent(AuditAction::CitizenViewed, QStringLiteral("citizen"), citizenId, citizenId);
    if (s)
        m_viewed.insert(citizenId);
    return s;
}

} // namespace Traedesten::Storage
