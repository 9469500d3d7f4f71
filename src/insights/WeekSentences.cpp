#include "insights/WeekSentences.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

// One text for one, another for many: readable even before any translation is loaded.
QString counted(int n, const char* one, const char* many) { return n == 1 ? tr(one) : tr(many).arg(n); }

QString decimal(double value) { return QLocale().toString(value, 'f', 1); }

// "a", "a and b", "a, b and c": our own words (translated), not the locale's list style,
// so the sentences read the same whichever locale the program runs under.
QString list(const QStringList& parts) {
    if (parts.isEmpty()) return {};
    QString out = parts.constFirst();
    for (qsizetype i = 1; i < parts.size(); ++i)
        out = (i == parts.size() - 1 ? tr("%1 and %2") : tr("%1, %2")).arg(out, parts.at(i));
    return out;
}

// Within this much of the recent average counts as "about the same": a difference of
// one entry in a quiet month is not a change worth a sentence.
bool aboutTheSame(double value, double average) { return std::abs(value - average) <= std::max(1.0, 0.2 * average); }

QString topNames(const QList<NameCount>& names) {
    QStringList parts;
    for (qsizetype i = 0; i < names.size() && i < 3; ++i)
        parts.append(tr("%1 (%2)").arg(names.at(i).name).arg(names.at(i).count));
    return list(parts);
}

QString entriesSentence(const WeekSummary& s) {
    if (s.isEmpty()) return emptyWeekSentence();
    return counted(s.entries, QT_TRANSLATE_NOOP("mooring", "You wrote down one urge this week."),
                   QT_TRANSLATE_NOOP("mooring", "You wrote down %1 urges this week."));
}

QString urgesSentence(const WeekSummary& s) {
    if (!s.urge.mean || !s.urge.max) return {};
    return tr("On average they were %1 out of 10; the strongest was %2.").arg(decimal(*s.urge.mean)).arg(*s.urge.max);
}

QString outcomesSentence(const OutcomeCounts& o) {
    QStringList parts;
    if (o.passed)
        parts << counted(o.passed, QT_TRANSLATE_NOOP("mooring", "the urge passed once"),
                         QT_TRANSLATE_NOOP("mooring", "the urge passed %1 times"));
    if (o.coped)
        parts << counted(o.coped, QT_TRANSLATE_NOOP("mooring", "you got through it another way once"),
                         QT_TRANSLATE_NOOP("mooring", "you got through it another way %1 times"));
    if (o.acted)
        parts << counted(o.acted, QT_TRANSLATE_NOOP("mooring", "you acted on it once"),
                         QT_TRANSLATE_NOOP("mooring", "you acted on it %1 times"));
    if (o.unknown)
        parts << counted(o.unknown, QT_TRANSLATE_NOOP("mooring", "one has no answer"),
                         QT_TRANSLATE_NOOP("mooring", "%1 have no answer"));
    if (parts.isEmpty()) return {};
    return tr("How they ended: %1.").arg(list(parts));
}

QString tagsSentence(const WeekSummary& s, const QList<NameCount>& names, bool triggers) {
    if (s.isEmpty()) return {};
    if (names.isEmpty())
        return triggers ? tr("No triggers were noted this week.") : tr("No feelings were noted this week.");
    return (triggers ? tr("Triggers that came up most: %1.") : tr("Feelings that came up most: %1."))
        .arg(topNames(names));
}

QString partOfDay(int band) {
    switch (band) {
        case 0:
            return tr("at night");
        case 1:
            return tr("in the morning");
        case 2:
            return tr("in the afternoon");
        default:
            return tr("in the evening");
    }
}

QString whenSentence(const WeekSummary& s) {
    if (s.isEmpty()) return {};
    std::array<int, 7> days{};
    std::array<int, 4> bands{};  // night 0-6, morning 6-12, afternoon 12-18, evening 18-24
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h) {
            days[std::size_t(d)] += s.grid[std::size_t(d)][std::size_t(h)];
            bands[std::size_t(h / 6)] += s.grid[std::size_t(d)][std::size_t(h)];
        }
    const int topDay = *std::max_element(days.cbegin(), days.cend());
    const int topBand = *std::max_element(bands.cbegin(), bands.cend());
    QStringList dayNames;
    for (int d = 0; d < 7; ++d)
        if (days[std::size_t(d)] == topDay)
            dayNames << QLocale().dayName(s.week.start().addDays(d).dayOfWeek(), QLocale::LongFormat);
    QStringList bandNames;
    for (int b = 0; b < 4; ++b)
        if (bands[std::size_t(b)] == topBand) bandNames << partOfDay(b);
    if (s.entries == 1) return tr("It was written on %1, %2.").arg(dayNames.constFirst(), bandNames.constFirst());
    return tr("Most came on %1, and most %2.").arg(list(dayNames), list(bandNames));
}

QString triedSentence(const WeekSummary& s) {
    if (s.isEmpty()) return {};
    if (s.tried.isEmpty()) return tr("No coping ideas were noted as tried this week.");
    int times = 0;
    const TriedIdea* best = nullptr;
    for (const TriedIdea& idea : s.tried) {
        times += idea.count;
        if (idea.helpedMean && (!best || *idea.helpedMean > *best->helpedMean)) best = &idea;
    }
    QString sentence = s.tried.size() == 1
                           ? counted(times, QT_TRANSLATE_NOOP("mooring", "You tried one idea, once."),
                                     QT_TRANSLATE_NOOP("mooring", "You tried one idea, %1 times."))
                           : tr("You tried %1 different ideas, %2 times in all.").arg(s.tried.size()).arg(times);
    if (best) {
        const QString label = best->label().isEmpty() ? tr("An idea no longer in your toolbox") : best->label();
        sentence += u' ' + tr("“%1” helped most: %2 out of 10 on average.").arg(label, decimal(*best->helpedMean));
    }
    return sentence;
}

QString sinceStartSentence(const SinceStart& since) {
    if (since.entries == 0) return tr("There are no entries up to the end of this week.");
    QStringList parts;
    parts << counted(since.urgesPassedOrCoped,
                     QT_TRANSLATE_NOOP("mooring", "one urge that passed or that you got through another way"),
                     QT_TRANSLATE_NOOP("mooring", "%1 urges that passed or that you got through another way"))
          << counted(since.entries, QT_TRANSLATE_NOOP("mooring", "one entry written"),
                     QT_TRANSLATE_NOOP("mooring", "%1 entries written"))
          << counted(since.weeksWithEntries, QT_TRANSLATE_NOOP("mooring", "one week with entries"),
                     QT_TRANSLATE_NOOP("mooring", "%1 weeks with entries"))
          << counted(since.ideasTried, QT_TRANSLATE_NOOP("mooring", "one idea tried"),
                     QT_TRANSLATE_NOOP("mooring", "%1 different ideas tried"));
    return tr("Since you started: %1.").arg(list(parts));
}

}  // namespace

QStringList WeekSentences::all() const {
    QStringList out;
    for (const QString& s : {entries, urges, outcomes, triggers, feelings, when, tried})
        if (!s.isEmpty()) out << s;
    out << comparison;
    if (!sinceStart.isEmpty()) out << sinceStart;
    return out;
}

QString emptyWeekSentence() {
    return tr("Nothing was written down this week. That is all right; your journal is here whenever you want it.");
}

QStringList comparisonSentences(const WeekSummary& s) {
    const RecentWeeks& before = s.previousFourWeeks;
    if (!before.hasEntries()) return {tr("There is nothing in the four weeks before this one to compare with.")};
    QStringList out;
    const QString perWeek = decimal(before.entriesMean);
    if (aboutTheSame(s.entries, before.entriesMean))
        out << tr("You wrote down about as many urges as in the four weeks before (%1 a week).").arg(perWeek);
    else if (s.entries < before.entriesMean)
        out << tr("You wrote down fewer urges than your recent average (%1 a week).").arg(perWeek);
    else
        out << tr("You wrote down more urges than your recent average (%1 a week).").arg(perWeek);

    const QString strongPerWeek = decimal(before.strongUrgesMean);
    if (s.urge.strong == 0 && before.strongUrgesMean == 0)
        out << tr("As in the four weeks before, no urge was 7 or stronger.");
    else if (aboutTheSame(s.urge.strong, before.strongUrgesMean))
        out << tr("About as many strong urges (7 or more) as your recent average (%1 a week).").arg(strongPerWeek);
    else if (s.urge.strong < before.strongUrgesMean)
        out << tr("Fewer strong urges (7 or more) than your recent average (%1 a week).").arg(strongPerWeek);
    else
        out << tr("More strong urges (7 or more) than your recent average (%1 a week).").arg(strongPerWeek);

    if (s.urge.mean && before.urgeMean) {
        const QString recent = decimal(*before.urgeMean);
        const double diff = *s.urge.mean - *before.urgeMean;
        if (std::abs(diff) <= 0.5)
            out << tr("On average, urges were about as strong as in the four weeks before (%1 out of 10).").arg(recent);
        else if (diff < 0)
            out << tr("On average, urges were less strong than in the four weeks before (%1 out of 10).").arg(recent);
        else
            out << tr("On average, urges were stronger than in the four weeks before (%1 out of 10).").arg(recent);
    }
    return out;
}

WeekSentences describeWeek(const WeekSummary& summary) {
    WeekSentences out;
    out.entries = entriesSentence(summary);
    out.urges = urgesSentence(summary);
    out.outcomes = outcomesSentence(summary.outcomes);
    out.triggers = tagsSentence(summary, summary.triggers, true);
    out.feelings = tagsSentence(summary, summary.feelings, false);
    out.when = whenSentence(summary);
    out.tried = triedSentence(summary);
    out.comparison = comparisonSentences(summary);
    out.sinceStart = sinceStartSentence(summary.sinceStart);
    return out;
}

QString weekRangeText(const Week& week) {
    if (!week.isValid()) return {};
    const QLocale locale;
    const QDate a = week.start();
    const QDate b = week.last();
    if (a.month() == b.month()) return tr("%1–%2").arg(a.day()).arg(locale.toString(b, tr("d MMMM yyyy")));
    if (a.year() == b.year())
        return tr("%1 – %2").arg(locale.toString(a, tr("d MMMM")), locale.toString(b, tr("d MMMM yyyy")));
    return tr("%1 – %2").arg(locale.toString(a, tr("d MMMM yyyy")), locale.toString(b, tr("d MMMM yyyy")));
}

QString histogramText(const UrgeFigures& urge) {
    QStringList parts;
    for (int u = 0; u <= JournalEntry::kMaxUrge; ++u) {
        const int n = urge.histogram[std::size_t(u)];
        if (n > 0)
            parts << counted(n, QT_TRANSLATE_NOOP("mooring", "urge %2: one entry"),
                             QT_TRANSLATE_NOOP("mooring", "urge %2: %1 entries"))
                         .arg(u);
    }
    if (parts.isEmpty()) return tr("No urges written down.");
    return tr("How strong: %1.").arg(list(parts));
}

}  // namespace mooring
