#pragma once

#include "Result.h"

#include <QFileDevice>
#include <QString>

class QSaveFile;

namespace Traedesten::Storage {

/**
 * Every file the program writes outside the case file (PDFs, CSV exports, receipt copies,
 * its own settings) is its user's alone: mode 0600, whatever the umask; and a folder it
 * creates for them is 0700. Writers go through here so none can forget.
 */
class PrivateFile
{
public:
    static constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions FolderPermissions
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    /**
     * Opens @p file for writing with owner-only permissions, also when it replaces a file that
     * was readable by others. On failure the file's error() and errorString() say why.
     */
    static bool open(QSaveFile &file);
    /// The open error of @p file as an Error (ReadOnly for a permissions error, else Io).
    static Error openError(const QSaveFile &file);
    /// Writes @p bytes to @p path atomically (nothing half-written is left), with mode 0600.
    static Status write(const QString &path, const QByteArray &bytes);
    /// Creates @p path and any missing parent folders, each new one with mode 0700.
    static Status makeFolder(const QString &path);
    /// Creates the empty file @p path with mode 0600; AlreadyExists when something is there (never follows a link).
    static Status createNew(const QString &path);
    /// Flushes the data of the file @p path to the disk (fsync).
    static Status sync(const QString &path);
    /**
     * Renames @p from to @p to in one step, replacing what @p to was (both in the same folder), and syncs the
     * folder, so that after a crash or power cut @p to is either the old file or the new one, whole.
     */
    static Status replace(const QString &from, const QString &to);
    /// An Error for the C library's @p err (ENOSPC is DiskFull, EACCES ReadOnly, ...); @p what says which call.
    static Error errnoError(int err, const QString &what);
};

} // namespace Traedesten::Storage
