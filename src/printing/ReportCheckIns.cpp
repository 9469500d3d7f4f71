#include "printing/ReportCheckIns.h"

#include "insights/WeekSentences.h"
#include "printing/ReportCharts.h"
#include "printing/ReportLayout.h"
#include "printing/ReportText.h"

#include <QFontMetricsF>
#include <QPainter>

namespace mooring {

namespace {

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kRule(0x9a, 0xa5, 0xae);
const QColor kHeader(0xe3, 0xe8, 0xed);

constexpr double kRowLines = 1.5;  // a row's height in lines of the card's font

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
    QFont bold = layout.fonts().body;
    bold.setBold(true);
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
        layout.addBlock(layout.lineHeight(small) * kRowLines * cardLines(card),
                        [card, small](QPainter& p, const QRectF& r) { paintCard(p, r, card, small); });
        layout.addSpace(layout.lineHeight(small) * 0.6);
    }
}

void ReportCheckIns::paintCard(QPainter& p, const QRectF& r, const DiaryCardTable& card, const QFont& font) {
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double rowH = r.height() / cardLines(card);
    const double nameW = r.width() * 0.34;
    const double dayW = (r.width() - nameW) / 7;
    const double pad = fm.averageCharWidth() * 0.6;

    p.setPen(Qt::NoPen);
    p.setBrush(kHeader);
    p.drawRect(QRectF(r.left(), r.top(), r.width(), rowH));
    p.setBrush(Qt::NoBrush);
    p.setPen(kInk);
    for (int d = 0; d < 7 && d < card.dayNames.size(); ++d)
        p.drawText(QRectF(r.left() + nameW + dayW * d, r.top(), dayW, rowH), Qt::AlignCenter, card.dayNames.at(d));
    for (int i = 0; i < card.rows.size(); ++i) {
        const DiaryCardRow& row = card.rows.at(i);
        const double top = r.top() + rowH * (i + 1);
        p.drawText(QRectF(r.left() + pad, top, nameW - pad * 2, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(row.name, Qt::ElideRight, nameW - pad * 2));
        for (int d = 0; d < 7; ++d)
            p.drawText(QRectF(r.left() + nameW + dayW * d, top, dayW, rowH), Qt::AlignCenter,
                       fm.elidedText(row.cells.at(std::size_t(d)), Qt::ElideRight, dayW - pad));
    }
    // The grid's lines, thin, so an empty cell reads as a day without an answer.
    p.setPen(QPen(kRule, 0));
    for (int i = 0; i <= cardLines(card); ++i)
        p.drawLine(QPointF(r.left(), r.top() + rowH * i), QPointF(r.right(), r.top() + rowH * i));
    p.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
    for (int d = 0; d <= 7; ++d)
        p.drawLine(QPointF(r.left() + nameW + dayW * d, r.top()), QPointF(r.left() + nameW + dayW * d, r.bottom()));
}

}  // namespace mooring
