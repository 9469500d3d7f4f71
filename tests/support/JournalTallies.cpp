#include "support/JournalTallies.h"

#include "storage/JournalStore.h"

#include <QHash>

#include <algorithm>
#include <map>

#include <catch2/catch.hpp>

namespace mooring::test {

using namespace Qt::StringLiterals;

namespace {

std::int64_t localDay(std::int64_t utc, int offset) {
    const std::int64_t seconds = utc + offset;
    return 2440588 + (seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400));
}

}  // namespace

QList<JournalDay> daysFromRows(JournalStore& store) {
    std::map<std::int64_t, JournalDay> days;
    for (const JournalFact& f : store.factsUntil()) {
        JournalDay& d = days[localDay(f.occurredUtc, f.utcOffset)];
        d.julianDay = localDay(f.occurredUtc, f.utcOffset);
        ++d.entries;
        ++d.urges[std::size_t(f.urge)];
        if (f.outcome == JournalOutcome::Passed) ++d.passed;
        if (f.outcome == JournalOutcome::Coped) ++d.coped;
        if (f.outcome == JournalOutcome::Acted) ++d.acted;
    }
    for (const TriedFact& t : store.triedUntil()) ++days[localDay(t.occurredUtc, t.utcOffset)].tried;
    QList<JournalDay> out;
    for (const auto& [day, counted] : days) out.append(counted);
    return out;
}

QList<TriedTally> talliesFromRows(JournalStore& store) {
    const QList<TriedFact> tried = store.triedUntil();  // in the order saved
    QHash<QString, qsizetype> index;
    QList<TriedTally> found;
    for (const TriedFact& t : tried) {
        const std::int64_t day = localDay(t.occurredUtc, t.utcOffset);
        const QString key = t.strategyId.isEmpty() ? u"t"_s + t.text : u"i"_s + t.strategyId;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, found.size());
            TriedTally fresh;
            fresh.strategyId = t.strategyId;
            fresh.text = t.text;
            fresh.firstDay = day;
            fresh.firstSaved = found.size();
            found.append(fresh);
        }
        TriedTally& tally = found[*it];
        ++tally.times;
        if (t.helped) {
            ++tally.rated;
            tally.helpedSum += *t.helped;
        }
        tally.firstDay = std::min(tally.firstDay, day);
    }
    return found;
}

QList<TriedTally> inSavedOrder(QList<TriedTally> tallies) {
    std::sort(tallies.begin(), tallies.end(),
              [](const TriedTally& a, const TriedTally& b) { return a.firstSaved < b.firstSaved; });
    for (qsizetype i = 0; i < tallies.size(); ++i) tallies[i].firstSaved = i;
    return tallies;
}

void checkTalliesAddUp(JournalStore& store) {
    CHECK(store.journalDays() == daysFromRows(store));
    CHECK(inSavedOrder(store.triedTallies()) == talliesFromRows(store));
}

}  // namespace mooring::test
