#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Traedesten::Ui {

namespace {

/// A stretch: takes the rest of its line, so what follows it sits at the right end.
class FlowStretch : public QSpacerItem
{
public:
    FlowStretch()
        : QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum)
    { }
};

bool isStretch(QLayoutItem *item)
{
    return dynamic_cast<FlowStretch *>(item) != nullptr;
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpacing(hSpacing)
    , m_vSpacing(vSpacing)
{
    if (parent == nullptr)
        setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addStretch()
{
    addItem(new FlowStretch);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty() && !isStretch(item))
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    size += QSize(m.left() + m.right(), m.top() + m.bottom());
    return size;
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    bool first = true;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty() || isStretch(item))
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (first ? 0 : spacing(Qt::Horizontal));
        height = std::max(height, hint.height());
        first = false;
    }
    const QMargins m = contentsMargins();
    return { width + m.left() + m.right(), height + m.top() + m.bottom() };
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::spacing(Qt::Orientation orientation) const
{
    const int own = orientation == Qt::Horizontal ? m_hSpacing : m_vSpacing;
    if (own >= 0)
        return own;
    if (QObject *p = parent(); p && p->isWidgetType()) {
        auto *w = static_cast<QWidget *>(p);
        return w->style()->pixelMetric(
            orientation == Qt::Horizontal ? QStyle::PM_LayoutHorizontalSpacing : QStyle::PM_LayoutVerticalSpacing,
            nullptr, w);
    }
    if (auto *l = qobject_cast<QLayout *>(parent()))
        return l->spacing() >= 0 ? l->spacing() : 6;
    return 6;
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const int hSpace = spacing(Qt::Horizontal);
    const int vSpace = spacing(Qt::Vertical);

    // An item's size on a line of the area's width: its hint, narrowed to the line if it must be,
    // and then as tall as a word-wrapped label needs to be at that width.
    const auto sizeOf = [&area](QLayoutItem *item) {
        QSize size = item->sizeHint().boundedTo(item->maximumSize()).expandedTo(item->minimumSize());
        if (size.width() > area.width()) {
            size.setWidth(std::max(1, area.width()));
            if (item->hasHeightForWidth())
                size.setHeight(item->heightForWidth(size.width()));
        }
        return size;
    };

    // Split into lines first, so a stretch can push the rest of its line to the right.
    struct Line
    {
        QList<QPair<QLayoutItem *, QSize>> items;
        int width = 0;
        int height = 0;
    };
    QList<Line> lines(1);
    for (QLayoutItem *item : m_items) {
        if (isStretch(item)) {
            lines.last().items.append({ item, QSize() });
            continue;
        }
        if (item->isEmpty())
            continue;
        const QSize size = sizeOf(item);
        Line &line = lines.last();
        const bool hasItems = line.width > 0;
        const int needed = line.width + (hasItems ? hSpace : 0) + size.width();
        if (hasItems && needed > area.width()) {
            lines.append(Line {});
            lines.last().items.append({ item, size });
            lines.last().width = size.width();
            lines.last().height = size.height();
            continue;
        }
        line.items.append({ item, size });
        line.width = needed;
        line.height = std::max(line.height, size.height());
    }

    int y = area.y();
    bool firstLine = true;
    for (const Line &line : std::as_const(lines)) {
        if (line.width == 0)
            continue;
        if (!firstLine)
            y += vSpace;
        firstLine = false;
        const int stretches = int(std::count_if(
            line.items.cbegin(), line.items.cend(), [](const auto &entry) { return isStretch(entry.first); }));
        const int free = std::max(0, area.width() - line.width);
        int x = area.x();
        bool firstItem = true;
        for (const auto &[item, size] : line.items) {
            if (isStretch(item)) {
                x += free / std::max(1, stretches);
                continue;
            }
            if (!firstItem)
                x += hSpace;
            firstItem = false;
            if (!testOnly)
                item->setGeometry(QRect(QPoint(x, y + (line.height - size.height()) / 2), size));
            x += size.width();
        }
        y += line.height;
    }
    return y - rect.y() + m.bottom();
}

} // namespace Traedesten::Ui
