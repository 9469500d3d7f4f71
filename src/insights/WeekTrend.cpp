#include "insights/WeekTrend.h"

#include "insights/JournalDays.h"
#include "insights/LocalDay.h"
#include "insights/WeekSummary.h"

namespace mooring {

QList<WeekPoint> weeklyTrend(const Week& last, int count, const QList<JournalFact>& facts) {
    return weeklyTrend(last, count, daysOf(facts, last.last()));
}

QList<WeekPoint> weeklyTrend(const Week& last, int count, const QList<JournalDay>& days) {
    QList<WeekPoint> points;
    if (!last.isValid() || count <= 0) return points;
    points.reserve(count);
    for (int i = count - 1; i >= 0; --i) points.append(WeekPoint{last.shifted(-i), 0, std::nullopt, 0, 0});

    const std::int64_t lastNumber = insights::weekNumber(last.start().toJulianDay(), last.firstDay());
    QList<int> urgeSums(count, 0);
    for (const JournalDay& day : days) {
        const std::int64_t index = count - 1 - (lastNumber - insights::weekNumber(day.julianDay, last.firstDay()));
        if (index < 0 || index >= count) continue;
        WeekPoint& point = points[index];
        point.entries += day.entries;
        for (std::size_t u = 0; u < day.urges.size(); ++u) {
            urgeSums[index] += int(u) * day.urges[u];
            if (int(u) >= UrgeFigures::kStrong) point.strongUrges += day.urges[u];
        }
        point.passedOrCoped += day.passed + day.coped;
    }
    for (int i = 0; i < count; ++i)
        if (points[i].entries > 0) points[i].urgeMean = double(urgeSums[i]) / points[i].entries;
    return points;
}

}  // namespace mooring
