// The added-up journal (schema step 8: journal_days, journal_ideas, kept by triggers) must
// always equal what the rows themselves say, whichever way the rows were written.
#include "storage/JournalStore.h"

#include "storage/Database.h"
#include "storage/JournalRows.h"
#include "storage/Migrations.h"
#include "support/JournalSamples.h"
#include "support/JournalTallies.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <random>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

struct TalliesDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::OffsetFromUTC, 3600);
    JournalStore store{db, [this] { return clock; }};
    explicit TalliesDb(int version = 0) {
        if (version > 0)
            Migrations::migrateTo(db, version);
        else
            Migrations::migrate(db);
    }
};

const QString kBath = u"3f0e1a52-1111-4c4c-9d9d-000000000001"_s;
const QString kWalk = u"3f0e1a52-1111-4c4c-9d9d-000000000002"_s;

JournalEntry entry(const QDateTime& when, int urge, std::optional<JournalOutcome> outcome, QList<TriedItem> tried) {
    JournalEntry e = quickEntry(when, urge, u"private words"_s);
    e.outcome = outcome;
    e.tried = std::move(tried);
    return e;
}

}  // namespace

TEST_CASE("Tallies follow adding, editing, removing and undoing entries", "[journal][tallies]") {
    TalliesDb t;
    CHECK(t.store.journalDays().isEmpty());
    CHECK(t.store.triedTallies().isEmpty());

    const QDateTime sunday(QDate(2026, 11, 22), QTime(23, 30), Qt::OffsetFromUTC, -5 * 3600);
    const QDateTime monday(QDate(2026, 11, 23), QTime(0, 30), Qt::OffsetFromUTC, 14 * 3600);
    const JournalEntry a = t.store.add(entry(sunday, 8, JournalOutcome::Coped, {{kBath, {}, 7}, {{}, u"Music"_s, {}}}));
    const JournalEntry b = t.store.add(entry(monday, 3, JournalOutcome::Passed, {{kBath, {}, 5}}));
    JournalEntry c = t.store.add(entry(monday.addDays(2), 10, JournalOutcome::Acted, {{{}, u"music"_s, 2}}));
    checkTalliesAddUp(t.store);

    // By hand once: a day is the entry's own local date, as src/insights/ counts it.
    const QList<JournalDay> days = t.store.journalDays();
    REQUIRE(days.size() == 3);
    CHECK(days[0].julianDay == QDate(2026, 11, 22).toJulianDay());
    CHECK(days[0].coped == 1);
    CHECK(days[0].urges[8] == 1);
    CHECK(days[0].tried == 2);
    CHECK(days[1].julianDay == QDate(2026, 11, 23).toJulianDay());
    const QList<TriedTally> tallies = inSavedOrder(t.store.triedTallies());
    REQUIRE(tallies.size() == 3);
    CHECK(tallies[0].strategyId == kBath);
    CHECK(tallies[0].times == 2);
    CHECK(tallies[0].helpedSum == 12);
    CHECK(tallies[0].firstDay == QDate(2026, 11, 22).toJulianDay());
    CHECK(tallies[1].text == u"Music"_s);  // spellings stay apart here; insights groups them
    CHECK(tallies[1].rated == 0);

    // Edits: another day (the idea's first day moves with it), other ratings, another outcome.
    JournalEntry moved = a;
    moved.occurredAt = sunday.addDays(5);
    moved.tried = {{kBath, {}, 9}};
    moved.outcome = JournalOutcome::Acted;
    t.store.update(moved);
    checkTalliesAddUp(t.store);
    CHECK(inSavedOrder(t.store.triedTallies())[0].firstDay == QDate(2026, 11, 23).toJulianDay());

    c.urge = 1;
    c.outcome.reset();
    t.store.update(c);
    checkTalliesAddUp(t.store);

    // Removing and putting back (undo), and putAll over an entry that is still there.
    const JournalEntry kept = *t.store.find(b.id);
    t.store.remove(b.id);
    checkTalliesAddUp(t.store);
    t.store.putAll({kept});
    checkTalliesAddUp(t.store);
    t.store.putAll({kept, *t.store.find(c.id)});
    checkTalliesAddUp(t.store);

    for (const JournalEntry& e : t.store.entriesBetween(sunday.addYears(-1), sunday.addYears(1))) t.store.remove(e.id);
    CHECK(t.store.journalDays().isEmpty());
    CHECK(t.store.triedTallies().isEmpty());
}

TEST_CASE("Tallies follow rows changed without the store, cascades included", "[journal][tallies]") {
    TalliesDb t;
    const QDateTime when(QDate(2026, 11, 18), QTime(20, 0), Qt::OffsetFromUTC, 3600);
    const JournalEntry a = t.store.add(entry(when, 6, JournalOutcome::Passed, {{kWalk, {}, 8}, {{}, u"tea"_s, 6}}));
    t.store.add(entry(when.addDays(-1), 4, std::nullopt, {{kWalk, {}, 3}}));
    // The importer's row helpers write inside their own transaction.
    {
        Transaction tx(t.db);
        JournalEntry imported = entry(when.addDays(-9), 9, JournalOutcome::Coped, {{{}, u"tea"_s, 9}});
        imported.id = u"imported-1"_s;
        imported.createdAt = imported.updatedAt = t.clock;
        journal::insertEntry(t.db, imported);
        imported.urge = 2;
        journal::replaceEntry(t.db, journal::stampOf(t.db, imported.id)->seq, imported);
        tx.commit();
    }
    checkTalliesAddUp(t.store);
    // A plain DELETE: the tried items go by the cascade, and the tallies still follow.
    Statement remove(t.db, "DELETE FROM journal_entries WHERE id = ?");
    remove.bind(1, a.id).run();
    checkTalliesAddUp(t.store);
    t.db.exec("UPDATE journal_tried SET helped = NULL");
    checkTalliesAddUp(t.store);
    t.db.exec("UPDATE journal_tried SET strategy_id = NULL, text = 'walk' WHERE strategy_id IS NOT NULL");
    checkTalliesAddUp(t.store);
    t.db.exec("UPDATE journal_entries SET utc_offset = -utc_offset, occurred_utc = occurred_utc - 86400 * 3");
    checkTalliesAddUp(t.store);
}

TEST_CASE("Tallies stay right over many random changes", "[journal][tallies]") {
    TalliesDb t;
    std::mt19937 random(8);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    const QStringList own{u"music"_s, u"Music"_s, u"a walk"_s, u"cold water"_s};
    const QDateTime start(QDate(2026, 10, 1), QTime(12, 0), Qt::OffsetFromUTC, 0);
    auto randomEntry = [&] {
        const int offset = (pick(37) - 18) * 3600;
        const QDateTime when = start.addSecs(qint64(pick(40 * 24)) * 3600).toOffsetFromUtc(offset);
        const int outcome = pick(4);
        QList<TriedItem> tried;
        for (int i = pick(4); i > 0; --i) {
            TriedItem item;
            if (pick(2) == 0)
                item.strategyId = pick(2) == 0 ? kBath : kWalk;
            else
                item.text = own.at(pick(int(own.size())));
            if (pick(4) > 0) item.helped = pick(11);
            tried << item;
        }
        return entry(when, pick(11), outcome == 3 ? std::nullopt : std::optional(JournalOutcome(outcome)), tried);
    };
    QList<JournalEntry> saved;
    QList<JournalEntry> removed;
    for (int step = 0; step < 160; ++step) {
        const int action = saved.isEmpty() ? 0 : pick(10);
        if (action < 4) {
            saved << t.store.add(randomEntry());
        } else if (action < 7) {
            JournalEntry changed = randomEntry();
            changed.id = saved.at(pick(int(saved.size()))).id;
            const JournalEntry updated = t.store.update(changed);
            for (JournalEntry& e : saved)
                if (e.id == updated.id) e = updated;
        } else if (action < 9) {
            removed << saved.takeAt(pick(int(saved.size())));
            t.store.remove(removed.constLast().id);
        } else if (!removed.isEmpty()) {
            saved << removed.takeLast();
            t.store.putAll({saved.constLast()});
        }
        if (step % 20 == 19) checkTalliesAddUp(t.store);
    }
    checkTalliesAddUp(t.store);
}

TEST_CASE("Schema step 8 adds up the entries already there", "[journal][tallies][migrations]") {
    TalliesDb t(7);
    const QDateTime when(QDate(2026, 11, 20), QTime(9, 0), Qt::OffsetFromUTC, -8 * 3600);
    for (int i = 0; i < 30; ++i)
        t.store.add(entry(when.addSecs(-qint64(i) * 7 * 3600), i % 11, JournalOutcome(i % 3),
                          {{i % 2 ? kBath : QString(), i % 2 ? QString() : u"walk"_s,
                            i % 4 ? std::optional(i % 11) : std::nullopt}}));
    Migrations::migrate(t.db);
    CHECK(t.db.userVersion() >= 8);
    CHECK(t.store.journalDays().size() > 5);
    checkTalliesAddUp(t.store);
    t.store.add(entry(when.addDays(-30), 5, std::nullopt, {{kBath, {}, 10}}));
    checkTalliesAddUp(t.store);
}

TEST_CASE("A week's days are read from the added-up table by range", "[journal][tallies]") {
    TalliesDb t;
    const QDateTime when(QDate(2026, 11, 16), QTime(10, 0), Qt::OffsetFromUTC, 0);
    for (int i = 0; i < 10; ++i) t.store.add(entry(when.addDays(i), 5, std::nullopt, {}));
    CHECK(t.store.journalDays(QDate(2026, 11, 18), QDate(2026, 11, 20)).size() == 3);
    CHECK(t.store.journalDays({}, QDate(2026, 11, 17)).size() == 2);
    CHECK(t.store.journalDays(QDate(2026, 11, 24), {}).size() == 2);
    CHECK(t.store.journalDays().size() == 10);
}
