#include "gui/review/ReviewText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTime>

namespace mooring::reviewtext {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text, int n = -1) { return QCoreApplication::translate("mooring", text, nullptr, n); }

}  // namespace

QString oneDecimal(double value) { return QLocale().toString(value, 'f', 1); }

QString triedValueText(const TriedIdea& idea) {
    const QString times = tr("tried %n time(s)", idea.count);
    if (!idea.helpedMean) return times;
    return tr("helped %1 of 10 on average").arg(oneDecimal(*idea.helpedMean)) + u" \u00b7 "_s + times;
}

QString helpfulValueText(const HelpfulIdea& idea) {
    return tr("helped %1 of 10 on average").arg(oneDecimal(idea.helpedMean)) + u" \u00b7 "_s +
           tr("tried %n time(s)", idea.timesTried);
}

QString whatHelpsSentence(const QList<HelpfulIdea>& ideas) {
    if (ideas.isEmpty()) {
        return tr("Once you have tried an idea at least three times and said how much it helped, it shows here, "
                  "so you can see what tends to help you.");
    }
    const HelpfulIdea& top = ideas.first();
    return tr("Over all your entries, \u201c%1\u201d has helped you most so far: %2 of 10 on average, over %n "
              "time(s) tried.",
              top.timesTried)
        .arg(top.label(), oneDecimal(top.helpedMean));
}

QString whatHelpsList(const QList<HelpfulIdea>& ideas) {
    QStringList parts;
    for (const HelpfulIdea& idea : ideas) parts << idea.label() + u": "_s + helpfulValueText(idea) + u'.';
    return parts.join(u' ');
}

QString namesList(const QList<NameCount>& names) {
    QStringList parts;
    for (const NameCount& n : names) parts << tr("%1: %n time(s).", n.count).arg(n.name);
    return parts.join(u' ');
}

QString shortWeekLabel(const Week& week) {
    // Day and short month in the locale's order, without the year.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const bool dayFirst = format.indexOf(u'd') < format.indexOf(u'M');
    return QLocale().toString(week.start(), dayFirst ? u"d MMM"_s : u"MMM d"_s);
}

QString trendText(const QList<WeekPoint>& points) {
    if (points.isEmpty()) return {};
    QStringList parts;
    for (const WeekPoint& p : points) parts << tr("week of %1: %n", p.entries).arg(shortWeekLabel(p.week));
    return tr("Urges written down each week over the last %n weeks, oldest first.", int(points.size())) + u' ' +
           parts.join(u", "_s) + u'.';
}

QString recurringSentence(const RecurringTrigger& trigger, int span) {
    return tr("\u201c%1\u201d came up in %2 of the last %3 weeks. If it tends to come before hard moments, you "
              "could add it to the warning signs in your safety plan. Only if it feels right to you.")
        .arg(trigger.name)
        .arg(trigger.weeks)
        .arg(span);
}

QString gridText(const WeekSummary& summary, const QString& sentence) {
    QStringList parts;
    for (int day = 0; day < 7; ++day) {
        const QString dayName = QLocale().dayName(summary.week.start().addDays(day).dayOfWeek());
        for (int hour = 0; hour < 24; ++hour) {
            const int n = summary.grid[std::size_t(day)][std::size_t(hour)];
            if (n == 0) continue;
            parts << tr("%1 at %2: %n entry(s).", n)
                         .arg(dayName, QLocale().toString(QTime(hour, 0), QLocale::ShortFormat));
        }
    }
    return parts.isEmpty() ? sentence : sentence + u' ' + parts.join(u' ');
}

}  // namespace mooring::reviewtext
