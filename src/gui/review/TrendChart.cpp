#include "gui/review/TrendChart.h"

#include "gui/review/ReviewText.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace mooring {

TrendChart::TrendChart(QWidget* parent)
    : ReviewChart(parent),
      m_line(new QLineSeries),
      m_dots(new QScatterSeries),
      m_weeks(new QCategoryAxis),
      m_count(new QValueAxis) {
    m_linesHigh = 10;
    chart()->addSeries(m_line);
    chart()->addSeries(m_dots);
    m_weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart()->addAxis(m_weeks, Qt::AlignBottom);
    chart()->addAxis(m_count, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(m_line), static_cast<QAbstractSeries*>(m_dots)}) {
        s->attachAxis(m_weeks);
        s->attachAxis(m_count);
    }
    m_count->setLabelFormat(QStringLiteral("%d"));
    // No axis title: it would crowd the numbers at large text; the sentence above says what the line is.
    restyle();
}

void TrendChart::setPoints(const QList<WeekPoint>& points) {
    m_line->clear();
    m_dots->clear();
    for (const QString& label : m_weeks->categoriesLabels()) m_weeks->remove(label);
    int most = 0;
    for (int i = 0; i < points.size(); ++i) {
        m_line->append(i, points[i].entries);
        m_dots->append(i, points[i].entries);
        most = std::max(most, points[i].entries);
    }
    const int n = int(points.size());
    m_weeks->setRange(-0.3, std::max(1, n - 1) + 0.7);  // room for the last date
    // A date under every fourth week, ending with the week shown: enough to read the line
    // without crowding at large text (labels must come in rising order).
    for (int i = n > 0 ? (n - 1) % 4 : 0; i < n; i += 4) m_weeks->append(reviewtext::shortWeekLabel(points[i].week), i);
    // Whole entries on the scale: 0, 1, 2 ... for a quiet week, even steps of a few for a busy one.
    const int step = most <= 5 ? 1 : (most + 3) / 4;
    const int top = most <= 5 ? std::max(2, most) : step * 4;
    m_count->setRange(0, top);
    m_count->setTickCount(top / step + 1);
}

int TrendChart::pointCount() const { return int(m_line->count()); }

void TrendChart::restyle() {
    ReviewChart::restyle();
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidthF(std::max(2.0, fontMetrics().height() / 8.0));
    m_line->setPen(pen);
    m_dots->setColor(palette().color(QPalette::Highlight));
    m_dots->setBorderColor(palette().color(QPalette::Window));
    m_dots->setMarkerSize(std::max(8.0, fontMetrics().height() / 2.0));
}

}  // namespace mooring
