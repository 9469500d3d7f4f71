#include "insights/WeekTrend.h"

#include "insights/LocalDay.h"

namespace mooring {

QList<WeekPoint> weeklyTrend(const Week& last, int count, const QList<JournalFact>& facts) {
    QList<WeekPoint> points;
    if (!last.isValid() || count <= 0) return points;
    points.reserve(count);
    for (int i = count - 1; i >= 0; --i) points.append(WeekPoint{last.shifted(-i), 0, std::nullopt, 0, 0});

    const std::int64_t lastNumber = insights::weekNumber(last.start().toJulianDay(), last.firstDay());
    QList<int> urgeSums(count, 0);
    for (const JournalFact& fact : facts) {
        const std::int64_t number =
            insights::weekNumber(insights::localJulianDay(fact.occurredUtc, fact.utcOffset), last.firstDay());
        const std::int64_t index = count - 1 - (lastNumber - number);
        if (index < 0 || index >= count) continue;
        WeekPoint& point = points[index];
        ++point.entries;
        urgeSums[index] += fact.urge;
        if (fact.urge >= 7) ++point.strongUrges;
        if (fact.outcome == JournalOutcome::Passed || fact.outcome == JournalOutcome::Coped) ++point.passedOrCoped;
    }
    for (int i = 0; i < count; ++i)
        if (points[i].entries > 0) points[i].urgeMean = double(urgeSums[i]) / points[i].entries;
    return points;
}

}  // namespace mooring
