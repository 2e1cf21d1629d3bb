#include "PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Traedesten::Storage {

bool PrivateFile::open(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // QSaveFile creates its temporary file with the umask's mode (or copies the mode of the
    // file it replaces); narrow it before anything is written. commit() renames it into place.
    if (!file.setPermissions(FilePermissions)) {
        file.cancelWriting(); // commit() will then discard the temporary file
        return false;
    }
    return true;
}

Error PrivateFile::openError(const QSaveFile &file)
{
    return Error { file.error() == QFileDevice::PermissionsError ? ErrorCode::ReadOnly : ErrorCode::Io,
        file.errorString() };
}

Status PrivateFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!open(file))
        return openError(file);
    if (file.write(bytes) != bytes.size())
        return Error { ErrorCode::Io, file.errorString() }; // QSaveFile discards its temporary file
    if (!file.commit())
        return Error { ErrorCode::Io, file.errorString() };
    return {};
}

Status PrivateFile::makeFolder(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(clean).isDir())
        return {};
    // Missing parents first, from the top down, each created with owner-only permissions.
    QStringList missing;
    for (QString p = clean; !p.isEmpty() && !QFileInfo::exists(p); p = QFileInfo(p).path()) {
        missing.prepend(p);
        if (QFileInfo(p).path() == p)
            break;
    }
    for (const QString &p : std::as_const(missing)) {
        if (!QDir().mkdir(p, FolderPermissions) && !QFileInfo(p).isDir())
            return Error { ErrorCode::Io, QStringLiteral("the folder could not be created") };
    }
    if (!QFileInfo(clean).isDir())
        return Error { ErrorCode::Io, QStringLiteral("not a folder") };
    return {};
}

} // namespace Traedesten::Storage
