#include "gui/crisis/FlowLayout.h"

#include <QWidget>

#include <algorithm>

namespace mooring::crisis {

FlowLayout::FlowLayout(QWidget* parent, int spacing) : QLayout(parent), m_gap(spacing) {
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addItem(QLayoutItem* item) { m_items.append(item); }
int FlowLayout::count() const { return int(m_items.size()); }
QLayoutItem* FlowLayout::itemAt(int index) const { return index >= 0 && index < count() ? m_items.at(index) : nullptr; }
QLayoutItem* FlowLayout::takeAt(int index) { return index >= 0 && index < count() ? m_items.takeAt(index) : nullptr; }
Qt::Orientations FlowLayout::expandingDirections() const { return {}; }
bool FlowLayout::hasHeightForWidth() const { return true; }
int FlowLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

QSize FlowLayout::minimumSize() const {
    // As narrow as the widest single item: everything else can go on a line of its own.
    QSize size;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty()) size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void FlowLayout::setOneColumn(bool on) {
    if (on == m_oneColumn) return;
    m_oneColumn = on;
    invalidate();
}

int FlowLayout::widestItem() const {
    int widest = 0;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty()) widest = std::max(widest, item->sizeHint().expandedTo(item->minimumSize()).width());
    return widest;
}

QSize FlowLayout::sizeHint() const {
    // One line, as wide as it needs; or one column, as high as it needs.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        const QSize hint = item->sizeHint();
        if (m_oneColumn) {
            width = std::max(width, hint.width());
            height += (height > 0 ? m_gap : 0) + hint.height();
        } else {
            width += (width > 0 ? m_gap : 0) + hint.width();
            height = std::max(height, hint.height());
        }
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    const int columnWidth = std::max(area.width(), widestItem());
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX)).expandedTo(item->minimumSize());
        if (m_oneColumn) hint.setWidth(columnWidth);
        if (x > area.x() && (m_oneColumn || x + hint.width() > area.right() + 1)) {
            x = area.x();
            y += lineHeight + m_gap;
            lineHeight = 0;
        }
        if (apply) item->setGeometry(QRect(QPoint(x, y), hint));
        x += hint.width() + m_gap;
        lineHeight = std::max(lineHeight, hint.height());
    }
    const QMargins m = contentsMargins();
    return y + lineHeight - rect.y() + m.bottom();
}

}  // namespace mooring::crisis
