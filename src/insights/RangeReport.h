#pragma once

#include "domain/JournalEntry.h"
#include "insights/Week.h"
#include "insights/WeekSummary.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace mooring {

// Whole local days from `from` to `to`, both included: the time between two therapy
// sessions. At most a year long, so a report stays something one can talk through.
struct ReportRange {
    QDate from;
    QDate to;

    // From, to and that the range is the right way round and no longer than a year
    // (2026-01-01 to 2026-12-31 is fine, to 2027-01-01 is not).
    bool isValid() const { return from.isValid() && to.isValid() && from <= to && to < from.addYears(1); }
    bool contains(const QDate& date) const { return date.isValid() && date >= from && date <= to; }
    // The UTC range to ask the store for, widened by the largest offset either way, as for
    // a week (Week::fetchFrom); the report keeps only the entries whose local date is in it.
    QDateTime fetchFrom() const;
    QDateTime fetchTo() const;
};

// The days a new report starts with: the day after the last report made (saved or
// printed) up to today, when that day is before today and the range is at most a year;
// else the last four whole weeks ending today.
ReportRange defaultReportRange(const QDate& today, const std::optional<QDate>& lastReportEnd);

// One week the range touches (weeks as the weekly review counts them, same first day),
// with only the range's own days counted: the first and last week may be partial.
struct ReportWeek {
    Week week;
    int entries = 0;
    std::optional<double> urgeMean;  // empty when no entry of the week gave an urge
};

struct RangeReport {
    ReportRange range;
    int entries = 0;
    UrgeFigures urge;
    OutcomeCounts outcomes;
    QList<NameCount> triggers;  // as in WeekSummary: count descending, then name
    QList<NameCount> feelings;
    QList<ReportWeek> weeks;  // every week the range touches, oldest first, empty ones too
    // When entries began, summed over the range: [day of the week, 0 = first][local hour],
    // as the weekly review's grid, so the two pictures read the same way.
    std::array<std::array<int, 24>, 7> grid{};
    QList<TriedIdea> tried;  // as in WeekSummary: count descending, then label
    int planVersionsInRange = 0;
};

// What the report is made from. exchange/ReportFetch.h fetches it:
//   entries   = JournalStore::entriesBetween(range.fetchFrom(), range.fetchTo())
//   titles    = strategyTitles(StrategyStore::all())
//   planSaves = savedAt of every SafetyPlanStore::history() version
// Entries and plan versions outside the range's local dates are left out here.
struct ReportInput {
    QList<JournalEntry> entries;
    QHash<QString, QString> titles;  // toolbox id -> title
    QList<QDateTime> planSaves;      // when each version of the plan was saved, in its own offset
};

// An invalid range gives an empty report (check ReportRange::isValid first).
RangeReport summarizeRange(const ReportRange& range, Qt::DayOfWeek firstDay, const ReportInput& input);

// The ideas tried in the range that were rated at least once, most helpful first (mean
// "helped"; ties: more tries first, then label), for "what helped" on the report.
QList<TriedIdea> rankedByHelp(const QList<TriedIdea>& tried);

}  // namespace mooring
