#include "gui/review/WeekHeatmap.h"

#include "gui/review/CountBars.h"
#include "gui/review/ReviewText.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QTime>

#include <algorithm>

namespace mooring {

WeekHeatmap::WeekHeatmap(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WeekHeatmap::setSummary(const WeekSummary& summary) {
    m_start = summary.week.start();
    m_grid = summary.grid;
    m_max = 0;
    for (const auto& day : m_grid) m_max = std::max(m_max, *std::max_element(day.begin(), day.end()));
    update();
}

int WeekHeatmap::labelWidth() const {
    int widest = 0;
    for (int d = 1; d <= 7; ++d)
        widest = std::max(widest, fontMetrics().horizontalAdvance(QLocale().dayName(d, QLocale::ShortFormat)));
    return widest + fontMetrics().averageCharWidth() * 2;
}

int WeekHeatmap::cellHeight() const { return fontMetrics().height() + 6; }

QSize WeekHeatmap::sizeHint() const {
    return {labelWidth() + 24 * fontMetrics().averageCharWidth() * 2, (7 + 1) * cellHeight() + 4};
}

QSize WeekHeatmap::minimumSizeHint() const { return {labelWidth() + 24 * 8, (7 + 1) * cellHeight() + 4}; }

void WeekHeatmap::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) updateGeometry();
}

void WeekHeatmap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int left = labelWidth();
    const int rowH = cellHeight();
    const double cellW = double(width() - left - 2) / 24.0;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor empty = CountBars::trackColour(palette());
    const QColor full = palette().color(QPalette::Highlight);
    const QColor line = palette().color(QPalette::Mid);

    // Hours across the top, every six hours, in the locale's way of telling time.
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (int hour = 0; hour < 24; hour += 6) {
        const QString label = reviewtext::hourLabel(hour);
        p.drawText(QRectF(left + hour * cellW, 0, cellW * 6, rowH), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    for (int day = 0; day < 7; ++day) {
        const double y = rowH * (day + 1);
        const QString name =
            m_start.isValid() ? QLocale().dayName(m_start.addDays(day).dayOfWeek(), QLocale::ShortFormat) : QString();
        p.setPen(text);
        p.drawText(QRectF(0, y, left - fm.averageCharWidth(), rowH), Qt::AlignLeft | Qt::AlignVCenter, name);
        for (int hour = 0; hour < 24; ++hour) {
            const int n = m_grid[std::size_t(day)][std::size_t(hour)];
            QColor c = empty;
            if (n > 0 && m_max > 0) {
                // Never fainter than a third: one entry must still be plain to see.
                const double t = 0.35 + 0.65 * double(n) / double(m_max);
                c = QColor::fromRgbF(empty.redF() + (full.redF() - empty.redF()) * t,
                                     empty.greenF() + (full.greenF() - empty.greenF()) * t,
                                     empty.blueF() + (full.blueF() - empty.blueF()) * t);
            }
            const QRectF cell(left + hour * cellW + 1, y + 1, cellW - 2, rowH - 2);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRoundedRect(cell, 3, 3);
        }
    }
    // Quarter lines at 6, 12 and 18 so the time of day is easy to read off.
    p.setPen(QPen(line, 1, Qt::DotLine));
    for (int hour = 6; hour < 24; hour += 6) {
        const double x = left + hour * cellW;
        p.drawLine(QPointF(x, rowH), QPointF(x, rowH * 8));
    }
}

}  // namespace mooring
