#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Traedesten::Ui {

/**
 * Tells when the user has not touched keyboard or mouse for a while. Time is
 * measured by the wall clock, not by a monotonic timer, so a laptop that slept
 * for an hour counts that hour and locks as soon as it wakes.
 */
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; ///< milliseconds since the epoch

    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_timeoutMinutes; }
    /// Starts or stops watching (only an unlocked file needs watching).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// Replaces the clock (tests).
    void setClock(Clock clock);
    /// Counts now as activity.
    void reset();
    /// Checks the clock now (the timer does this every few seconds).
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Clock m_clock;
    QTimer m_timer;
    qint64 m_lastActivity = 0;
    int m_timeoutMinutes = 5;
    bool m_active = false;
};

} // namespace Traedesten::Ui
