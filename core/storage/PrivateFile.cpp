#include "PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

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

Error PrivateFile::errnoError(int err, const QString &what)
{
    const QString detail = what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err));
    switch (err) {
    case ENOENT:
    case ENOTDIR:
        return { ErrorCode::NotFound, detail };
    case EACCES:
    case EPERM:
    case EROFS:
        return { ErrorCode::ReadOnly, detail };
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
        return { ErrorCode::DiskFull, detail };
    case EEXIST:
        return { ErrorCode::AlreadyExists, detail };
    default:
        return { ErrorCode::Io, detail };
    }
}

Status PrivateFile::createNew(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return errnoError(errno, QStringLiteral("create"));
    ::close(fd);
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error { file.exists() ? ErrorCode::AlreadyExists : ErrorCode::Io, file.errorString() };
    file.setPermissions(FilePermissions);
#endif
    return {};
}

namespace {

#ifdef Q_OS_UNIX
Status syncPath(const QString &path, int flags)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return PrivateFile::errnoError(errno, QStringLiteral("open for sync"));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return PrivateFile::errnoError(err, QStringLiteral("fsync"));
    return {};
}
#endif

} // namespace

Status PrivateFile::sync(const QString &path)
{
#ifdef Q_OS_UNIX
    return syncPath(path, O_RDONLY);
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.flush())
        return Error { ErrorCode::Io, file.errorString() };
    return {};
#endif
}

Status PrivateFile::replace(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    // rename(2) replaces atomically; QFile::rename refuses to replace.
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return errnoError(errno, QStringLiteral("rename"));
    return syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY);
#else
    QFile::remove(to);
    if (!QFile::rename(from, to))
        return Error { ErrorCode::Io, QStringLiteral("rename failed") };
    return {};
#endif
}

} // namespace Traedesten::Storage
