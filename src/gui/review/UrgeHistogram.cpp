#include "gui/review/UrgeHistogram.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace mooring {

UrgeHistogram::UrgeHistogram(QWidget* parent)
    : ReviewChart(parent), m_set(new QBarSet(tr("Entries"))), m_count(new QValueAxis) {
    m_linesHigh = 9;
    auto* series = new QBarSeries;
    series->append(m_set);
    series->setBarWidth(0.7);
    chart()->addSeries(series);
    auto* strengths = new QBarCategoryAxis;
    QStringList labels;
    for (int u = 0; u <= JournalEntry::kMaxUrge; ++u) {
        labels << QString::number(u);
        m_set->append(0);
    }
    strengths->append(labels);
    strengths->setTitleText(tr("How strong the urge was (0 to 10)"));
    chart()->addAxis(strengths, Qt::AlignBottom);
    series->attachAxis(strengths);
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setMin(0);
    chart()->addAxis(m_count, Qt::AlignLeft);
    series->attachAxis(m_count);
    restyle();
}

void UrgeHistogram::setFigures(const UrgeFigures& urge) {
    int most = 0;
    for (int u = 0; u <= JournalEntry::kMaxUrge; ++u) {
        m_set->replace(u, urge.histogram[std::size_t(u)]);
        most = std::max(most, urge.histogram[std::size_t(u)]);
    }
    // Whole entries on the scale: 0, 1, 2 ... for a quiet week, even steps of a few for a busy one.
    const int step = most <= 5 ? 1 : (most + 3) / 4;
    const int top = most <= 5 ? std::max(2, most) : step * 4;
    m_count->setRange(0, top);
    m_count->setTickCount(top / step + 1);
}

int UrgeHistogram::valueAt(int strength) const { return int(m_set->at(strength)); }

void UrgeHistogram::restyle() {
    ReviewChart::restyle();
    m_set->setColor(palette().color(QPalette::Highlight));
    m_set->setBorderColor(palette().color(QPalette::Highlight));
    m_set->setLabelColor(palette().color(QPalette::WindowText));
}

}  // namespace mooring
