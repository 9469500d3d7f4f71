#include "storage/WeekReflectionStore.h"

#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct ReflectionDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 11, 22), QTime(20, 15), Qt::OffsetFromUTC, 3600);
    WeekReflectionStore store{db, [this] { return clock; }};
    ReflectionDb() { Migrations::migrate(db); }
};

int rows(Database& db) {
    Statement query(db, "SELECT count(*) FROM week_reflections");
    return query.step() ? query.integer(0) : -1;
}

}  // namespace

TEST_CASE("week reflections: a note per week, trimmed, found by its first day", "[reflections]") {
    ReflectionDb t;
    const QDate week(2026, 11, 16);
    CHECK_FALSE(t.store.find(week));
    CHECK(t.store.count() == 0);

    t.store.save(week, u"  Call Sam on Sunday evenings \n"_s);
    const auto found = t.store.find(week);
    REQUIRE(found);
    CHECK(found->weekStart == week);
    CHECK(found->text == u"Call Sam on Sunday evenings"_s);
    CHECK(found->updatedAt == t.clock);
    CHECK(found->updatedAt.offsetFromUtc() == 3600);
    CHECK_FALSE(t.store.find(week.addDays(1)));  // another day is another key
    CHECK_FALSE(t.store.find(week.addDays(-7)));

    Statement raw(t.db, "SELECT week_start, updated_at FROM week_reflections");
    REQUIRE(raw.step());
    CHECK(raw.text(0) == u"2026-11-16"_s);
    CHECK(raw.text(1) == u"2026-11-22T20:15:00+01:00"_s);
}

TEST_CASE("week reflections: saving again replaces the note; an empty note removes it", "[reflections]") {
    ReflectionDb t;
    const QDate week(2026, 11, 16);
    t.store.save(week, u"first words"_s);
    t.clock = t.clock.addSecs(3600);
    t.store.save(week, u"second words"_s);
    CHECK(t.store.count() == 1);
    CHECK(t.store.find(week)->text == u"second words"_s);
    CHECK(t.store.find(week)->updatedAt == t.clock);

    t.store.save(week, u"   \n\t "_s);
    CHECK_FALSE(t.store.find(week));
    CHECK(rows(t.db) == 0);
    t.store.save(week, {});  // removing what is not there is fine
    CHECK(t.store.count() == 0);
}

TEST_CASE("week reflections: all() lists every week, oldest first", "[reflections]") {
    ReflectionDb t;
    t.store.save(QDate(2026, 11, 16), u"c"_s);
    t.store.save(QDate(2025, 12, 29), u"a"_s);
    t.store.save(QDate(2026, 1, 5), u"b"_s);
    const QList<WeekReflection> all = t.store.all();
    REQUIRE(all.size() == 3);
    CHECK(all[0].weekStart == QDate(2025, 12, 29));
    CHECK(all[0].text == u"a"_s);
    CHECK(all[1].weekStart == QDate(2026, 1, 5));
    CHECK(all[2].weekStart == QDate(2026, 11, 16));
    CHECK(t.store.count() == 3);
}

TEST_CASE("week reflections: refuses what it cannot keep and changes nothing", "[reflections]") {
    ReflectionDb t;
    const QDate week(2026, 11, 16);
    t.store.save(week, u"kept"_s);

    CHECK_THROWS_AS(t.store.save(QDate(), u"x"_s), Error);
    const QString tooLong(WeekReflectionStore::kMaxText + 1, u'a');
    try {
        t.store.save(week, tooLong);
        FAIL("a note longer than the limit was kept");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        CHECK_FALSE(e.message().isEmpty());
    }
    CHECK(t.store.find(week)->text == u"kept"_s);
    // Exactly the limit (after trimming) is fine.
    t.store.save(week, u"  "_s + QString(WeekReflectionStore::kMaxText, u'b') + u"  "_s);
    CHECK(t.store.find(week)->text.size() == WeekReflectionStore::kMaxText);
}

TEST_CASE("week reflections: a note is still there after the database is opened again", "[reflections]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mooring.db"_s);
    {
        Database db = Database::open(path, test::rawKey(), Database::Mode::Create);
        Migrations::migrate(db);
        WeekReflectionStore(db).save(QDate(2026, 11, 16), u"Less scrolling at night"_s);
    }
    Database db = Database::open(path, test::rawKey(), Database::Mode::OpenExisting);
    WeekReflectionStore store(db);
    REQUIRE(store.find(QDate(2026, 11, 16)));
    CHECK(store.find(QDate(2026, 11, 16))->text == u"Less scrolling at night"_s);
    CHECK(store.find(QDate(2026, 11, 16))->updatedAt.isValid());
}
