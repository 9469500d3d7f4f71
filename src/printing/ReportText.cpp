#include "printing/ReportText.h"

#include "insights/WeekSentences.h"
#include "printing/ReportCharts.h"

#include <QLocale>

namespace mooring {

namespace {

// The weekly review's sentences for the figures they share (already translated), from a
// summary with the range's figures in it.
WeekSentences sharedSentences(const RangeReport& report) {
    WeekSummary s;
    s.entries = report.entries;
    s.urge = report.urge;
    s.outcomes = report.outcomes;
    s.triggers = report.triggers;
    s.feelings = report.feelings;
    return describeWeek(s);
}

}  // namespace

QString ReportText::decimal(double value) { return QLocale().toString(value, 'f', 1); }

QString ReportText::range(const ReportRange& range) {
    const QLocale locale;
    const QDate a = range.from;
    const QDate b = range.to;
    if (a == b) return locale.toString(a, tr("d MMMM yyyy"));
    if (a.year() == b.year())
        return tr("%1 – %2").arg(locale.toString(a, tr("d MMMM")), locale.toString(b, tr("d MMMM yyyy")));
    return tr("%1 – %2").arg(locale.toString(a, tr("d MMMM yyyy")), locale.toString(b, tr("d MMMM yyyy")));
}

QString ReportText::entries(const RangeReport& report) {
    if (report.entries == 0)
        return tr(
            "Nothing was written down in this time. That is all right; your journal is here whenever you want "
            "it.");
    if (report.entries == 1) return tr("You wrote down one urge in this time.");
    return tr("You wrote down %1 urges in this time.").arg(report.entries);
}

QString ReportText::urges(const RangeReport& report) { return sharedSentences(report).urges; }
QString ReportText::outcomes(const RangeReport& report) { return sharedSentences(report).outcomes; }

QString ReportText::triggers(const RangeReport& report) {
    if (report.entries == 0) return {};
    if (report.triggers.isEmpty()) return tr("No triggers were noted in this time.");
    return sharedSentences(report).triggers;
}

QString ReportText::feelings(const RangeReport& report) {
    if (report.entries == 0) return {};
    if (report.feelings.isEmpty()) return tr("No feelings were noted in this time.");
    return sharedSentences(report).feelings;
}

QStringList ReportText::weeks(const RangeReport& report) {
    QStringList lines;
    for (const ReportWeek& w : report.weeks) {
        const QString day = ReportCharts::shortDate(w.week.start());
        QString count = w.entries == 1 ? tr("one entry") : tr("%1 entries").arg(w.entries);
        if (w.urgeMean)
            lines << tr("Week of %1: %2, average urge %3 out of 10.").arg(day, count, decimal(*w.urgeMean));
        else
            lines << tr("Week of %1: %2.").arg(day, count);
    }
    return lines;
}

QStringList ReportText::hours(const RangeReport& report) {
    if (report.entries == 0) return {tr("No entries to show in the grid.")};
    std::array<int, 4> bands{};
    std::array<int, 7> days{};
    for (std::size_t d = 0; d < 7; ++d) {
        for (std::size_t h = 0; h < 24; ++h) {
            bands[h / 6] += report.grid[d][h];
            days[d] += report.grid[d][h];
        }
    }
    const QString bandText =
        tr("By time of day: at night (%1 to %2) %3, in the morning (%2 to %4) %5, in the afternoon (%4 to %6) %7, "
           "in the evening (%6 to midnight) %8.")
            .arg(ReportCharts::hourLabel(0), ReportCharts::hourLabel(6))
            .arg(bands[0])
            .arg(ReportCharts::hourLabel(12))
            .arg(bands[1])
            .arg(ReportCharts::hourLabel(18))
            .arg(bands[2])
            .arg(bands[3]);
    QStringList dayParts;
    const QDate first = report.weeks.isEmpty() ? report.range.from : report.weeks.constFirst().week.start();
    for (int d = 0; d < 7; ++d)
        dayParts << tr("%1 %2").arg(QLocale().dayName(first.addDays(d).dayOfWeek(), QLocale::ShortFormat)).arg(days[d]);
    return {bandText, tr("By day of the week: %1.").arg(dayParts.join(tr(", ")))};
}

QString ReportText::ideaLabel(const TriedIdea& idea) {
    return idea.label().isEmpty() ? tr("An idea no longer in your toolbox") : idea.label();
}

QString ReportText::triedFigure(const TriedIdea& idea) {
    const QString times = idea.count == 1 ? tr("tried once") : tr("tried %1 times").arg(idea.count);
    if (!idea.helpedMean) return tr("%1, not rated").arg(times);
    return tr("%1, helped %2 out of 10 on average").arg(times, decimal(*idea.helpedMean));
}

QString ReportText::helpedMost(const RangeReport& report) {
    const QList<TriedIdea> ranked = rankedByHelp(report.tried);
    if (ranked.isEmpty()) {
        return report.tried.isEmpty() ? tr("No coping ideas were noted as tried in this time.")
                                      : tr("The ideas you tried were not rated in this time.");
    }
    const TriedIdea& best = ranked.constFirst();
    return tr("“%1” helped most: %2 out of 10 on average (%3).")
        .arg(ideaLabel(best), decimal(*best.helpedMean),
             best.count == 1 ? tr("tried once") : tr("tried %1 times").arg(best.count));
}

QString ReportText::planVersions(const RangeReport& report) {
    if (report.planVersionsInRange == 0) return tr("Your safety plan was not changed in this time.");
    if (report.planVersionsInRange == 1) return tr("You saved a new version of your safety plan once in this time.");
    return tr("You saved a new version of your safety plan %1 times in this time.").arg(report.planVersionsInRange);
}

QString ReportText::setbacks(const PrintableReport& content) {
    const int acted = content.report.outcomes.acted;
    QString text = acted == 0   ? tr("No entry in this time says you acted on an urge.")
                   : acted == 1 ? tr("One entry in this time says you acted on an urge.")
                                : tr("%1 entries in this time say you acted on an urge.").arg(acted);
    const qsizetype written = content.setbackReflections.size();
    if (written == 1) text += u' ' + tr("You wrote one reflection on a setback.");
    if (written > 1) text += u' ' + tr("You wrote %1 reflections on a setback.").arg(written);
    return text;
}

}  // namespace mooring
