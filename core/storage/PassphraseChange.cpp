#include "PassphraseChange.h"

#include "domain/AuditEvent.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QUuid>

#include <functional>
#include <sqlcipher/sqlite3.h>

namespace Traedesten::Storage {

using Security::FileHeader;
using Security::SecureBytes;

namespace {

const QString TemporaryMarker = QStringLiteral(".rekey-");
const QString JournalSuffix = QStringLiteral("-journal");

void removeWithJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + JournalSuffix);
}

SecureBytes copyOf(const SecureBytes &bytes)
{
    return SecureBytes::copyOf(QByteArrayView(bytes.constChar(), qsizetype(bytes.size())));
}

/// The PassphraseChanged event, written into the new copy itself: the old file never claims a change that
/// did not happen, and the new one always records it. The same row CaseFile::appendEvent() writes.
Status recordChangeIn(Database &db, const QString &actor)
{
    return db.transaction([&] {
        Statement insert = db.prepare("INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, "
                                      "citizen_id) VALUES (?1, ?2, ?3, ?4, ?5, NULL, NULL)");
        insert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .bind(3, actor)
            .bind(4, Domain::auditActionName(Domain::AuditAction::PassphraseChanged))
            .bind(5, QStringLiteral("case_file"))
            .run();
    });
}

using OldKey = std::function<Result<SecureBytes>(const FileHeader &)>;

/// Re-encrypts the closed case file @p path under @p newHeader / @p newKey; see reencryptFile().
Status reencryptClosed(const QString &path, const OldKey &oldKeyFor, const FileHeader &newHeader,
    const SecureBytes &newKey, const DatabaseCopy::Progress &progress)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { ErrorCode::NotFound, QStringLiteral("no such file") };
    if (!info.isFile())
        return Error { ErrorCode::Damaged, QStringLiteral("not a regular file") };
    const QString absolute = info.absoluteFilePath();
    const QString real = PassphraseChange::realPath(absolute);
    if (!newHeader.keyMatches(newKey))
        return Error { ErrorCode::Internal, QStringLiteral("the new key does not fit the new header") };

    QLockFile lock(absolute + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return Error { lock.error() == QLockFile::LockFailedError ? ErrorCode::InUse : ErrorCode::ReadOnly,
            QStringLiteral("lock file") };
    PassphraseChange::removeStrayCopies(absolute);
    if (QFileInfo::exists(absolute + JournalSuffix) || QFileInfo::exists(real + JournalSuffix))
        return Error { ErrorCode::Damaged, QStringLiteral("a journal lies beside the file") };

    auto header = CaseFile::readHeader(absolute);
    if (!header)
        return header.error();
    if (header->bytes() == newHeader.bytes())
        return {}; // already re-encrypted (a second run)
    auto oldKey = oldKeyFor(*header);
    if (!oldKey)
        return oldKey.error();
    SecureBytes oldLiteral = Security::KeyDerivation::sqlcipherKeyLiteral(*oldKey, header->bytes());
    SecureBytes newLiteral = Security::KeyDerivation::sqlcipherKeyLiteral(newKey, newHeader.bytes());
    if (oldLiteral.isNull() || newLiteral.isNull())
        return Error { ErrorCode::OutOfMemory, QStringLiteral("secure memory for the key") };

    const QString temp = PassphraseChange::temporaryPathFor(real);
    {
        auto source = Database::open(absolute, oldLiteral, Database::Mode::ReadOnly);
        if (!source)
            return source.error();
        if (Status s = DatabaseCopy::copy(**source, temp, newLiteral, progress); !s)
            return s;
    }
    if (Status s = DatabaseCopy::verify(temp, newLiteral, newHeader.bytes(), DatabaseCopy::Depth::Full); !s) {
        removeWithJournal(temp);
        return s;
    }
    // A backup's time is when it was made, not when it was re-encrypted.
    {
        QFile copy(temp);
        if (copy.open(QIODevice::ReadWrite))
            copy.setFileTime(info.lastModified(), QFileDevice::FileModificationTime);
    }
    if (Status s = PrivateFile::replace(temp, real); !s) {
        removeWithJournal(temp);
        return s;
    }
    return {};
}

} // namespace

PassphraseChange::PassphraseChange(FileHeader oldHeader, FileHeader newHeader)
    : m_oldHeader(std::move(oldHeader))
    , m_newHeader(std::move(newHeader))
{ }

PassphraseChange::~PassphraseChange()
{
    discardCopy();
}

Result<std::unique_ptr<PassphraseChange>> PassphraseChange::prepare(const FileHeader &current,
    const SecureBytes &oldPassphrase, const SecureBytes &newPassphrase, const Security::KdfParameters &kdf)
{
    return prepare(current, oldPassphrase, newPassphrase, [&kdf] { return kdf; });
}

Result<std::unique_ptr<PassphraseChange>> PassphraseChange::prepare(const FileHeader &current,
    const SecureBytes &oldPassphrase, const SecureBytes &newPassphrase,
    const std::function<Security::KdfParameters()> &chooseKdf)
{
    if (newPassphrase.isEmpty())
        return Error { ErrorCode::InvalidInput, QStringLiteral("empty passphrase") };
    auto oldKey = CaseFile::deriveKey(current, oldPassphrase);
    if (!oldKey)
        return oldKey.error();
    auto header = FileHeader::generate(chooseKdf());
    if (!header)
        return header.error();
    auto newKey = Security::KeyDerivation::deriveKey(newPassphrase, *header);
    if (!newKey)
        return newKey.error();
    header->setKeyCheck(*newKey);

    std::unique_ptr<PassphraseChange> change(new PassphraseChange(current, std::move(*header)));
    change->m_oldKey = std::move(*oldKey);
    change->m_newKey = std::move(*newKey);
    change->m_oldPassphrase = copyOf(oldPassphrase);
    if (change->m_oldPassphrase.isNull() && !oldPassphrase.isEmpty())
        return Error { ErrorCode::OutOfMemory, QStringLiteral("secure memory for the passphrase") };
    return change;
}

QString PassphraseChange::temporaryPathFor(const QString &path)
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return path + TemporaryMarker + QString::number(random, 16).rightJustified(16, QLatin1Char('0'));
}

QString PassphraseChange::realPath(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

void PassphraseChange::removeStrayCopies(const QString &path)
{
    // Beside the name it was opened by and, for a link, beside the file itself (where copies are made).
    QStringList paths { QFileInfo(path).absoluteFilePath() };
    if (const QString real = realPath(path); real != paths.first())
        paths << real;
    for (const QString &each : std::as_const(paths)) {
        const QFileInfo info(each);
        const QString prefix = info.fileName() + TemporaryMarker;
        QDir folder = info.absoluteDir();
        // No name filter: the file's own name may hold the filter's wildcard characters.
        const QStringList names = folder.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : names) {
            if (name.startsWith(prefix))
                folder.remove(name);
        }
    }
}

void PassphraseChange::discardCopy()
{
    if (!m_tempPath.isEmpty())
        removeWithJournal(m_tempPath);
    m_tempPath.clear();
    m_changesAtCopy = -1;
}

Status PassphraseChange::copy(CaseFile &file, const DatabaseCopy::Progress &progress)
{
    if (m_committed)
        return {};
    discardCopy();
    m_writtenSinceCopy = false;
    QString path;
    QString actor;
    qint64 changes = -1;
    const Database *connection = nullptr;
    {
        std::lock_guard guard(file.m_copyMutex);
        if (!file.m_db || file.m_stopCopies)
            return Error { ErrorCode::Locked, {} };
        // A file open read-only (full disk, no permission) cannot be replaced beside itself either.
        if (file.isReadOnly())
            return Error { file.access() == CaseFile::Access::DiskFull ? ErrorCode::DiskFull : ErrorCode::ReadOnly,
                QStringLiteral("the case file is open read-only") };
        if (file.m_header.bytes() != m_oldHeader.bytes())
            return Error { ErrorCode::Internal, QStringLiteral("the file's header changed") };
        path = realPath(file.m_path); // a link is followed: the file itself is replaced, beside itself
        actor = file.m_actor;
        changes = sqlite3_total_changes64(file.m_db->handle());
        connection = file.m_db.get();
    }
    const QString temp = temporaryPathFor(path);
    // The copy steps through the live connection, which carries every later commit into it; the change
    // count is read before each step, so a commit after the last one shows in commit() (copy again).
    Status copied = file.copyTo(temp, m_newHeader, m_newKey, [&](qint64 done, qint64 total) {
        if (progress && !progress(done, total))
            return false;
        changes = sqlite3_total_changes64(file.m_db->handle()); // alive: closing waits for the copy
        return true;
    });
    if (!copied)
        return copied;

    SecureBytes literal = Security::KeyDerivation::sqlcipherKeyLiteral(m_newKey, m_newHeader.bytes());
    if (literal.isNull()) {
        removeWithJournal(temp);
        return Error { ErrorCode::OutOfMemory, QStringLiteral("secure memory for the key") };
    }
    Status recorded = [&]() -> Status {
        auto db = Database::open(temp, literal, Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        return recordChangeIn(**db, actor);
    }();
    if (recorded && QFileInfo::exists(temp + JournalSuffix))
        recorded = Error { ErrorCode::Io, QStringLiteral("the copy's journal remained") };
    if (recorded)
        recorded = DatabaseCopy::verify(temp, literal, m_newHeader.bytes(), DatabaseCopy::Depth::Full);
    if (recorded)
        recorded = PrivateFile::sync(temp);
    if (!recorded) {
        removeWithJournal(temp);
        return recorded;
    }
    m_tempPath = temp;
    m_target = path;
    m_changesAtCopy = changes;
    m_connectionAtCopy = connection;
    return {};
}

Status PassphraseChange::commit(CaseFile &file)
{
    if (m_committed)
        return {};
    if (m_tempPath.isEmpty())
        return Error { ErrorCode::Internal, QStringLiteral("no verified copy") };
    if (!file.m_db) {
        discardCopy();
        return Error { ErrorCode::Locked, {} };
    }
    if (file.m_header.bytes() != m_oldHeader.bytes()) {
        discardCopy();
        return Error { ErrorCode::Internal, QStringLiteral("the file's header changed") };
    }
    if (file.m_db.get() != m_connectionAtCopy || file.m_db->transactionDepth() != 0
        || sqlite3_total_changes64(file.m_db->handle()) != m_changesAtCopy) {
        // Something was written after the copy (or the file was locked and unlocked): renaming would lose it.
        discardCopy();
        m_writtenSinceCopy = true;
        return Error { ErrorCode::Cancelled, QStringLiteral("the file was written during the copy") };
    }

    SecureBytes oldLiteral = copyOf(file.m_keyLiteral);
    SecureBytes newLiteral = Security::KeyDerivation::sqlcipherKeyLiteral(m_newKey, m_newHeader.bytes());
    if (oldLiteral.isNull() || newLiteral.isNull()) {
        discardCopy();
        return Error { ErrorCode::OutOfMemory, QStringLiteral("secure memory for the key") };
    }
    const auto reopen = [&file](SecureBytes literal) -> Status {
        auto db = Database::open(file.m_path, literal, Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        file.m_db = std::move(*db);
        file.m_keyLiteral = std::move(literal);
        return {};
    };

    // DELETE journal mode: closing the last connection deletes the journal. One left behind would be taken
    // for the new file's hot journal and rolled back into it, mixing pages of the two keys.
    file.closeConnection();
    if (QFileInfo::exists(file.m_path + JournalSuffix) || QFileInfo::exists(m_target + JournalSuffix)) {
        discardCopy();
        (void)reopen(std::move(oldLiteral)); // rolls the journal back into the old file
        return Error { ErrorCode::Io, QStringLiteral("the journal remained after closing") };
    }
    if (Status s = PrivateFile::replace(m_tempPath, m_target); !s) {
        discardCopy();
        (void)reopen(std::move(oldLiteral));
        return s;
    }
    // From here on the file on disk is the new one.
    m_tempPath.clear();
    m_committed = true;
    file.m_header = m_newHeader;
    return reopen(std::move(newLiteral));
}

Status PassphraseChange::reencrypt(const QString &path, const DatabaseCopy::Progress &progress) const
{
    const OldKey oldKeyFor = [this](const FileHeader &header) -> Result<SecureBytes> {
        if (header.bytes() == m_oldHeader.bytes()) {
            SecureBytes key = copyOf(m_oldKey);
            if (key.isNull())
                return Error { ErrorCode::OutOfMemory, QStringLiteral("secure memory for the key") };
            return key;
        }
        return CaseFile::deriveKey(header, m_oldPassphrase);
    };
    return reencryptClosed(path, oldKeyFor, m_newHeader, m_newKey, progress);
}

Status PassphraseChange::reencryptFile(const QString &path, const SecureBytes &oldPassphrase,
    const FileHeader &newHeader, const SecureBytes &newKey, const DatabaseCopy::Progress &progress)
{
    const OldKey oldKeyFor = [&oldPassphrase](const FileHeader &header) {
        return CaseFile::deriveKey(header, oldPassphrase);
    };
    return reencryptClosed(path, oldKeyFor, newHeader, newKey, progress);
}

Status PassphraseChange::reencryptFile(const QString &path, const SecureBytes &oldPassphrase,
    const SecureBytes &newPassphrase, const Security::KdfParameters &kdf, const DatabaseCopy::Progress &progress)
{
    if (newPassphrase.isEmpty())
        return Error { ErrorCode::InvalidInput, QStringLiteral("empty passphrase") };
    auto header = FileHeader::generate(kdf);
    if (!header)
        return header.error();
    auto key = Security::KeyDerivation::deriveKey(newPassphrase, *header);
    if (!key)
        return key.error();
    header->setKeyCheck(*key);
    return reencryptFile(path, oldPassphrase, *header, *key, progress);
}

} // namespace Traedesten::Storage
