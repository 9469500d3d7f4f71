#include "insights/JournalDays.h"

#include "insights/LocalDay.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace mooring {

namespace {

std::int64_t lastJulianDay(const QDate& lastDay) {
    return lastDay.isValid() ? lastDay.toJulianDay() : std::numeric_limits<std::int64_t>::max();
}

}  // namespace

QList<JournalDay> daysOf(const QList<JournalFact>& facts, const QDate& lastDay) {
    const std::int64_t last = lastJulianDay(lastDay);
    QHash<std::int64_t, qsizetype> index;
    QList<JournalDay> days;
    for (const JournalFact& fact : facts) {
        const std::int64_t day = insights::localJulianDay(fact.occurredUtc, fact.utcOffset);
        if (day > last) continue;
        auto it = index.constFind(day);
        if (it == index.constEnd()) {
            it = index.insert(day, days.size());
            JournalDay fresh;
            fresh.julianDay = day;
            days.append(fresh);
        }
        JournalDay& d = days[*it];
        ++d.entries;
        if (fact.urge >= 0 && fact.urge <= JournalEntry::kMaxUrge) ++d.urges[std::size_t(fact.urge)];
        if (fact.outcome == JournalOutcome::Passed) ++d.passed;
        if (fact.outcome == JournalOutcome::Coped) ++d.coped;
        if (fact.outcome == JournalOutcome::Acted) ++d.acted;
    }
    return days;
}

QList<TriedTally> talliesOf(const QList<TriedFact>& tried, const QDate& lastDay) {
    const std::int64_t last = lastJulianDay(lastDay);
    QHash<QString, qsizetype> byId;
    QHash<QString, qsizetype> byText;
    QList<TriedTally> tallies;
    for (qsizetype i = 0; i < tried.size(); ++i) {
        const TriedFact& item = tried.at(i);
        const std::int64_t day = insights::localJulianDay(item.occurredUtc, item.utcOffset);
        if (day > last) continue;
        const bool own = item.strategyId.isEmpty();
        QHash<QString, qsizetype>& index = own ? byText : byId;
        const QString& key = own ? item.text : item.strategyId;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, tallies.size());
            TriedTally fresh;
            fresh.strategyId = item.strategyId;
            fresh.text = own ? item.text : QString();
            fresh.firstSaved = i;
            fresh.firstDay = day;
            tallies.append(fresh);
        }
        TriedTally& t = tallies[*it];
        t.firstDay = std::min(t.firstDay, day);
        ++t.times;
        if (item.helped) {
            ++t.rated;
            t.helpedSum += *item.helped;
        }
    }
    return tallies;
}

}  // namespace mooring
