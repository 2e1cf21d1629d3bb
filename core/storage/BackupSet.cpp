#include "BackupSet.h"

#include "domain/AuditEvent.h"
#include "domain/FileSetting.h"
#include "security/FileHeader.h"
#include "security/KeyDerivation.h"
#include "security/SecureBytes.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/PrivateFile.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Traedesten::Storage {

namespace {

constexpr qint64 PageSize = 4096;
constexpr int MaximumNameLength = 40;

const QString &timeFormat()
{
    static const QString format = QStringLiteral("yyyy-MM-dd'T'HHmmss.zzz'Z'");
    return format;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(.*)_(\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.\\d{3}Z)_([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
        "[0-9a-fA-F]{12})\\.traedesten-backup$"));
    return pattern;
}

/// Letters, digits, spaces and hyphens of the case file's name, at most MaximumNameLength of them.
QString safeName(const QString &caseFilePath)
{
    QString safe;
    for (const QChar c : QFileInfo(caseFilePath).completeBaseName()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(' '))
            safe.append(c);
        if (safe.size() >= MaximumNameLength)
            break;
    }
    safe = safe.trimmed();
    return safe.isEmpty() ? QStringLiteral("caseload") : safe;
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

Error inDamaged(Error e, const QString &where)
{
    if (e.code == ErrorCode::Damaged)
        e.field = where;
    return e;
}

Status copyBytes(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error { in.exists() ? ErrorCode::Unreadable : ErrorCode::NotFound, in.errorString() };
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error { ErrorCode::ReadOnly, out.errorString() };
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            return Error { out.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                out.errorString() };
    }
    if (in.error() != QFileDevice::NoError)
        return Error { ErrorCode::Io, in.errorString() };
    if (!out.flush())
        return Error { ErrorCode::DiskFull, out.errorString() };
    out.close();
    return PrivateFile::sync(to);
}

/// Keeps @p path's current bytes under @p aside: a hard link where the file system allows it, else a copy.
Status keepAside(const QString &path, const QString &aside)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(aside).constData()) == 0)
        return PrivateFile::sync(QFileInfo(aside).absolutePath());
#endif
    if (Status s = PrivateFile::createNew(aside); !s)
        return s;
    if (Status s = copyBytes(path, aside); !s) {
        QFile::remove(aside);
        return s;
    }
    return {};
}

} // namespace

BackupSet::BackupSet(QString folder)
    : m_folder(std::move(folder))
{ }

QString BackupSet::defaultFolder(const QString &caseFilePath)
{
    return QFileInfo(caseFilePath).absoluteDir().filePath(QStringLiteral("Trædesten backups"));
}

QString BackupSet::fileName(const QString &caseFilePath, const QString &fileId, const QDateTime &madeAt)
{
    return QStringLiteral("%1_%2_%3.%4")
        .arg(safeName(caseFilePath), madeAt.toUTC().toString(timeFormat()), fileId, QLatin1String(Extension));
}

std::optional<Backup> BackupSet::describe(const QString &path)
{
    const QFileInfo info(path);
    const QRegularExpressionMatch match = namePattern().match(info.fileName());
    if (!match.hasMatch() || !info.isFile())
        return std::nullopt;
    Backup b;
    b.path = info.absoluteFilePath();
    b.caseFileName = match.captured(1);
    b.madeAt = QDateTime::fromString(match.captured(2), timeFormat());
    b.madeAt.setTimeSpec(Qt::UTC);
    if (!b.madeAt.isValid())
        return std::nullopt;
    b.fileId = match.captured(3).toLower();
    b.size = info.size();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        b.header = file.read(Security::FileHeader::Size);
    b.whole = b.size >= PageSize && b.size % PageSize == 0 && Security::FileHeader::parse(b.header).ok();
    return b;
}

Result<QList<Backup>> BackupSet::list() const
{
    const QDir dir(m_folder);
    if (!dir.exists())
        return Error { ErrorCode::NotFound, QStringLiteral("no such folder") };
    QList<Backup> backups;
    const QStringList names = dir.entryList({ QStringLiteral("*.") + QLatin1String(Extension) }, QDir::Files);
    for (const QString &name : names) {
        if (auto b = describe(dir.filePath(name)))
            backups.append(*b);
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.madeAt > b.madeAt; });
    return backups;
}

QList<Backup> BackupSet::backupsOf(const QString &fileId) const
{
    QList<Backup> mine;
    const auto all = list();
    if (!all)
        return mine;
    for (const Backup &b : *all) {
        if (b.fileId.compare(fileId, Qt::CaseInsensitive) == 0)
            mine.append(b);
    }
    return mine;
}

QList<bool> BackupSet::generationsToKeep(const QList<QDateTime> &madeAt, const QDateTime &now)
{
    QList<bool> keep(madeAt.size(), false);
    if (madeAt.isEmpty())
        return keep;
    const QDate today = now.toLocalTime().date();
    const qsizetype newest = std::max_element(madeAt.begin(), madeAt.end()) - madeAt.begin();
    keep[newest] = true;
    QMap<QDate, qsizetype> daily;
    QMap<std::pair<int, int>, qsizetype> weekly;
    for (qsizetype i = 0; i < madeAt.size(); ++i) {
        const QDate day = madeAt[i].toLocalTime().date();
        const qint64 age = day.daysTo(today);
        if (age < 0) {
            keep[i] = true; // made "in the future": the clock was changed; not ours to judge
        } else if (age < DailyDays) {
            auto it = daily.find(day);
            if (it == daily.end() || madeAt[*it] < madeAt[i])
                daily.insert(day, i);
        } else if (age < DailyDays + 7 * Weeks) {
            int year = 0;
            const int week = day.weekNumber(&year);
            const std::pair<int, int> key { year, week };
            auto it = weekly.find(key);
            if (it == weekly.end() || madeAt[*it] < madeAt[i])
                weekly.insert(key, i);
        }
    }
    for (const qsizetype i : std::as_const(daily))
        keep[i] = true;
    for (const qsizetype i : std::as_const(weekly))
        keep[i] = true;
    return keep;
}

qint64 BackupSet::lastChange(Database &db)
{
    using Domain::AuditAction;
    Statement query = db.prepare(R"sql(
        SELECT seq FROM audit_event WHERE action NOT IN (?1, ?2, ?3, ?4) ORDER BY seq DESC LIMIT 1
    )sql");
    query.bind(1, Domain::auditActionName(AuditAction::FileOpened))
        .bind(2, Domain::auditActionName(AuditAction::FileUnlocked))
        .bind(3, Domain::auditActionName(AuditAction::FileLocked))
        .bind(4, Domain::auditActionName(AuditAction::BackedUp));
    return query.next() ? query.int64(0) : 0;
}

void BackupSet::removePartials(const QString &fileId) const
{
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({ QStringLiteral(".*.partial-*") }, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (name.contains(fileId, Qt::CaseInsensitive)) {
            QFile::remove(dir.filePath(name));
            QFile::remove(dir.filePath(name + QStringLiteral("-journal")));
        }
    }
}

Result<BackupSet::Made> BackupSet::make(CaseFile &file, const Request &request) const
{
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    const QFileInfo folder(m_folder);
    if (!folder.exists() && !request.createFolder)
        return Error { ErrorCode::NotFound, QStringLiteral("the backup folder does not exist") };
    if (folder.exists() && !folder.isDir())
        return Error { ErrorCode::NotFound, QStringLiteral("the backup folder is not a folder") };
    if (!folder.exists()) {
        if (Status s = PrivateFile::makeFolder(m_folder); !s)
            return Error { ErrorCode::ReadOnly, s.error().detail };
    }
    removePartials(request.fileId);

    const QList<Backup> before = backupsOf(request.fileId);
    if (request.lastChange >= 0 && !before.isEmpty()
        && before.first().madeAt.toLocalTime().date() == now.toLocalTime().date()) {
        qint64 backedUp = -1;
        const Status read = file.readCopy(before.first().path, [&](Database &db) { backedUp = lastChange(db); });
        if (read && backedUp >= request.lastChange)
            return Made { true, before.first(), {} };
    }

    QDateTime madeAt = now.toUTC();
    QString finalPath = QDir(m_folder).filePath(fileName(request.caseFilePath, request.fileId, madeAt));
    while (QFileInfo::exists(finalPath)) {
        madeAt = madeAt.addMSecs(1);
        finalPath = QDir(m_folder).filePath(fileName(request.caseFilePath, request.fileId, madeAt));
    }
    const QString partial = QDir(m_folder).filePath(
        QStringLiteral(".") + QFileInfo(finalPath).fileName() + QStringLiteral(".partial-") + randomSuffix());

    if (Status s = file.copyTo(partial, request.progress); !s)
        return inDamaged(s.error(), QStringLiteral("caseFile"));
    if (Status s = file.verifyCopy(partial, DatabaseCopy::Depth::Full); !s) {
        QFile::remove(partial);
        return inDamaged(s.error(), QStringLiteral("backup"));
    }
    if (Status s = PrivateFile::replace(partial, finalPath); !s) {
        QFile::remove(partial);
        return s.error();
    }

    Made made;
    made.backup = describe(finalPath).value_or(Backup {});
    const QList<Backup> all = backupsOf(request.fileId);
    QList<QDateTime> times;
    for (const Backup &b : all)
        times.append(b.madeAt);
    const QList<bool> keep = generationsToKeep(times, now);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!keep[i] && all[i].path != made.backup.path && QFile::remove(all[i].path))
            made.removed.append(all[i].path);
    }
    return made;
}

Result<BackupSet::Restored> BackupSet::restore(const QString &backupPath, const Security::SecureBytes &passphrase,
    const QString &targetPath, const QString &expectedFileId)
{
    const QFileInfo backupInfo(backupPath);
    if (!backupInfo.isFile())
        return Error { ErrorCode::NotFound, QStringLiteral("no such backup") };
    if (backupInfo.size() < PageSize || backupInfo.size() % PageSize != 0)
        return Error { ErrorCode::Damaged, QStringLiteral("size is not a whole number of pages"),
            QStringLiteral("backup") };
    auto header = CaseFile::readHeader(backupPath);
    if (!header)
        return inDamaged(header.error(), QStringLiteral("backup"));

    const QFileInfo target(targetPath);
    const QString absoluteTarget = target.absoluteFilePath();
    if (!target.absoluteDir().exists())
        return Error { ErrorCode::NotFound, QStringLiteral("the folder of the case file does not exist") };

    // The target's lock, held until the restored file is in place: a file open here or elsewhere is refused.
    QLockFile lock(absoluteTarget + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError)
            return Error { ErrorCode::InUse, QStringLiteral("the case file is open") };
        return Error { ErrorCode::ReadOnly, QStringLiteral("cannot create the lock file") };
    }

    auto key = CaseFile::deriveKey(*header, passphrase);
    if (!key)
        return key.error();
    const Security::SecureBytes literal = Security::KeyDerivation::sqlcipherKeyLiteral(*key, header->bytes());
    key->clear();
    if (literal.isNull())
        return Error { ErrorCode::OutOfMemory, QStringLiteral("secure memory for the key") };

    const QString temp = target.absoluteDir().filePath(
        QStringLiteral(".") + target.fileName() + QStringLiteral(".restore-") + randomSuffix());
    if (Status s = PrivateFile::createNew(temp); !s)
        return s.error();
    const auto fail = [&](Error e) -> Result<Restored> {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return e;
    };
    if (Status s = copyBytes(backupPath, temp); !s)
        return fail(s.error());
    if (Status s = DatabaseCopy::verify(temp, literal, header->bytes(), DatabaseCopy::Depth::Full); !s)
        return fail(inDamaged(s.error(), QStringLiteral("backup")));
    QString fileId;
    {
        auto db = Database::open(temp, literal, Database::Mode::ReadOnly);
        if (!db)
            return fail(inDamaged(db.error(), QStringLiteral("backup")));
        try {
            Statement query = (*db)->prepare("SELECT value FROM file_setting WHERE key = ?1");
            query.bind(1, Domain::fileSettingKey(Domain::FileSetting::FileId));
            if (query.next())
                fileId = query.text(0);
        } catch (const SqliteError &e) {
            return fail(inDamaged(e.error(), QStringLiteral("backup")));
        }
    }
    if (!expectedFileId.isEmpty() && fileId.compare(expectedFileId, Qt::CaseInsensitive) != 0) {
        Error e { ErrorCode::InvalidInput, QStringLiteral("the backup belongs to another case file"),
            QStringLiteral("fileId") };
        return fail(e);
    }

    // The current file stays, under another name, with any journal a crash left for it.
    Restored restored;
    if (target.exists()) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
        QString aside = target.absoluteDir().filePath(
            QStringLiteral("%1.before-restore-%2.%3")
                .arg(target.completeBaseName(), stamp, QLatin1String(CaseFile::Extension)));
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = target.absoluteDir().filePath(QStringLiteral("%1.before-restore-%2-%3.%4")
                                                      .arg(target.completeBaseName(), stamp)
                                                      .arg(n)
                                                      .arg(QLatin1String(CaseFile::Extension)));
        if (Status s = keepAside(absoluteTarget, aside); !s)
            return fail(s.error());
        const QString journal = absoluteTarget + QStringLiteral("-journal");
        if (QFileInfo::exists(journal) && !QFile::rename(journal, aside + QStringLiteral("-journal")))
            return fail(Error { ErrorCode::Io, QStringLiteral("the case file's journal could not be moved") });
        restored.keptAside = aside;
    }
    if (Status s = PrivateFile::replace(temp, absoluteTarget); !s)
        return fail(s.error());
    lock.unlock();

    auto opened = CaseFile::open(absoluteTarget, passphrase);
    if (!opened)
        return opened.error();
    (void)(*opened)->recordEvent(
        Domain::AuditAction::Restored, QStringLiteral("backup"), QFileInfo(backupPath).fileName(), {});
    restored.file = std::move(*opened);
    return restored;
}

} // namespace Traedesten::Storage
