#pragma once

#include "domain/JournalEntry.h"

#include <QString>

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

}  // namespace mooring
