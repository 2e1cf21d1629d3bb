#include "ScreenFit.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace Traedesten::Ui::ScreenFit {

namespace {

/// Room for the window manager's frame around a window that is not shown yet.
constexpr int FrameAllowance = 32;

} // namespace

QRect available(const QWidget *window)
{
    QScreen *screen = window ? window->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
}

void place(QWidget *window, QSize preferred)
{
    const QRect area = available(window);
    const QSize room(area.width() - (window->isVisible() ? 0 : 8), area.height() - FrameAllowance);
    QSize size = preferred.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room));
    window->resize(size);
    const QRect frame(QPoint(), size + QSize(0, FrameAllowance));
    QRect centred = frame;
    centred.moveCenter(area.center());
    window->move(std::max(area.left(), centred.left()), std::max(area.top(), centred.top()));
}

void keepInside(QWidget *window)
{
    const QRect area = available(window);
    QRect frame = window->frameGeometry();
    const QSize extra = frame.size() - window->geometry().size();
    if (frame.width() > area.width() || frame.height() > area.height()) {
        const QSize client = (area.size() - extra).expandedTo(QSize(1, 1));
        window->resize(window->size().boundedTo(client));
        frame = window->frameGeometry();
    }
    QPoint topLeft = frame.topLeft();
    topLeft.setX(std::clamp(topLeft.x(), area.left(), std::max(area.left(), area.right() - frame.width() + 1)));
    topLeft.setY(std::clamp(topLeft.y(), area.top(), std::max(area.top(), area.bottom() - frame.height() + 1)));
    if (topLeft != frame.topLeft())
        window->move(topLeft);
}

bool restore(QWidget *window, const QByteArray &geometry)
{
    if (geometry.isEmpty())
        return false;
    const QRect before = window->geometry();
    if (!window->restoreGeometry(geometry))
        return false;
    const QRect area = available(window);
    const QRect restored = window->geometry();
    if (area.contains(restored) || window->isMaximized())
        return true;
    // Saved on a bigger screen or while a page forced the window wider: not restored.
    window->setGeometry(before);
    return false;
}

void fitHeight(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    const int w = window->width();
    int h = layout->hasHeightForWidth() ? layout->totalHeightForWidth(w) : layout->totalSizeHint().height();
    h = std::max(h, layout->totalMinimumSize().height());
    if (!window->isVisible()) {
        window->resize(w, std::min(h, available(window).height()));
        return;
    }
    // Never beyond the screen: the window's frame counts too.
    const QRect avail = available(window);
    const int frame = std::max(0, window->frameGeometry().height() - window->geometry().height());
    window->resize(w, std::min(h, avail.height() - frame));
    if (window->frameGeometry().bottom() > avail.bottom())
        window->move(window->x(), std::max(avail.top(), avail.bottom() - window->frameGeometry().height() + 1));
}

} // namespace Traedesten::Ui::ScreenFit
