#pragma once

#include "insights/Week.h"
#include "insights/WeekSummary.h"

#include <QString>
#include <QStringList>

namespace mooring {

// The plain sentences beside each part of the weekly review, and the CLI's text output.
// They describe and never judge: "fewer strong urges than your recent average", "about
// the same as"; never better/worse, never a score. Translated (context "mooring").
struct WeekSentences {
    QString entries;   // how many urges were written down (the kind empty-week sentence if none)
    QString urges;     // average and strongest
    QString outcomes;  // how they ended
    QString triggers;  // the ones that came up most
    QString feelings;
    QString when;  // the busiest day and time of day (also the grid's text alternative)
    QString tried;
    QStringList comparison;  // against the four weeks before
    QString sinceStart;

    // In the order the review shows them, empty ones left out.
    QStringList all() const;
};

WeekSentences describeWeek(const WeekSummary& summary);

// "16–22 November 2026" (in the current locale).
QString weekRangeText(const Week& week);
// The sentence for a week with nothing written down: kind, no nudging.
QString emptyWeekSentence();
// The comparison with the four weeks before, as sentences (part of describeWeek()).
QStringList comparisonSentences(const WeekSummary& summary);
// The histogram's text alternative: "Urge 3: 1 entry. Urge 7: 2 entries."
QString histogramText(const UrgeFigures& urge);

}  // namespace mooring
