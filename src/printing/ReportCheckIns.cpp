#include "printing/ReportCheckIns.h"

#include "insights/WeekSentences.h"
#include "printing/ReportCharts.h"
#include "printing/ReportLayout.h"
#include "printing/ReportText.h"

namespace mooring {

namespace {

// The mean of the days with an answer; empty when no day has one.
template <typename Get>
std::optional<double> meanOf(const WeekCheckIns& week, Get get) {
    int n = 0;
    int sum = 0;
    for (int day = 0; day < 7; ++day) {
        if (const std::optional<int> v = get(week, day)) {
            ++n;
            sum += *v;
        }
    }
    if (n == 0) return std::nullopt;
    return double(sum) / n;
}

}  // namespace

QString ReportCheckIns::daysLine(const PrintableReport& content) {
    const int days = content.daysCheckedIn();
    if (days == 1) return tr("You checked in on one day in this time.");
    return tr("You checked in on %1 days in this time.").arg(days);
}

QStringList ReportCheckIns::weekLines(const PrintableReport& content) {
    QStringList lines;
    for (const WeekCheckIns& week : content.checkIns) {
        if (week.isEmpty()) continue;
        QString line = week.daysCheckedIn == 1
                           ? tr("Week of %1: checked in on one day.").arg(ReportCharts::shortDate(week.week.start()))
                           : tr("Week of %1: checked in on %2 days.")
                                 .arg(ReportCharts::shortDate(week.week.start()))
                                 .arg(week.daysCheckedIn);
        const auto overall = meanOf(week, [](const WeekCheckIns& w, int d) { return w.overall(d); });
        const auto urge = meanOf(week, [](const WeekCheckIns& w, int d) { return w.urge(d); });
        if (overall) line += u' ' + tr("How the day was, on average: %1 out of 10.").arg(ReportText::decimal(*overall));
        if (urge) line += u' ' + tr("Urges, on average: %1 out of 10.").arg(ReportText::decimal(*urge));
        lines << line;
    }
    return lines;
}

QList<WeekCheckIns> ReportCheckIns::cardWeeks(const PrintableReport& content) {
    QList<WeekCheckIns> weeks;
    for (const WeekCheckIns& week : content.checkIns)
        if (!week.isEmpty()) weeks.append(week);
    if (weeks.size() > kMaxCards) weeks = {weeks.constLast()};
    return weeks;
}

void ReportCheckIns::build(ReportLayout& layout, const PrintableReport& content) {
    if (content.daysCheckedIn() == 0) return;
    const QFont small = layout.fonts().small;
    const QFont bold = layout.fonts().bold();
    layout.addHeading(tr("My check-ins"));
    layout.addParagraph(daysLine(content));
    for (const QString& line : weekLines(content)) layout.addParagraph(line, small);

    const QList<WeekCheckIns> weeks = cardWeeks(content);
    for (const WeekCheckIns& week : weeks) {
        const DiaryCardTable card = diaryCardTable(week, content.diaryRows);
        if (card.isEmpty()) continue;
        layout.addParagraph(tr("My diary card, week of %1").arg(weekRangeText(week.week)), bold);
        layout.keepLastWithNext();
        // The days are in the week's line above; what helped is said beside the card.
        if (const QString helped = describeCheckIns(week).helped; !helped.isEmpty()) {
            layout.addParagraph(helped, small);
            layout.keepLastWithNext();
        }
        addCard(layout, card, small);
        layout.addSpace(layout.lineHeight(small) * 0.6);
    }
}

void ReportCheckIns::addCard(ReportLayout& layout, const DiaryCardTable& card, const QFont& font) {
    QList<QStringList> rows{QStringList{QString()} + card.dayNames};
    for (const DiaryCardRow& row : card.rows) {
        QStringList cells{row.name};
        for (const QString& cell : row.cells) cells << cell;
        rows << cells;
    }
    QList<double> columns{0.3};
    for (qsizetype d = 0; d < card.dayNames.size(); ++d) columns << 0.7 / double(card.dayNames.size());
    layout.addTable(rows, columns, font, true, Qt::AlignHCenter);
}

}  // namespace mooring
