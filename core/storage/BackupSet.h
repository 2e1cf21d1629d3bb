#pragma once

#include "Result.h"
#include "storage/DatabaseCopy.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Traedesten::Security {
class SecureBytes;
}

namespace Traedesten::Storage {

class CaseFile;
class Database;

/// One backup file as its name and first bytes tell it, without the passphrase.
struct Backup
{
    QString path;
    QString fileId; ///< the case file's id (FileSetting::FileId), from the name
    QString caseFileName; ///< a short safe form of the case file's name, from the name
    QDateTime madeAt; ///< UTC, from the name
    qint64 size = 0;
    QByteArray header; ///< the first 16 bytes: salt and key-derivation parameters, no content
    bool whole = false; ///< the header is one of ours and the size is whole pages
};

/**
 * The backups of case files in one folder (Trædesten never puts anything else there).
 *
 * A backup is a whole-file copy (CaseFile::copyTo) with the file's key, so it opens with the passphrase the
 * file had when it was made. Its name carries a short safe form of the case file's name, the time (UTC) and
 * the case file's id: "<name>_2026-03-01T101500.123Z_<uuid>.traedesten-backup". A backup is made under a
 * hidden ".<name>.partial-<random>" name, checked in full and renamed into place, so a killed process
 * leaves at most a partial file, which is never listed and is removed at the next backup.
 */
class BackupSet
{
public:
    static constexpr const char *Extension = "traedesten-backup";
    static constexpr int DailyDays = 7; ///< days in which the newest backup of each day is kept
    static constexpr int Weeks = 8; ///< weeks before those in which the newest backup of each week is kept

    explicit BackupSet(QString folder);
    const QString &folder() const { return m_folder; }

    /// "Trædesten backups" beside the case file.
    static QString defaultFolder(const QString &caseFilePath);
    /// The file name of a backup of @p caseFilePath (id @p fileId) made at @p madeAt.
    static QString fileName(const QString &caseFilePath, const QString &fileId, const QDateTime &madeAt);
    /// A backup described from its name and first bytes; nullopt for a name that is not a backup's.
    static std::optional<Backup> describe(const QString &path);

    /// Every backup in the folder, newest first; NotFound when the folder is missing.
    Result<QList<Backup>> list() const;
    /// The backups of the case file @p fileId, newest first (none when the folder is missing).
    QList<Backup> backupsOf(const QString &fileId) const;

    /**
     * Which backups to keep, given when each was made and the time now: the newest backup of each of the
     * last DailyDays days (today included), then the newest of each calendar week for Weeks weeks, and
     * always the newest backup of all. Days and weeks are the local calendar's. Index by index.
     */
    static QList<bool> generationsToKeep(const QList<QDateTime> &madeAt, const QDateTime &now);

    /**
     * The sequence number of the newest audit event that records a change (not opening, locking or backing
     * up): equal in a file and its backup when nothing has changed since. Throws SqliteError.
     */
    static qint64 lastChange(Database &db);

    struct Request
    {
        QString fileId;
        QString caseFilePath;
        /// lastChange() of the live file; with a backup of today holding the same, none is made. -1: always.
        qint64 lastChange = -1;
        bool createFolder = false; ///< make the folder when it is missing (the default folder)
        DatabaseCopy::Progress progress;
        QDateTime now; ///< empty: the clock
    };
    struct Made
    {
        bool skipped = false; ///< nothing changed since today's newest backup, which is backup
        Backup backup;
        QStringList removed; ///< older generations deleted
    };
    /**
     * Makes a backup of @p file: copy into a partial file, full check of the copy, rename into place, then
     * removal of the generations no longer kept and of partial files left by a killed process. Runs on a
     * worker thread (CaseFile::copyTo). NotFound / ReadOnly / DiskFull for the folder; Damaged with field
     * "caseFile" when a page of the live file could not be read, with field "backup" when the copy failed
     * its check. On failure nothing new is left and older backups are untouched. The caller records the
     * BackedUp event.
     */
    Result<Made> make(CaseFile &file, const Request &request) const;

    struct Restored
    {
        std::unique_ptr<CaseFile> file; ///< the restored file, open, with its Restored event written
        QString keptAside; ///< where the file it replaced was kept (empty: there was none)
    };
    /**
     * Restores @p backupPath onto @p targetPath: the backup is checked with @p passphrase (its own, from when
     * it was made), copied beside the target, the copy checked in full, the current file kept as
     * "<name>.before-restore-<time>.traedesten" and the copy renamed into place in one step; then the file
     * is opened and a Restored event written. InUse when the target is open here or elsewhere (its lock
     * file); WrongPassphrase; Damaged; InvalidInput with field "fileId" when @p expectedFileId is given and
     * the backup belongs to another case file. Slow (Argon2id twice, reads the backup twice): worker thread.
     */
    static Result<Restored> restore(const QString &backupPath, const Security::SecureBytes &passphrase,
        const QString &targetPath, const QString &expectedFileId = {});

private:
    void removePartials(const QString &fileId) const;

    QString m_folder;
};

} // namespace Traedesten::Storage
