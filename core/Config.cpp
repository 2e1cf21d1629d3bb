#include "Config.h"

#include "storage/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Traedesten {

namespace {

/// The settings name recent case files: they are the user's alone (0600), like every file the program
/// writes. QSettings replaces its file keeping the file's mode, so a file made private before the first
/// write stays private.
void keepPrivate(const QSettings &settings)
{
    const QString path = settings.fileName();
    if (path.isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        if (!Storage::PrivateFile::makeFolder(QFileInfo(path).absolutePath()))
            return;
        (void)Storage::PrivateFile::write(path, {});
        return;
    }
    if (QFile::permissions(path) != Storage::PrivateFile::FilePermissions)
        QFile::setPermissions(path, Storage::PrivateFile::FilePermissions);
}

} // namespace

Config::Config()
    : m_settings(std::make_unique<QSettings>())
{
    keepPrivate(*m_settings);
}

Config::Config(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    keepPrivate(*m_settings);
}

QString Config::name(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::IdleLockMinutes:
        return QStringLiteral("security/idleLockMinutes");
    case Key::LockOnScreenLock:
        return QStringLiteral("security/lockOnScreenLock");
    case Key::RecentFiles:
        return QStringLiteral("files/recent");
    case Key::LastDirectory:
        return QStringLiteral("files/lastDirectory");
    case Key::MainWindowGeometry:
        return QStringLiteral("window/mainGeometry");
    case Key::MainWindowState:
        return QStringLiteral("window/mainState");
    case Key::CaseloadColumns:
        return QStringLiteral("ui/caseloadColumns");
    }
    return {};
}

QVariant Config::defaultValue(Key key) const
{
    switch (key) {
    case Key::Language:
        return QString();
    case Key::IdleLockMinutes:
        return 5;
    case Key::LockOnScreenLock:
        return true;
    case Key::RecentFiles:
        return QStringList();
    case Key::LastDirectory:
        return defaultFolder();
    case Key::MainWindowGeometry:
    case Key::MainWindowState:
        return QByteArray();
    case Key::CaseloadColumns:
        return QStringList();
    }
    return {};
}

QVariant Config::get(Key key) const
{
    QVariant value = m_settings->value(name(key), defaultValue(key));
    // A remembered folder that is gone (a removed folder, an unplugged drive) is not offered again.
    if (key == Key::LastDirectory && !QFileInfo(value.toString()).isDir())
        return defaultValue(key);
    return value;
}

void Config::set(Key key, const QVariant &value)
{
    if (value == defaultValue(key))
        m_settings->remove(name(key));
    else
        m_settings->setValue(name(key), value);
}

void Config::reset(Key key)
{
    m_settings->remove(name(key));
}

int Config::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = get(Key::IdleLockMinutes).toInt(&ok);
    if (!ok)
        return defaultValue(Key::IdleLockMinutes).toInt();
    return std::clamp(minutes, MinimumIdleLockMinutes, MaximumIdleLockMinutes);
}

void Config::addRecentFile(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > MaximumRecentFiles)
        files.removeLast();
    set(Key::RecentFiles, files);
}

void Config::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QDir::cleanPath(path));
    set(Key::RecentFiles, files);
}

QString Config::caseFileValue(const QString &fileId, const QString &name) const
{
    return m_settings->value(QStringLiteral("caseFiles/%1/%2").arg(fileId, name)).toString();
}

void Config::setCaseFileValue(const QString &fileId, const QString &name, const QString &value)
{
    const QString key = QStringLiteral("caseFiles/%1/%2").arg(fileId, name);
    if (value.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
}

QString Config::caseFileIdOfPath(const QString &path) const
{
    m_settings->beginGroup(QStringLiteral("caseFiles"));
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (caseFileValue(id, QStringLiteral("path")) == path)
            return id;
    }
    return {};
}

void Config::sync()
{
    m_settings->sync();
    keepPrivate(*m_settings);
}

QString Config::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString Config::existingFolder(const QString &preferred)
{
    for (const QString &folder : { preferred, defaultFolder() }) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QFileInfo(folder).absoluteFilePath();
    }
    return QDir::homePath();
}

} // namespace Traedesten
