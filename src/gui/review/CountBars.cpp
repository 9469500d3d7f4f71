#include "gui/review/CountBars.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mooring {

QColor CountBars::trackColour(const QPalette& palette) {
    const QColor window = palette.color(QPalette::Window);
    // On dark, the button tone stands clear of the window; on light, half-way to the mid
    // tone does. Visible either way, never loud.
    if (window.lightness() < 128) return palette.color(QPalette::Button);
    const QColor mid = palette.color(QPalette::Mid);
    return QColor((window.red() + mid.red()) / 2, (window.green() + mid.green()) / 2, (window.blue() + mid.blue()) / 2);
}

CountBars::CountBars(QWidget* parent) : QWidget(parent) { setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); }

void CountBars::setRows(const QList<Row>& rows) {
    m_rows = rows;
    updateGeometry();
    update();
}

int CountBars::rowHeight() const {
    const QFontMetrics fm = fontMetrics();
    return fm.height() + fm.height() / 2 + fm.height() / 2;  // text, bar, gap
}

int CountBars::heightForWidth(int) const { return int(m_rows.size()) * rowHeight(); }

QSize CountBars::sizeHint() const { return {fontMetrics().averageCharWidth() * 40, heightForWidth(0)}; }

QSize CountBars::minimumSizeHint() const { return {fontMetrics().averageCharWidth() * 16, heightForWidth(0)}; }

void CountBars::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) updateGeometry();
}

void CountBars::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int barHeight = std::max(6, fm.height() / 2 - 2);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor track = trackColour(palette());
    const QColor bar = palette().color(QPalette::Highlight);
    int y = 0;
    for (const Row& row : m_rows) {
        // The figure keeps its room; a long name is shortened with "…" (the full text is in
        // the accessible description).
        const int valueWidth = std::min(fm.horizontalAdvance(row.valueText) + fm.averageCharWidth(), width() * 2 / 3);
        const QString value = fm.elidedText(row.valueText, Qt::ElideRight, valueWidth);
        const QString label =
            fm.elidedText(row.label, Qt::ElideRight, width() - valueWidth - fm.averageCharWidth() * 2);
        p.setPen(text);
        p.drawText(QRect(0, y, width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.drawText(QRect(0, y, width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter, value);
        const QRectF trackRect(0, y + fm.height() + 2, width(), barHeight);
        QPainterPath trackPath;
        trackPath.addRoundedRect(trackRect, barHeight / 2.0, barHeight / 2.0);
        p.fillPath(trackPath, track);
        const double fraction = std::clamp(row.fraction, 0.0, 1.0);
        if (fraction > 0) {
            QRectF filled = trackRect;
            filled.setWidth(std::max(double(barHeight), trackRect.width() * fraction));
            QPainterPath barPath;
            barPath.addRoundedRect(filled, barHeight / 2.0, barHeight / 2.0);
            p.fillPath(barPath, bar);
        }
        y += rowHeight();
    }
}

}  // namespace mooring
