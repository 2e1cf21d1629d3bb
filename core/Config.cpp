#include "Config.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace Traedesten {

Config::Config()
    : m_settings(std::make_unique<QSettings>())
{ }

Config::Config(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

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
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
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
    return m_settings->value(name(key), defaultValue(key));
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

void Config::sync()
{
    m_settings->sync();
}

} // namespace Traedesten
