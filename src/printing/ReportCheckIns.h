#pragma once

#include "exchange/PrintableReport.h"
#include "insights/DiaryCardTable.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

namespace mooring {

class ReportLayout;

// The check-ins part of the report for the next session: per week the days checked in and
// the averages of "how today was" and of urges, then the diary card. Descriptive only:
// weeks without a check-in are left out rather than counted.
class ReportCheckIns {
    Q_DECLARE_TR_FUNCTIONS(ReportCheckIns)
public:
    // Up to this many weeks with check-ins, each week's card is printed (a four-week range,
    // the usual time between sessions, touches at most five weeks); more and only the last
    // week's card is, so the report stays short enough to talk through.
    static constexpr int kMaxCards = 5;

    static QString daysLine(const PrintableReport& content);
    // One line a week that has a check-in, oldest first.
    static QStringList weekLines(const PrintableReport& content);
    // The weeks whose diary card is printed.
    static QList<WeekCheckIns> cardWeeks(const PrintableReport& content);

    // Adds the heading, the lines and the cards. Nothing when the range has no check-in.
    static void build(ReportLayout& layout, const PrintableReport& content);

    // One diary card as a ruled table in `font`, as both the report and the week's PDF print
    // it: every day its own column, a blank cell for a day without an answer, long names
    // wrapped rather than cut.
    static void addCard(ReportLayout& layout, const DiaryCardTable& card, const QFont& font);
};

}  // namespace mooring
