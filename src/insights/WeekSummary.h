#pragma once

#include "domain/CopingStrategy.h"
#include "domain/JournalEntry.h"
#include "domain/JournalFacts.h"
#include "insights/Week.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace mooring {

// A trigger or feeling and how many of the week's entries named it. Names are grouped
// with case and spacing ignored (JournalEntry::sameTag); the spelling shown is the latest.
struct NameCount {
    QString name;
    int count = 0;
    bool operator==(const NameCount&) const = default;
};

struct UrgeFigures {
    static constexpr int kStrong = 7;  // "strong urges" in the sentences: 7 to 10

    int count = 0;
    std::optional<double> mean;  // unrounded; empty for an empty week
    std::optional<int> max;
    std::array<int, JournalEntry::kMaxUrge + 1> histogram{};  // [u] = entries with urge u
    int strong = 0;                                           // entries with urge >= kStrong
};

struct OutcomeCounts {
    int passed = 0;
    int coped = 0;
    int acted = 0;
    int unknown = 0;  // no answer given
    int passedOrCoped() const { return passed + coped; }
    bool operator==(const OutcomeCounts&) const = default;
};

// One idea tried this week: a toolbox idea (strategyId, its title now) or the person's
// own words (text; grouped trimmed and case-insensitively, the first spelling shown).
struct TriedIdea {
    QString strategyId;
    QString text;
    QString title;  // the toolbox title; empty for own words or an idea no longer in the toolbox
    int count = 0;
    std::optional<double> helpedMean;  // over the ratings given; unrated tries do not count
    int ratedCount = 0;
    QString label() const { return strategyId.isEmpty() ? text : title; }
};

// The four weeks before the week, averaged per week, empty weeks included.
struct RecentWeeks {
    static constexpr int kWeeks = 4;

    std::array<int, kWeeks> entriesPerWeek{};  // oldest first
    double entriesMean = 0;
    std::optional<double> urgeMean;  // over all their entries; empty when there were none
    double strongUrgesMean = 0;      // entries with urge >= UrgeFigures::kStrong, per week
    double passedOrCopedMean = 0;    // per week
    int weeksWithEntries = 0;
    bool hasEntries() const { return weeksWithEntries > 0; }
};

// Figures that only ever grow as weeks go by: one hard day never takes anything away.
// Counted from the first entry up to the end of the week (local dates).
struct SinceStart {
    int urgesPassedOrCoped = 0;
    int entries = 0;
    int weeksWithEntries = 0;  // weeks (same first day) with at least one entry
    int ideasTried = 0;        // different ideas (grouped as in TriedIdea)
    int timesTried = 0;        // every tried item
    std::optional<QDate> firstEntry;
};

struct WeekSummary {
    Week week;
    int entries = 0;
    UrgeFigures urge;
    OutcomeCounts outcomes;
    QList<NameCount> triggers;  // every name; count descending, then name ascending
    QList<NameCount> feelings;
    std::array<std::array<int, 24>, 7> grid{};  // [day of the week, 0 = first][local hour]
    QList<TriedIdea> tried;                     // count descending, then label ascending
    RecentWeeks previousFourWeeks;
    SinceStart sinceStart;

    bool isEmpty() const { return entries == 0; }
};

// What the summary is made from. exchange/ReviewFetch.h fetches it for the screen and
// `mooring-cli review`, from what the store keeps added up (its cost follows the week):
//   entries = JournalStore::entriesBetween(week.shifted(-4).fetchFrom(), week.fetchTo())
//   days    = JournalStore::journalDays({}, week.last())   one row a local day, with `tried`
//   tallies = JournalStore::triedTallies()                 one row an idea, all time
//   titles  = strategyTitles(StrategyStore::all())
// Or per entry (tests, tools): facts and tried (factsUntil / triedUntil), added up here by
// daysOf and talliesOf (JournalDays.h), or passed already added up as days and tallies.
// Only what falls on or before the week's last day counts: later days are skipped, an idea
// counts once its first try (TriedTally::firstDay) is on or before it, and the times tried
// are the days' `tried` (for days made from facts alone, which have none: the tallies,
// then cut at the week's end by talliesOf). Entries outside the week's local dates (the
// fetch margins) are left out here.
struct ReviewInput {
    QList<JournalEntry> entries;     // at least the week and the four before it
    QList<JournalFact> facts;        // used when `days` is empty
    QList<TriedFact> tried;          // used when `tallies` is empty
    QHash<QString, QString> titles;  // toolbox id -> title
    QList<JournalDay> days;          // when given: at least every local day up to the week's last day
    QList<TriedTally> tallies;       // when given: every idea tried, at least up to the week's last day
};

QHash<QString, QString> strategyTitles(const QList<CopingStrategy>& strategies);

WeekSummary summarizeWeek(const Week& week, const ReviewInput& input);

// The key a tried item is grouped by: "id:<uuid>" or "text:<trimmed, case folded>".
QString triedKey(const QString& strategyId, const QString& text);
// The key a trigger or feeling is grouped by (case and spacing ignored).
QString tagKey(const QString& name);

}  // namespace mooring
