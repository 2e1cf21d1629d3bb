#pragma once

#include <QObject>

namespace Traedesten::Ui {

/**
 * Listens where the desktop reports it: the freedesktop and GNOME screen
 * savers on the session bus, and logind's PrepareForSleep on the system bus.
 * Emits screenLocked() when the screen locks or the machine goes to sleep.
 */
class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockWatcher(QObject *parent = nullptr);
    /// Whether any bus accepted our subscription.
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void screenLocked();

private Q_SLOTS:
    // QtDBus only connects by slot signature, so these are real slots.
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool sleeping);

private:
    bool m_listening = false;
};

} // namespace Traedesten::Ui
