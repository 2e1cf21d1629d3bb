#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

namespace Traedesten::Ui {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
    reset();
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    m_timeoutMinutes = qMax(1, minutes);
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    reset();
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleWatcher::setClock(Clock clock)
{
    m_clock = std::move(clock);
    reset();
}

void IdleWatcher::reset()
{
    m_lastActivity = m_clock();
}

void IdleWatcher::check()
{
    if (!m_active)
        return;
    const qint64 idleFor = m_clock() - m_lastActivity;
    // A clock set backwards counts as activity rather than locking forever late.
    if (idleFor < 0) {
        reset();
        return;
    }
    if (idleFor >= qint64(m_timeoutMinutes) * 60 * 1000) {
        setActive(false);
        Q_EMIT idle();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Check first: input after a long sleep must lock, not count as activity.
        check();
        if (m_active)
            reset();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Traedesten::Ui
