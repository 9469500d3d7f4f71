#include "printing/ReportCharts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// Ink that reads on paper in grey as well as in colour.
const QColor kInk(0x1f, 0x29, 0x33);
const QColor kBar(0x3d, 0x6f, 0x99);
const QColor kTrack(0xe3, 0xe8, 0xed);
const QColor kRule(0x9a, 0xa5, 0xae);

QColor shade(int n, int max) {
    if (n <= 0 || max <= 0) return kTrack;
    // Never fainter than a third: one entry must still be plain to see.
    const double t = 0.35 + 0.65 * double(n) / double(max);
    return QColor::fromRgbF(kTrack.redF() + (kBar.redF() - kTrack.redF()) * t,
                            kTrack.greenF() + (kBar.greenF() - kTrack.greenF()) * t,
                            kTrack.blueF() + (kBar.blueF() - kTrack.blueF()) * t);
}

}  // namespace

QString ReportCharts::hourLabel(int hour) {
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(QTime(hour, 0), format);
}

QString ReportCharts::shortDate(const QDate& date) { return QLocale().toString(date, tr("d MMM")); }

void ReportCharts::paintWeeks(QPainter& p, const QRectF& r, const QList<ReportWeek>& weeks, const QFont& font) {
    if (weeks.isEmpty()) return;
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double line = fm.height();
    int maxEntries = 1;
    for (const ReportWeek& w : weeks) maxEntries = std::max(maxEntries, w.entries);
    const double axisW = std::max(fm.horizontalAdvance(QString::number(maxEntries)), fm.horizontalAdvance(u"10"_s)) +
                         fm.averageCharWidth() * 2;
    const double left = r.left() + axisW;
    const double slot = (r.width() - axisW) / double(weeks.size());
    // Bars in the upper half, points in the lower, the week labels underneath.
    const double bottomLabels = line * 1.4;
    const double panelGap = line * 2.4;
    const double panelH = (r.height() - bottomLabels - panelGap * 2) / 2;
    const QRectF bars(left, r.top() + panelGap, r.width() - axisW, panelH);
    const QRectF urges(left, bars.bottom() + panelGap, r.width() - axisW, panelH);

    p.setPen(kInk);
    p.drawText(QRectF(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter, tr("Entries per week"));
    p.drawText(QRectF(r.left(), bars.bottom() + line * 0.7, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Average urge per week (0 to 10)"));

    // Axis figures: the most entries in a week and 0; urges 0, 5 and 10.
    auto axisLabel = [&](double y, const QString& text) {
        p.setPen(kInk);
        p.drawText(QRectF(r.left(), y - line / 2, axisW - fm.averageCharWidth(), line),
                   Qt::AlignRight | Qt::AlignVCenter, text);
        p.setPen(QPen(kRule, 0));
        p.drawLine(QPointF(left, y), QPointF(r.right(), y));
    };
    axisLabel(bars.bottom(), u"0"_s);
    axisLabel(bars.top(), QString::number(maxEntries));
    for (int u : {0, 5, 10}) axisLabel(urges.bottom() - urges.height() * u / 10.0, QString::number(u));

    p.setPen(Qt::NoPen);
    p.setBrush(kBar);
    for (int i = 0; i < weeks.size(); ++i) {
        const double h = bars.height() * weeks.at(i).entries / double(maxEntries);
        const double w = std::min(slot * 0.6, line * 2.5);
        p.drawRect(QRectF(left + slot * (i + 0.5) - w / 2, bars.bottom() - h, w, h));
    }

    // The points joined where neighbouring weeks both have one; a week without urges is a gap.
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < weeks.size(); ++i) {
        if (!weeks.at(i).urgeMean) {
            drawing = false;
            continue;
        }
        const QPointF pt(left + slot * (i + 0.5), urges.bottom() - urges.height() * *weeks.at(i).urgeMean / 10.0);
        drawing ? path.lineTo(pt) : path.moveTo(pt);
        drawing = true;
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kBar, line * 0.12));
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(kBar);
    for (int i = 0; i < weeks.size(); ++i) {
        if (!weeks.at(i).urgeMean) continue;
        const QPointF pt(left + slot * (i + 0.5), urges.bottom() - urges.height() * *weeks.at(i).urgeMean / 10.0);
        p.drawEllipse(pt, line * 0.3, line * 0.3);
    }

    // As many week labels as fit side by side, always the first and the last.
    const double labelW = fm.horizontalAdvance(shortDate(QDate(2026, 12, 30))) + fm.averageCharWidth() * 2;
    const int every = std::max(1, int(std::ceil(labelW / slot)));
    p.setPen(kInk);
    for (int i = 0; i < weeks.size(); ++i) {
        if (i % every != 0 && i != weeks.size() - 1) continue;
        if (i == weeks.size() - 1 && i % every != 0 && (i % every) * slot < labelW) continue;
        const double x = left + slot * (i + 0.5);
        p.drawText(QRectF(x - labelW / 2, urges.bottom() + line * 0.3, labelW, line), Qt::AlignCenter,
                   shortDate(weeks.at(i).week.start()));
    }
}

void ReportCharts::paintHours(QPainter& p, const QRectF& r, const std::array<std::array<int, 24>, 7>& grid,
                              const QDate& firstDayOfWeek, const QFont& font) {
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    double labelW = 0;
    for (int d = 1; d <= 7; ++d)
        labelW = std::max(labelW, fm.horizontalAdvance(QLocale().dayName(d, QLocale::ShortFormat)));
    labelW += fm.averageCharWidth() * 2;
    const double rowH = r.height() / 8.0;
    const double cellW = (r.width() - labelW) / 24.0;
    int max = 0;
    for (const auto& day : grid) max = std::max(max, *std::max_element(day.begin(), day.end()));

    p.setPen(kInk);
    for (int hour = 0; hour < 24; hour += 6)
        p.drawText(QRectF(r.left() + labelW + hour * cellW, r.top(), cellW * 6, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   hourLabel(hour));
    for (int day = 0; day < 7; ++day) {
        const double y = r.top() + rowH * (day + 1);
        p.setPen(kInk);
        p.drawText(QRectF(r.left(), y, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().dayName(firstDayOfWeek.addDays(day).dayOfWeek(), QLocale::ShortFormat));
        p.setPen(Qt::NoPen);
        for (int hour = 0; hour < 24; ++hour) {
            p.setBrush(shade(grid[std::size_t(day)][std::size_t(hour)], max));
            p.drawRect(
                QRectF(r.left() + labelW + hour * cellW + cellW * 0.06, y + rowH * 0.06, cellW * 0.88, rowH * 0.88));
        }
    }
    p.setPen(QPen(kRule, 0, Qt::DotLine));
    for (int hour = 6; hour < 24; hour += 6) {
        const double x = r.left() + labelW + hour * cellW;
        p.drawLine(QPointF(x, r.top() + rowH), QPointF(x, r.bottom()));
    }
}

QList<std::pair<QString, int>> ReportCharts::outcomeRows(const OutcomeCounts& o) {
    return {{tr("The urge passed"), o.passed},
            {tr("Got through it another way"), o.coped},
            {tr("Acted on it"), o.acted},
            {tr("No answer"), o.unknown}};
}

void ReportCharts::paintHistogram(QPainter& p, const QRectF& r,
                                  const std::array<int, JournalEntry::kMaxUrge + 1>& counts, const QFont& font) {
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double line = fm.height();
    const int max = std::max(1, *std::max_element(counts.begin(), counts.end()));
    const double slot = r.width() / double(counts.size());
    // Counts above the columns, the strengths under the base line, what they are below that.
    const QRectF columns(r.left(), r.top() + line * 1.2, r.width(), r.height() - line * 3.8);
    p.setPen(QPen(kRule, 0));
    p.drawLine(QPointF(r.left(), columns.bottom()), QPointF(r.right(), columns.bottom()));
    for (std::size_t u = 0; u < counts.size(); ++u) {
        const double x = r.left() + slot * double(u);
        const double h = (columns.height() - line * 0.2) * counts[u] / double(max);
        const double w = std::min(slot * 0.7, line * 2.5);
        p.setPen(Qt::NoPen);
        p.setBrush(kBar);
        if (counts[u] > 0) p.drawRect(QRectF(x + (slot - w) / 2, columns.bottom() - h, w, h));
        p.setPen(kInk);
        if (counts[u] > 0)
            p.drawText(QRectF(x, columns.bottom() - h - line * 1.1, slot, line), Qt::AlignCenter,
                       QString::number(counts[u]));
        p.drawText(QRectF(x, columns.bottom() + line * 0.2, slot, line), Qt::AlignCenter, QString::number(u));
    }
    p.setPen(kInk);
    p.drawText(QRectF(r.left(), r.bottom() - line * 1.2, r.width(), line), Qt::AlignCenter,
               tr("How strong the urge was, 0 to 10"));
}

void ReportCharts::paintBars(QPainter& p, const QRectF& r, const QList<std::pair<QString, int>>& rows,
                             const QFont& font) {
    if (rows.isEmpty()) return;
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double rowH = r.height() / double(rows.size());
    int max = 1;
    for (const auto& row : rows) max = std::max(max, row.second);
    const double labelW = r.width() * 0.45;
    const double countW = fm.horizontalAdvance(u"0000"_s);
    const double barW = r.width() - labelW - countW - fm.averageCharWidth() * 2;
    for (int i = 0; i < rows.size(); ++i) {
        const double y = r.top() + i * rowH;
        p.setPen(kInk);
        p.drawText(QRectF(r.left(), y, labelW - fm.averageCharWidth(), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(rows.at(i).first, Qt::ElideRight, labelW - fm.averageCharWidth()));
        p.setPen(Qt::NoPen);
        const QRectF track(r.left() + labelW, y + rowH * 0.25, barW, rowH * 0.5);
        p.setBrush(kTrack);
        p.drawRect(track);
        p.setBrush(kBar);
        p.drawRect(QRectF(track.left(), track.top(), barW * rows.at(i).second / double(max), track.height()));
        p.setPen(kInk);
        p.drawText(QRectF(r.right() - countW, y, countW, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(rows.at(i).second));
    }
}

}  // namespace mooring
