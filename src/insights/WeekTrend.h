#pragma once

#include "domain/JournalFacts.h"
#include "insights/Week.h"

#include <QList>

#include <optional>

namespace mooring {

// One week of the longer trend line (the review's "over the last months").
struct WeekPoint {
    Week week;
    int entries = 0;
    std::optional<double> urgeMean;
    int strongUrges = 0;
    int passedOrCoped = 0;
};

// `count` weeks ending with `last` (oldest first), from every entry's facts; weeks with
// nothing written are kept, with zeros, so the line has no gaps.
QList<WeekPoint> weeklyTrend(const Week& last, int count, const QList<JournalFact>& facts);
QList<WeekPoint> weeklyTrend(const Week& last, int count, const QList<JournalDay>& days);

}  // namespace mooring
