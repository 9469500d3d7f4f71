#include "storage/SafetyPlanStore.h"

#include "domain/PlanDiff.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct PlanDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 3, 3), QTime(15, 0), Qt::OffsetFromUTC, 3600);
    SafetyPlanStore store{db, [this] { return clock; }};
    ContactStore contacts{db, [this] { return clock; }};
    PlanDb() { Migrations::migrate(db); }
};

int count(Database& db, const char* sql) {
    Statement query(db, sql);
    return query.step() ? query.integer(0) : -1;
}

SafetyPlan firstPlan() {
    SafetyPlan p;
    p.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s, u"I can't sleep"_s};
    p.items(PlanSection::InternalCoping) = {u"Cold water on my face"_s, u"Loud music"_s};
    p.items(PlanSection::ReasonsForLiving) = {u"My dog"_s};
    return p;
}

}  // namespace

TEST_CASE("safety plan store: each save is a new version, in order, with its note", "[plan]") {
    PlanDb t;
    CHECK_FALSE(t.store.latest());
    const PlanVersion v1 = t.store.save(firstPlan(), u"  with my therapist, 3 March "_s);
    t.clock = t.clock.addDays(7);
    SafetyPlan second = firstPlan();
    second.items(PlanSection::InternalCoping)[1] = u"Loud music in my room"_s;
    const PlanVersion v2 = t.store.save(second, {});

    const QList<PlanVersion> history = t.store.history();
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == v1.id);
    CHECK(history[0].note == u"with my therapist, 3 March"_s);
    CHECK(history[0].savedAt == t.clock.addDays(-7));
    CHECK(history[0].savedAt.offsetFromUtc() == 3600);
    CHECK(history[1].id == v2.id);
    CHECK(history[0].number < history[1].number);

    // The first version is still exactly as saved.
    const auto again = t.store.find(v1.id);
    REQUIRE(again);
    CHECK(again->plan == firstPlan());
    REQUIRE(t.store.latest());
    CHECK(t.store.latest()->plan == second);
    CHECK(t.store.lastSavedBefore(t.clock.date())->id == v1.id);
    CHECK_FALSE(t.store.lastSavedBefore(t.clock.addDays(-7).date()));
}

TEST_CASE("safety plan store: versions cannot be edited in place", "[plan]") {
    PlanDb t;
    t.store.save(firstPlan(), u"first"_s);
    CHECK_THROWS(t.db.exec("UPDATE plan_versions SET note = 'changed'"));
    CHECK_THROWS(t.db.exec("UPDATE plan_items SET text = 'changed'"));
    CHECK(t.store.latest()->note == u"first"_s);
    CHECK(t.store.latest()->plan == firstPlan());
}

TEST_CASE("safety plan store: an empty plan can be saved; an over-long item cannot", "[plan]") {
    PlanDb t;
    const PlanVersion empty = t.store.save(SafetyPlan{}, {});
    CHECK(t.store.find(empty.id)->plan.isEmpty());
    SafetyPlan tooLong;
    tooLong.items(PlanSection::SafeEnvironment) = {QString(kMaxPlanItemLength + 1, u'a')};
    CHECK_THROWS_AS(t.store.save(tooLong, {}), Error);
    CHECK(t.store.count() == 1);
    CHECK(count(t.db, "SELECT count(*) FROM plan_items") == 0);
}

TEST_CASE("safety plan store: the diff between two saved versions", "[plan]") {
    PlanDb t;
    const PlanVersion v1 = t.store.save(firstPlan(), {});
    SafetyPlan changed = firstPlan();
    changed.items(PlanSection::WarningSigns) = {u"I stop answering my messages"_s};  // reworded + removed
    changed.items(PlanSection::PeopleToAsk) = {u"Sam, 07700 900123"_s};              // added
    const PlanVersion v2 = t.store.save(changed, {});
    const QList<SectionDiff> diff = planDiff::plans(t.store.find(v1.id)->plan, t.store.find(v2.id)->plan);
    using K = ItemChange::Kind;
    CHECK(diff[0].changes ==
          QList<ItemChange>{{K::Reworded, u"I stop answering messages"_s, u"I stop answering my messages"_s},
                            {K::Removed, u"I can't sleep"_s, {}}});
    CHECK(diff[1].changes.isEmpty());
    CHECK(diff[3].changes == QList<ItemChange>{{K::Added, {}, u"Sam, 07700 900123"_s}});
    int total = 0;
    for (const SectionDiff& d : diff) total += static_cast<int>(d.changes.size());
    CHECK(total == 3);
}

TEST_CASE("safety plan store: a failed save writes nothing", "[plan]") {
    PlanDb t;
    t.store.save(firstPlan(), {});
    // Make the item insert fail half way: the version row must not stay behind.
    t.db.exec(
        "CREATE TRIGGER fail_items BEFORE INSERT ON plan_items WHEN NEW.position = 1"
        " BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    CHECK_THROWS(t.store.save(firstPlan(), u"second"_s));
    CHECK(t.store.count() == 1);
    CHECK(count(t.db, "SELECT count(*) FROM plan_items") == 5);
}

TEST_CASE("contact store: add, update, remove, in order", "[plan]") {
    PlanDb t;
    Contact sam;
    sam.name = u" Sam "_s;
    sam.phone = u"07700 900123"_s;
    const Contact a = t.contacts.add(sam);
    Contact gp;
    gp.name = u"GP surgery"_s;
    gp.phone = u"ask at reception"_s;
    gp.role = ContactRole::Professional;
    const Contact b = t.contacts.add(gp);
    REQUIRE(t.contacts.all().size() == 2);
    CHECK(t.contacts.all()[0].name == u"Sam"_s);
    CHECK(t.contacts.all()[1].role == ContactRole::Professional);
    CHECK(t.contacts.all()[1].phone == u"ask at reception"_s);
    Contact c = b;
    c.note = u"Mon-Fri"_s;
    t.contacts.update(c);
    CHECK(t.contacts.find(b.id)->note == u"Mon-Fri"_s);
    CHECK_THROWS_AS(t.contacts.add(Contact{}), Error);
    t.contacts.remove(a.id);
    CHECK(t.contacts.all().size() == 1);
}
