#include "insights/RangeReport.h"

#include "insights/EntryTally.h"

#include <QTimeZone>

#include <algorithm>

namespace mooring {

namespace {

QDateTime utcMidnight(const QDate& date) { return QDateTime(date, QTime(0, 0), QTimeZone::utc()); }

// Per week: how many entries and their urges, for the line of weeks.
struct WeekCount {
    int entries = 0;
    int urges = 0;
    long long urgeSum = 0;
};

}  // namespace

QDateTime ReportRange::fetchFrom() const { return utcMidnight(from).addSecs(-Week::kMaxOffsetSeconds); }

QDateTime ReportRange::fetchTo() const { return utcMidnight(to.addDays(1)).addSecs(Week::kMaxOffsetSeconds); }

ReportRange defaultReportRange(const QDate& today, const std::optional<QDate>& lastReportEnd) {
    if (lastReportEnd && lastReportEnd->isValid()) {
        const ReportRange since{lastReportEnd->addDays(1), today};
        if (since.from < today && since.isValid()) return since;
    }
    return {today.addDays(-27), today};
}

RangeReport summarizeRange(const ReportRange& range, Qt::DayOfWeek firstDay, const ReportInput& input) {
    RangeReport report;
    report.range = range;
    if (!range.isValid()) return report;

    QList<const JournalEntry*> inRange;
    for (const JournalEntry& entry : input.entries)
        if (range.contains(localDate(entry.occurredAt))) inRange.append(&entry);
    // Oldest first, as the weekly review counts them (the latest spelling of a name wins).
    std::stable_sort(inRange.begin(), inRange.end(), [](const JournalEntry* a, const JournalEntry* b) {
        return a->occurredAt.toSecsSinceEpoch() < b->occurredAt.toSecsSinceEpoch();
    });

    const Week first = Week::containing(range.from, firstDay);
    const int weekCount = int(first.start().daysTo(range.to) / 7) + 1;
    QList<WeekCount> perWeek(weekCount);
    EntryTally tally(input.titles);
    for (const JournalEntry* entry : inRange) {
        tally.add(*entry);
        WeekCount& week = perWeek[int(first.start().daysTo(localDate(entry->occurredAt)) / 7)];
        ++week.entries;
        const int day = int(first.start().daysTo(localDate(entry->occurredAt)) % 7);
        ++report.grid[std::size_t(day)][std::size_t(localHour(entry->occurredAt))];
        if (entry->urge && *entry->urge >= 0 && *entry->urge <= JournalEntry::kMaxUrge) {
            ++week.urges;
            week.urgeSum += *entry->urge;
        }
    }
    report.entries = tally.entries();
    report.urge = tally.urge();
    report.outcomes = tally.outcomes();
    report.triggers = tally.triggers();
    report.feelings = tally.feelings();
    report.tried = tally.tried();

    for (int i = 0; i < weekCount; ++i) {
        ReportWeek week;
        week.week = first.shifted(i);
        week.entries = perWeek[i].entries;
        if (perWeek[i].urges > 0) week.urgeMean = double(perWeek[i].urgeSum) / perWeek[i].urges;
        report.weeks.append(week);
    }
    report.planVersionsInRange =
        int(std::count_if(input.planSaves.cbegin(), input.planSaves.cend(),
                          [&](const QDateTime& saved) { return range.contains(localDate(saved)); }));
    return report;
}

QList<TriedIdea> rankedByHelp(const QList<TriedIdea>& tried) {
    QList<TriedIdea> rated;
    for (const TriedIdea& idea : tried)
        if (idea.helpedMean) rated.append(idea);
    std::stable_sort(rated.begin(), rated.end(), [](const TriedIdea& a, const TriedIdea& b) {
        if (*a.helpedMean != *b.helpedMean) return *a.helpedMean > *b.helpedMean;
        if (a.count != b.count) return a.count > b.count;
        return a.label().compare(b.label(), Qt::CaseInsensitive) < 0;
    });
    return rated;
}

}  // namespace mooring
