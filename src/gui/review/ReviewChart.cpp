#include "gui/review/ReviewChart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QEvent>
#include <QLegend>

namespace mooring {

ReviewChart::ReviewChart(QWidget* parent) : QChartView(new QChart, parent) {
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
    chart()->setBackgroundVisible(false);
    chart()->setMargins(QMargins(0, 0, 0, 0));
    chart()->legend()->setVisible(false);
    chart()->setAnimationOptions(QChart::NoAnimation);  // calm: nothing moves by itself
    setStyleSheet(QString());
    viewport()->setAutoFillBackground(false);
    setBackgroundBrush(Qt::NoBrush);
}

QSize ReviewChart::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 40, fontMetrics().height() * m_linesHigh};
}

void ReviewChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        restyle();
        setMinimumHeight(fontMetrics().height() * m_linesHigh);
        setMaximumHeight(fontMetrics().height() * m_linesHigh);
        updateGeometry();
    }
}

void ReviewChart::restyle() {
    setMinimumHeight(fontMetrics().height() * m_linesHigh);
    setMaximumHeight(fontMetrics().height() * m_linesHigh);
    chart()->legend()->setFont(font());
    chart()->legend()->setLabelColor(palette().color(QPalette::WindowText));
    const QList<QAbstractAxis*> axes = chart()->axes();
    for (QAbstractAxis* axis : axes) styleAxis(axis);
}

void ReviewChart::styleAxis(QAbstractAxis* axis) {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    axis->setLabelsFont(small);
    axis->setLabelsColor(palette().color(QPalette::WindowText));
    axis->setTitleFont(small);
    axis->setTitleBrush(palette().color(QPalette::WindowText));
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(110);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(palette().color(QPalette::Mid));
    axis->setShadesVisible(false);
}

}  // namespace mooring
