#pragma once

// A real, small disk for tests of a full or read-only disk: a tmpfs mounted in a private temporary folder
// and unmounted at the end. Needs root (the tests run as root in CI); available() is false otherwise.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace Traedesten::TestKit {

class SmallDisk
{
public:
    explicit SmallDisk(int megabytes = 4)
    {
        if (geteuid() != 0 || !m_dir.isValid())
            return;
        const QByteArray options = "size=" + QByteArray::number(megabytes) + "m,mode=0700";
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                        options.constData())
            == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool available() const { return m_mounted; }
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

    /// Fills the disk with one file until the last byte is taken (ENOSPC).
    bool fill()
    {
        const int fd = ::open(QFile::encodeName(path(QStringLiteral("filler"))).constData(),
            O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        const QByteArray block(64 * 1024, 'f');
        for (qsizetype size = block.size(); size > 0; size /= 2) {
            while (::write(fd, block.constData(), static_cast<size_t>(size)) == size) { }
        }
        const bool full = errno == ENOSPC;
        ::close(fd);
        return full;
    }
    /// Frees what fill() took.
    void free() { QFile::remove(path(QStringLiteral("filler"))); }
    /// Makes the whole disk read-only (or writable again).
    bool setReadOnly(bool readOnly)
    {
        return ::mount(nullptr, QFile::encodeName(m_dir.path()).constData(), nullptr,
                   MS_REMOUNT | MS_NOSUID | MS_NODEV | (readOnly ? MS_RDONLY : 0), nullptr)
            == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace Traedesten::TestKit
