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
};

} // namespace Traedesten::Storage
