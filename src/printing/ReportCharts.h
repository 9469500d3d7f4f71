#pragma once

#include "insights/RangeReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <array>
#include <utility>

class QPainter;

namespace mooring {

// The report's pictures, drawn with QPainter as lines, rectangles and text, so in a PDF
// they stay sharp vectors whose labels can be searched and read aloud. Each one has
// sentences beside it in the document (ReportText); the pictures add nothing of their own.
class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    // Entries per week as bars above, the average urge per week (0 to 10) as points below,
    // the weeks' first days along the bottom.
    static void paintWeeks(QPainter& p, const QRectF& r, const QList<ReportWeek>& weeks, const QFont& font);
    // The days of the week down the side, the hours across, darker the more entries began then.
    static void paintHours(QPainter& p, const QRectF& r, const std::array<std::array<int, 24>, 7>& grid,
                           const QDate& firstDayOfWeek, const QFont& font);
    // How many entries had each urge strength, 0 to 10: a column each, its count above it.
    static void paintHistogram(QPainter& p, const QRectF& r, const std::array<int, JournalEntry::kMaxUrge + 1>& counts,
                               const QFont& font);
    // One bar a row: label, bar, count.
    static void paintBars(QPainter& p, const QRectF& r, const QList<std::pair<QString, int>>& rows, const QFont& font);

    // How urges ended, as rows for paintBars: passed, another way, acted on, no answer.
    static QList<std::pair<QString, int>> outcomeRows(const OutcomeCounts& outcomes);

    // "18:00" or "6 PM", without seconds.
    static QString hourLabel(int hour);
    // "16 Nov": a week's first day on an axis.
    static QString shortDate(const QDate& date);
};

}  // namespace mooring
