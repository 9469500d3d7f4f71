#include "storage/JournalStore.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/JournalSamples.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

struct FactsDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::OffsetFromUTC, 3600);
    JournalStore store{db, [this] { return clock; }};
    FactsDb() { Migrations::migrate(db); }
};

JournalEntry entry(const QDateTime& when, int urge, std::optional<JournalOutcome> outcome, QList<TriedItem> tried) {
    JournalEntry e = quickEntry(when, urge, u"private words"_s);
    e.outcome = outcome;
    e.tried = std::move(tried);
    return e;
}

}  // namespace

TEST_CASE("Journal facts: time, offset, urge and outcome of every entry before a moment", "[journal][facts]") {
    FactsDb t;
    const QDateTime sundayLate(QDate(2026, 11, 22), QTime(23, 30), Qt::OffsetFromUTC, 3600);
    const QDateTime mondayEarly(QDate(2026, 11, 23), QTime(0, 30), Qt::OffsetFromUTC, 14 * 3600);
    const QDateTime tuesday(QDate(2026, 11, 24), QTime(9, 0), Qt::OffsetFromUTC, -5 * 3600);
    // Saved out of time order; no order is promised, so they are sorted here.
    t.store.add(entry(tuesday, 2, std::nullopt, {}));
    t.store.add(entry(sundayLate, 7, JournalOutcome::Coped, {}));
    t.store.add(entry(mondayEarly, 4, JournalOutcome::Passed, {}));

    QList<JournalFact> all = t.store.factsUntil();
    REQUIRE(all.size() == 3);
    std::sort(all.begin(), all.end(),
              [](const JournalFact& a, const JournalFact& b) { return a.occurredUtc < b.occurredUtc; });
    REQUIRE(all.size() == 3);
    CHECK(all[0] == JournalFact{mondayEarly.toSecsSinceEpoch(), 14 * 3600, 4, JournalOutcome::Passed});
    CHECK(all[1] == JournalFact{sundayLate.toSecsSinceEpoch(), 3600, 7, JournalOutcome::Coped});
    CHECK(all[2] == JournalFact{tuesday.toSecsSinceEpoch(), -5 * 3600, 2, std::nullopt});

    // Half-open: an entry exactly at `to` is left out.
    CHECK(t.store.factsUntil(sundayLate).size() == 1);
    CHECK(t.store.factsUntil(sundayLate.addSecs(1)).size() == 2);
    CHECK(t.store.factsUntil(mondayEarly).isEmpty());
}

TEST_CASE("Tried facts: every tried item with its entry's time, ratings as given", "[journal][facts]") {
    FactsDb t;
    const QString bath = u"3f0e1a52-1111-4c4c-9d9d-000000000001"_s;
    const QDateTime first(QDate(2026, 11, 16), QTime(8, 0), Qt::OffsetFromUTC, 3600);
    const QDateTime second = first.addDays(3);
    t.store.add(entry(second, 5, std::nullopt, {{bath, {}, std::nullopt}}));
    t.store.add(entry(first, 6, std::nullopt, {{bath, {}, 7}, {{}, u"called a friend"_s, 9}}));
    t.store.add(entry(first.addDays(1), 3, std::nullopt, {}));

    const QList<TriedFact> all = t.store.triedUntil();
    REQUIRE(all.size() == 3);
    CHECK(all[0] == TriedFact{second.toSecsSinceEpoch(), 3600, bath, {}, std::nullopt});
    CHECK(all[1] == TriedFact{first.toSecsSinceEpoch(), 3600, bath, {}, 7});
    CHECK(all[2] == TriedFact{first.toSecsSinceEpoch(), 3600, {}, u"called a friend"_s, 9});
    CHECK(t.store.triedUntil(second).size() == 2);

    // An edited entry's tried items follow it; a removed entry's go with it.
    JournalEntry changed = t.store.entriesBetween(second, second.addSecs(1)).constFirst();
    changed.tried = {{{}, u"music"_s, 4}};
    t.store.update(changed);
    CHECK(t.store.triedUntil().contains(TriedFact{second.toSecsSinceEpoch(), 3600, {}, u"music"_s, 4}));
    t.store.remove(changed.id);
    CHECK(t.store.triedUntil().size() == 2);
    CHECK(t.store.factsUntil().size() == 2);
}

TEST_CASE("Journal facts are read from the narrow covering index only", "[journal][facts]") {
    FactsDb t;
    Statement plan(t.db,
                   "EXPLAIN QUERY PLAN SELECT seq, occurred_utc, utc_offset, urge, outcome FROM journal_entries "
                   "INDEXED BY journal_facts WHERE occurred_utc < 1");
    QStringList lines;
    while (plan.step()) lines << plan.text(3);
    CHECK(lines.join(u'\n').contains(u"COVERING INDEX journal_facts"_s));
}
