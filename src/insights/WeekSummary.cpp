#include "insights/WeekSummary.h"

#include "domain/CopingIdeaTexts.h"

#include "insights/JournalDays.h"
#include "insights/LocalDay.h"

#include <QSet>

#include <algorithm>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// Names ascending with case ignored, then exactly, so the order is always the same.
bool nameBefore(const QString& a, const QString& b) {
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

// Counts tags by key, remembering the latest spelling (entries arrive oldest first).
class TagCounter {
public:
    void add(const QStringList& names) {
        QSet<QString> seen;  // one count per entry, even if a name was given twice
        for (const QString& name : names) {
            const QString key = tagKey(name);
            if (key.isEmpty() || seen.contains(key)) continue;
            seen.insert(key);
            auto it = m_index.constFind(key);
            if (it == m_index.constEnd()) {
                it = m_index.insert(key, m_counts.size());
                m_counts.append(NameCount{});
            }
            NameCount& counted = m_counts[*it];
            counted.name = name.simplified();
            ++counted.count;
        }
    }
    QList<NameCount> sorted() const {
        QList<NameCount> out = m_counts;
        std::sort(out.begin(), out.end(), [](const NameCount& a, const NameCount& b) {
            return a.count != b.count ? a.count > b.count : nameBefore(a.name, b.name);
        });
        return out;
    }

private:
    QHash<QString, qsizetype> m_index;
    QList<NameCount> m_counts;
};

struct TriedAcc {
    TriedIdea idea;
    int ratingSum = 0;
};

QList<TriedIdea> groupTried(const QList<const JournalEntry*>& entries, const QHash<QString, QString>& titles) {
    QHash<QString, qsizetype> index;
    QList<TriedAcc> groups;
    for (const JournalEntry* entry : entries) {
        for (const TriedItem& item : entry->tried) {
            const QString key = triedKey(item.strategyId, item.text);
            if (key.isEmpty()) continue;
            auto it = index.constFind(key);
            if (it == index.constEnd()) {
                it = index.insert(key, groups.size());
                TriedAcc acc;
                acc.idea.strategyId = item.strategyId.trimmed();
                if (acc.idea.strategyId.isEmpty())
                    acc.idea.text = item.text.trimmed();
                else
                    acc.idea.title = titles.value(acc.idea.strategyId);
                groups.append(acc);
            }
            TriedAcc& acc = groups[*it];
            ++acc.idea.count;
            if (item.helped) {
                ++acc.idea.ratedCount;
                acc.ratingSum += *item.helped;
            }
        }
    }
    QList<TriedIdea> out;
    out.reserve(groups.size());
    for (TriedAcc& acc : groups) {
        if (acc.idea.ratedCount > 0) acc.idea.helpedMean = double(acc.ratingSum) / acc.idea.ratedCount;
        out.append(std::move(acc.idea));
    }
    std::sort(out.begin(), out.end(), [](const TriedIdea& a, const TriedIdea& b) {
        if (a.count != b.count) return a.count > b.count;
        if (a.label() != b.label()) return nameBefore(a.label(), b.label());
        return a.strategyId < b.strategyId;
    });
    return out;
}

void addUrge(UrgeFigures& urge, int value, int& sum) {
    if (value < 0 || value > JournalEntry::kMaxUrge) return;
    ++urge.count;
    sum += value;
    ++urge.histogram[std::size_t(value)];
    urge.max = std::max(urge.max.value_or(value), value);
    if (value >= UrgeFigures::kStrong) ++urge.strong;
}

void addOutcome(OutcomeCounts& counts, const std::optional<JournalOutcome>& outcome) {
    if (!outcome) {
        ++counts.unknown;
        return;
    }
    switch (*outcome) {
        case JournalOutcome::Passed:
            ++counts.passed;
            break;
        case JournalOutcome::Coped:
            ++counts.coped;
            break;
        case JournalOutcome::Acted:
            ++counts.acted;
            break;
    }
}

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

    summary.entries = int(inWeek.size());
    int urgeSum = 0;
    TagCounter triggers;
    TagCounter feelings;
    for (const JournalEntry* entry : inWeek) {
        if (entry->urge) addUrge(summary.urge, *entry->urge, urgeSum);
        addOutcome(summary.outcomes, entry->outcome);
        triggers.add(entry->triggers);
        feelings.add(entry->feelings);
        const int day = week.dayIndex(localDate(entry->occurredAt));
        ++summary.grid[std::size_t(day)][std::size_t(localHour(entry->occurredAt))];
    }
    if (summary.urge.count > 0) summary.urge.mean = double(urgeSum) / summary.urge.count;
    summary.triggers = triggers.sorted();
    summary.feelings = feelings.sorted();
    summary.tried = groupTried(inWeek, input.titles);
    // Per-entry facts are added up first, so there is one piece of arithmetic for both.
    const QList<JournalDay> days = input.days.isEmpty() ? daysOf(input.facts, week.last()) : input.days;
    const QList<TriedTally> tallies = input.tallies.isEmpty() ? talliesOf(input.tried, week.last()) : input.tallies;
    summary.previousFourWeeks = recentWeeks(week, days);
    summary.sinceStart = sinceStart(week, days, tallies);
    return summary;
}

}  // namespace mooring
