#include "insights/WeekSummary.h"

#include "domain/CopingIdeaTexts.h"

#include "insights/EntryTally.h"
#include "insights/JournalDays.h"
#include "insights/LocalDay.h"

#include <QSet>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

int urgeSum(const JournalDay& day) {
    int sum = 0;
    for (std::size_t u = 0; u < day.urges.size(); ++u) sum += int(u) * day.urges[u];
    return sum;
}

int strongUrges(const JournalDay& day) {
    int n = 0;
    for (std::size_t u = UrgeFigures::kStrong; u < day.urges.size(); ++u) n += day.urges[u];
    return n;
}

RecentWeeks recentWeeks(const Week& week, const QList<JournalDay>& days) {
    RecentWeeks recent;
    const std::int64_t thisWeek = insights::weekNumber(week.start().toJulianDay(), week.firstDay());
    int urges = 0;
    int strong = 0;
    int passedOrCoped = 0;
    int total = 0;
    for (const JournalDay& day : days) {
        const std::int64_t ago = thisWeek - insights::weekNumber(day.julianDay, week.firstDay());
        if (ago < 1 || ago > RecentWeeks::kWeeks) continue;
        recent.entriesPerWeek[std::size_t(RecentWeeks::kWeeks - ago)] += day.entries;
        total += day.entries;
        urges += urgeSum(day);
        strong += strongUrges(day);
        passedOrCoped += day.passed + day.coped;
    }
    for (const int n : recent.entriesPerWeek)
        if (n > 0) ++recent.weeksWithEntries;
    recent.entriesMean = double(total) / RecentWeeks::kWeeks;
    if (total > 0) recent.urgeMean = double(urges) / total;
    recent.strongUrgesMean = double(strong) / RecentWeeks::kWeeks;
    recent.passedOrCopedMean = double(passedOrCoped) / RecentWeeks::kWeeks;
    return recent;
}

SinceStart sinceStart(const Week& week, const QList<JournalDay>& days, const QList<TriedTally>& tallies) {
    SinceStart since;
    const std::int64_t lastDay = week.last().toJulianDay();
    QSet<std::int64_t> weeks;
    std::int64_t first = lastDay + 1;
    for (const JournalDay& day : days) {
        if (day.julianDay > lastDay || day.entries == 0) continue;
        since.entries += day.entries;
        since.urgesPassedOrCoped += day.passed + day.coped;
        weeks.insert(insights::weekNumber(day.julianDay, week.firstDay()));
        first = std::min(first, day.julianDay);
    }
    since.weeksWithEntries = int(weeks.size());
    if (since.entries > 0) since.firstEntry = QDate::fromJulianDay(first);
    // Tries come from the days when they carry them (the store's added-up days); days made
    // from entry facts alone have none, and then the tallies hold only tries up to the
    // week's end (talliesOf with lastDay). Both give the same count: a tally whose first
    // try is on or before the last day means that day range holds a try.
    int triedOnDays = 0;
    for (const JournalDay& day : days)
        if (day.julianDay <= lastDay) triedOnDays += day.tried;
    QSet<QString> ideas;
    int triedInTallies = 0;
    for (const TriedTally& tally : tallies) {
        const QString key = triedKey(tally.strategyId, tally.text);
        if (key.isEmpty() || tally.times <= 0 || tally.firstDay > lastDay) continue;
        triedInTallies += tally.times;
        ideas.insert(key);
    }
    since.timesTried = triedOnDays > 0 ? triedOnDays : triedInTallies;
    since.ideasTried = int(ideas.size());
    return since;
}

}  // namespace

QString triedKey(const QString& strategyId, const QString& text) {
    const QString id = strategyId.trimmed();
    if (!id.isEmpty()) return u"id:"_s + id;
    const QString words = text.trimmed();
    return words.isEmpty() ? QString() : u"text:"_s + words.toCaseFolded();
}

QString tagKey(const QString& name) { return name.simplified().toCaseFolded(); }

QHash<QString, QString> strategyTitles(const QList<CopingStrategy>& strategies) {
    QHash<QString, QString> titles;
    titles.reserve(strategies.size());
    // As the person sees them: a built-in idea's title in their language.
    for (const CopingStrategy& strategy : strategies)
        titles.insert(strategy.id, CopingIdeaTexts::shown(strategy).title);
    return titles;
}

WeekSummary summarizeWeek(const Week& week, const ReviewInput& input) {
    WeekSummary summary;
    summary.week = week;
    if (!week.isValid()) return summary;

    QList<const JournalEntry*> inWeek;
    for (const JournalEntry& entry : input.entries)
        if (week.contains(localDate(entry.occurredAt))) inWeek.append(&entry);
    std::stable_sort(inWeek.begin(), inWeek.end(), [](const JournalEntry* a, const JournalEntry* b) {
        return a->occurredAt.toSecsSinceEpoch() < b->occurredAt.toSecsSinceEpoch();
    });

    EntryTally tally(input.titles);
    for (const JournalEntry* entry : inWeek) {
        tally.add(*entry);
        const int day = week.dayIndex(localDate(entry->occurredAt));
        ++summary.grid[std::size_t(day)][std::size_t(localHour(entry->occurredAt))];
    }
    summary.entries = tally.entries();
    summary.urge = tally.urge();
    summary.outcomes = tally.outcomes();
    summary.triggers = tally.triggers();
    summary.feelings = tally.feelings();
    summary.tried = tally.tried();
    // Per-entry facts are added up first, so there is one piece of arithmetic for both.
    const QList<JournalDay> days = input.days.isEmpty() ? daysOf(input.facts, week.last()) : input.days;
    const QList<TriedTally> tallies = input.tallies.isEmpty() ? talliesOf(input.tried, week.last()) : input.tallies;
    summary.previousFourWeeks = recentWeeks(week, days);
    summary.sinceStart = sinceStart(week, days, tallies);
    return summary;
}

}  // namespace mooring
