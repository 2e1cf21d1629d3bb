#include "ScreenLockWatcher.h"

#include <QDBusConnection>

namespace Traedesten::Ui {

ScreenLockWatcher::ScreenLockWatcher(QObject *parent)
    : QObject(parent)
{
    // QDBusConnection::connect has no pointer-to-member overload; the slot
    // signature string is the only form QtDBus offers.
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const auto &[service, path, iface] : {
                 std::tuple {
                     "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver" },
                 std::tuple { "org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver" },
                 std::tuple { "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver" },
             }) {
            m_listening
                |= session.connect(QString::fromLatin1(service), QString::fromLatin1(path), QString::fromLatin1(iface),
                    QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
        }
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_listening |= system.connect(QStringLiteral("org.freedesktop.login1"),
            QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
            QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
    }
}

void ScreenLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT screenLocked();
}

void ScreenLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        Q_EMIT screenLocked();
}

} // namespace Traedesten::Ui
