#pragma once

#include "domain/JournalEntry.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace mooring {

// Narrow views of the journal for figures over all time (the weekly review's
// "since I started" and "what helps me"): only the columns the arithmetic needs, so
// reading years of entries stays cheap. JournalStore fills them; src/insights/ counts.

// One entry: when (the instant and the offset the person had then), how strong, how it ended.
struct JournalFact {
    std::int64_t occurredUtc = 0;  // seconds since 1970 UTC
    int utcOffset = 0;             // seconds east of UTC at that moment
    int urge = 0;
    std::optional<JournalOutcome> outcome;

    bool operator==(const JournalFact&) const = default;
};

// One thing tried in one entry, with the entry's time.
struct TriedFact {
    std::int64_t occurredUtc = 0;
    int utcOffset = 0;
    QString strategyId;  // a toolbox idea's id, or empty
    QString text;        // the person's own words when strategyId is empty
    std::optional<int> helped;

    bool operator==(const TriedFact&) const = default;
};

// Every entry of one local day, counted: what src/insights/ works from (daysOf), so a
// screen moving week by week can add the facts up once and reuse them.
struct JournalDay {
    std::int64_t julianDay = 0;  // the local date (QDate::toJulianDay) in each entry's own offset
    int entries = 0;
    std::array<int, JournalEntry::kMaxUrge + 1> urges{};  // [u] = entries with urge u
    int passed = 0;
    int coped = 0;
    int acted = 0;
    int tried = 0;  // things tried in the day's entries; 0 when made from JournalFacts alone

    bool operator==(const JournalDay&) const = default;
};

// One idea (a toolbox id, or the exact words typed) and how it went, added up (talliesOf).
struct TriedTally {
    QString strategyId;
    QString text;  // as typed; insights groups spellings that differ in case or spaces
    int times = 0;
    int rated = 0;
    int helpedSum = 0;
    std::int64_t firstSaved = 0;  // order of the first try: the spelling shown
    std::int64_t firstDay = 0;    // local day (Julian day number) of the earliest try

    bool operator==(const TriedTally&) const = default;
};

}  // namespace mooring
