// What an import puts through the stores: each record as it is (ids and times kept), and
// all of it undone with a transaction around it that does not commit.
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/JournalBatchWriter.h"
#include "storage/JournalStore.h"
#include "storage/Migrations.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "storage/WeekReflectionStore.h"
#include "support/JournalSamples.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int day, int offsetHours = 1) {
    return QDateTime(QDate(2025, 4, day), QTime(9, 30), Qt::OffsetFromUTC, offsetHours * 3600);
}

struct StoreDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    QDateTime clock = at(20);
    StoreDb() { Migrations::migrate(db); }
    auto now() {
        return [this] { return clock; };
    }
};

Contact contact(const QString& id, const QString& name) { return {id, name, u"0123"_s, ContactRole::Friend, {}}; }

}  // namespace

TEST_CASE("A contact is put with its id and time; a new one goes last", "[stores][put]") {
    StoreDb s;
    ContactStore contacts(s.db, s.now());
    const Contact mine = contacts.add(contact({}, u"Sam"_s));
    contacts.put(contact(u"c-1"_s, u"Kim"_s), at(2));
    contacts.put({mine.id, u"Sam B."_s, u"0456"_s, ContactRole::Family, u"evenings"_s}, at(3, -5));
    contacts.put(contact(u"c-2"_s, u"Lee"_s), {});  // no time given: now

    const QList<StoredContact> all = contacts.allWithTimes();
    REQUIRE(all.size() == 3);
    CHECK(all[0].contact == Contact{mine.id, u"Sam B."_s, u"0456"_s, ContactRole::Family, u"evenings"_s});
    CHECK(all[0].updatedAt == at(3, -5));
    CHECK(all[0].updatedAt.offsetFromUtc() == -5 * 3600);
    CHECK(all[1].contact.id == u"c-1"_s);
    CHECK(all[1].updatedAt == at(2));
    CHECK(all[2].contact.name == u"Lee"_s);
    CHECK(all[2].updatedAt == s.clock);
}

TEST_CASE("An idea is put as it is and its built-in key counts as seeded", "[stores][put]") {
    StoreDb s;
    StrategyStore ideas(s.db, s.now());
    const QList<CopingIdea> bundled = StrategyStore::bundledIdeas();
    REQUIRE_FALSE(bundled.isEmpty());
    CopingStrategy builtin = *ideas.find(StrategyStore::builtinUuid(bundled.first().id));
    builtin.title = u"My words for it"_s;
    builtin.favourite = true;
    builtin.favouriteOrder = 4;
    builtin.position = 7;
    builtin.createdAt = at(1);
    builtin.updatedAt = at(5);
    ideas.put(builtin);
    CHECK(*ideas.find(builtin.id) == builtin);

    CopingStrategy own;
    own.id = u"own-1"_s;
    own.title = u"Walk round the block"_s;
    own.category = CopingCategory::Distraction;
    own.createdAt = own.updatedAt = at(6, 0);
    ideas.put(own);
    CHECK(*ideas.find(u"own-1"_s) == own);

    // The built-in was put once; seeding it again (a newer version) leaves it alone.
    ideas.remove(u"own-1"_s);
    Transaction tx(s.db);
    CHECK(StrategyStore::seedBuiltins(s.db, {bundled.first()}, s.clock) == 0);
    tx.commit();
    CHECK(ideas.find(builtin.id)->title == u"My words for it"_s);
}

TEST_CASE("Plan versions, week notes, setbacks and the recovery place keep their times", "[stores][put]") {
    StoreDb s;
    PlanVersion v;
    v.id = u"plan-1"_s;
    v.savedAt = at(2, 2);
    v.note = u"after talking to my GP"_s;
    v.plan.items(PlanSection::WarningSigns) = {u"I stop eating"_s};
    SafetyPlanStore plans(s.db, s.now());
    const int number = plans.addVersion(v);
    const std::optional<PlanVersion> found = plans.find(u"plan-1"_s);
    REQUIRE(found);
    CHECK(found->number == number);
    CHECK(found->savedAt == v.savedAt);
    CHECK(found->savedAt.offsetFromUtc() == 2 * 3600);
    CHECK(found->note == v.note);
    CHECK(found->plan == v.plan);

    WeekReflectionStore weeks(s.db, s.now());
    weeks.put({QDate(2025, 3, 31), u"more walks"_s, at(4)});
    weeks.put({QDate(2025, 3, 31), u"more walks, fewer late nights"_s, at(5)});
    CHECK(weeks.all() == QList<WeekReflection>{{QDate(2025, 3, 31), u"more walks, fewer late nights"_s, at(5)}});

    SetbackReflection r;
    r.id = u"setback-1"_s;
    r.before = u"a long day"_s;
    r.createdAt = at(3);
    r.updatedAt = at(4);
    SetbackReflectionStore setbacks(s.db, s.now());
    setbacks.put(r);
    CHECK(setbacks.find(u"setback-1"_s) == r);

    RecoveryPlaceStore place(s.db, s.now());
    CHECK_FALSE(place.stored());
    const RecoveryPlaceNote note{RecoveryPlace::Learning, u"one day at a time"_s, at(6)};
    place.put(note);
    CHECK(place.stored() == note);
}

TEST_CASE("The stores' writes inside a transaction that does not commit leave nothing", "[stores][put]") {
    StoreDb s;
    const int ideasBefore = int(StrategyStore(s.db).all().size());
    {
        Transaction outer(s.db);
        ContactStore(s.db, s.now()).put(contact(u"c-1"_s, u"Kim"_s), at(2));
        ContactStore(s.db, s.now()).add(contact({}, u"Sam"_s));
        SafetyPlanStore(s.db, s.now()).save(SafetyPlan(), u"first"_s);
        WeekReflectionStore(s.db, s.now()).put({QDate(2025, 3, 31), u"note"_s, at(4)});
        JournalBatchWriter journal(s.db);
        const JournalEntry entry = test::fullEntry();
        journal.put(entry);
        journal.finish();
        CHECK(JournalStore(s.db).count() == 1);
    }
    CHECK(ContactStore(s.db).all().isEmpty());
    CHECK(SafetyPlanStore(s.db).count() == 0);
    CHECK(WeekReflectionStore(s.db).count() == 0);
    CHECK(JournalStore(s.db).count() == 0);
    CHECK(StrategyStore(s.db).all().size() == ideasBefore);
}

TEST_CASE("The journal batch writer adds new entries and rewrites those here", "[stores][put][journal]") {
    StoreDb s;
    JournalStore store(s.db, s.now());
    const JournalEntry here = store.add(test::quickEntry(at(1), 3, u"before"_s));
    JournalEntry newer = here;
    newer.situation = u"after"_s;
    newer.updatedAt = at(9);
    JournalEntry fresh = test::fullEntry();

    SECTION("finished, every entry is there as given") {
        JournalBatchWriter batch(s.db);
        batch.put(newer);
        batch.put(fresh);
        batch.finish();
        CHECK(store.find(here.id) == newer);
        CHECK(store.count() == 2);
        CHECK(store.find(fresh.id)->situation == fresh.situation);
    }
    SECTION("not finished, it leaves nothing, inside another transaction too") {
        Transaction outer(s.db);
        ContactStore(s.db, s.now()).add(contact({}, u"Sam"_s));
        {
            JournalBatchWriter batch(s.db);
            batch.put(newer);
            batch.put(fresh);
        }
        outer.commit();
        CHECK(store.find(here.id) == here);
        CHECK(store.count() == 1);
        CHECK(ContactStore(s.db).all().size() == 1);  // the outer one's own write stays
    }
}

TEST_CASE("putAll goes through the batch writer: the last of one id wins, places are kept", "[stores][put][journal]") {
    StoreDb s;
    JournalStore store(s.db, s.now());
    const JournalEntry first = store.add(test::quickEntry(at(1), 3, u"first"_s));
    const JournalEntry second = store.add(test::quickEntry(at(1), 4, u"second"_s));
    JournalEntry changed = first;
    changed.situation = u"first, changed"_s;
    JournalEntry again = changed;
    again.situation = u"first, changed again"_s;
    JournalEntry fresh = test::fullEntry();
    fresh.id = u"fresh-1"_s;
    fresh.createdAt = fresh.updatedAt = at(2);

    store.putAll({changed, fresh, again});
    CHECK(store.count() == 3);
    CHECK(store.find(first.id)->situation == u"first, changed again"_s);
    // Same time of day for both: the list's tie-breaker is the order they were saved in,
    // which a rewritten entry keeps.
    const QList<JournalSummary> page = store.page({}, std::nullopt, 10);
    REQUIRE(page.size() == 3);
    CHECK(page[1].id == second.id);
    CHECK(page[2].id == first.id);
}
