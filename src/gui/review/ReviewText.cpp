#include "gui/review/ReviewText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTime>

namespace mooring::reviewtext {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

// One text for one, another for many: readable even before any translation is loaded.
QString counted(int n, const char* one, const char* many) { return n == 1 ? tr(one) : tr(many).arg(n); }

}  // namespace

QString oneDecimal(double value) { return QLocale().toString(value, 'f', 1); }

QString timesText(int n) {
    return counted(n, QT_TRANSLATE_NOOP("mooring", "once"), QT_TRANSLATE_NOOP("mooring", "%1 times"));
}

QString hourLabel(int hour) {
    // The locale's way of telling time, without seconds: "18:00" or "6 PM".
    const QString format = QLocale().timeFormat(QLocale::ShortFormat);
    const bool twelveHours = format.contains(u"a"_s, Qt::CaseInsensitive);
    return QLocale().toString(QTime(hour, 0), twelveHours ? u"h AP"_s : u"HH:mm"_s);
}

QString triedValueText(const TriedIdea& idea) {
    const QString times =
        counted(idea.count, QT_TRANSLATE_NOOP("mooring", "tried once"), QT_TRANSLATE_NOOP("mooring", "tried %1 times"));
    if (!idea.helpedMean) return times;
    return tr("helped %1 of 10 on average").arg(oneDecimal(*idea.helpedMean)) + u" \u00b7 "_s + times;
}

QString helpfulValueText(const HelpfulIdea& idea) {
    return tr("helped %1 of 10 on average").arg(oneDecimal(idea.helpedMean)) + u" \u00b7 "_s +
           counted(idea.timesTried, QT_TRANSLATE_NOOP("mooring", "tried once"),
                   QT_TRANSLATE_NOOP("mooring", "tried %1 times"));
}

QString whatHelpsSentence(const QList<HelpfulIdea>& ideas) {
    if (ideas.isEmpty()) {
        return tr(
            "Once you have tried an idea at least three times and said how much it helped, it shows here, "
            "so you can see what tends to help you.");
    }
    const HelpfulIdea& top = ideas.first();
    return tr("Over all your entries, \u201c%1\u201d has helped you most so far: %2 of 10 on average, tried %3.")
        .arg(top.label(), oneDecimal(top.helpedMean), timesText(top.timesTried));
}

QString whatHelpsList(const QList<HelpfulIdea>& ideas) {
    QStringList parts;
    for (const HelpfulIdea& idea : ideas) parts << idea.label() + u": "_s + helpfulValueText(idea) + u'.';
    return parts.join(u' ');
}

QString namesList(const QList<NameCount>& names) {
    QStringList parts;
    for (const NameCount& n : names) parts << tr("%1: %2.").arg(n.name, timesText(n.count));
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
    for (const WeekPoint& p : points) parts << tr("week of %1: %2").arg(shortWeekLabel(p.week)).arg(p.entries);
    return tr("Urges written down each week over the last %1 weeks, oldest first.").arg(points.size()) + u' ' +
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
            parts << (n == 1 ? tr("%1 at %2: one entry.").arg(dayName, hourLabel(hour))
                             : tr("%1 at %2: %3 entries.").arg(dayName, hourLabel(hour)).arg(n));
        }
    }
    return parts.isEmpty() ? sentence : sentence + u' ' + parts.join(u' ');
}

}  // namespace mooring::reviewtext
