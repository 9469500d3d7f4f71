#include "storage/CheckInStore.h"

#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct CheckInDb {
    QTemporaryDir dir;
    QString path = dir.filePath(u"mooring.db"_s);
    Database db = Database::open(path, test::rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 12, 7), QTime(21, 30), Qt::OffsetFromUTC, 3600);
    CheckInStore store{db, [this] { return clock; }};
    CheckInDb() { Migrations::migrate(db); }
};

CheckIn full(const QDate& day) {
    CheckIn c;
    c.day = day;
    c.overall = 7;
    c.urge = 3;
    c.feelings = {u"  tired"_s, u"hopeful"_s, u"Tired"_s};
    c.helped = {{u"0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f0001"_s, {}}, {{}, u" a walk with Sam "_s}};
    c.selfCare = {7.5, true, std::nullopt, false};
    c.note = u"  A quieter day  "_s;
    return c;
}

int rowsIn(Database& db, const char* table) {
    Statement query(db, std::string("SELECT count(*) FROM ") + table);
    query.step();
    return query.integer(0);
}

}  // namespace

TEST_CASE("check-ins: saved trimmed with every field, read back the same after reopening", "[checkin]") {
    CheckInDb d;
    const CheckIn saved = d.store.save(full(QDate(2026, 12, 7)));
    CHECK(saved.id.size() == 36);
    CHECK(saved.createdAt == d.clock);
    CHECK(saved.updatedAt.offsetFromUtc() == 3600);
    CHECK(saved.feelings == QStringList{u"tired"_s, u"hopeful"_s});
    CHECK(saved.helped.at(1).text == u"a walk with Sam"_s);
    CHECK(saved.note == u"A quieter day"_s);
    REQUIRE(d.store.forDay(QDate(2026, 12, 7)) == saved);

    // Unsaid stays unsaid: not 0, not false.
    CheckIn bare;
    bare.day = QDate(2026, 12, 6);
    bare.overall = 0;
    const CheckIn plain = d.store.save(bare);
    const std::optional<CheckIn> back = d.store.forDay(bare.day);
    REQUIRE(back);
    CHECK(*back == plain);
    CHECK_FALSE(back->urge);
    CHECK_FALSE(back->selfCare.sleepHours);
    CHECK_FALSE(back->selfCare.ate);
    CHECK(back->helped.isEmpty());

    const QString path = d.path;
    d.db = Database::open(path, test::rawKey(), Database::Mode::OpenExisting);
    CHECK(CheckInStore(d.db).forDay(QDate(2026, 12, 7)) == saved);
}

TEST_CASE("check-ins: one per day; saving the day again replaces it, id and created_at kept", "[checkin]") {
    CheckInDb d;
    const CheckIn first = d.store.save(full(QDate(2026, 12, 7)));
    d.clock = d.clock.addSecs(3600);
    CheckIn again;
    again.day = QDate(2026, 12, 7);
    again.overall = 4;
    again.feelings = {u"restless"_s};
    const CheckIn second = d.store.save(again);

    CHECK(second.id == first.id);
    CHECK(second.createdAt == first.createdAt);
    CHECK(second.updatedAt == d.clock);
    CHECK(d.store.count() == 1);
    const std::optional<CheckIn> now = d.store.forDay(QDate(2026, 12, 7));
    REQUIRE(now);
    CHECK(now->overall == 4);
    CHECK(now->feelings == QStringList{u"restless"_s});
    CHECK(now->helped.isEmpty());  // the earlier lists went with the earlier answers
    CHECK(rowsIn(d.db, "check_in_feelings") == 1);
    CHECK(rowsIn(d.db, "check_in_helped") == 0);
}

TEST_CASE("check-ins: a range is inclusive, oldest first, with each day's own lists", "[checkin]") {
    CheckInDb d;
    for (int i = 0; i < 10; ++i) {
        if (i == 4) continue;  // a day without one
        CheckIn c = full(QDate(2026, 11, 28).addDays(i));
        c.overall = i;
        c.feelings = {u"day %1"_s.arg(i)};
        d.store.save(c);
    }
    const QList<CheckIn> week = d.store.range(QDate(2026, 11, 30), QDate(2026, 12, 6));
    REQUIRE(week.size() == 6);
    QList<int> overall;
    for (const CheckIn& c : week) {
        overall << *c.overall;
        CHECK(c.feelings == QStringList{u"day %1"_s.arg(*c.overall)});
        CHECK(c.helped.size() == 2);
    }
    CHECK(overall == QList<int>{2, 3, 5, 6, 7, 8});
    CHECK(d.store.range(QDate(2026, 12, 6), QDate(2026, 11, 30)).isEmpty());
    CHECK(d.store.all().size() == 9);
}

TEST_CASE("check-ins: a check-in with a problem is refused and nothing is written", "[checkin]") {
    CheckInDb d;
    d.store.save(full(QDate(2026, 12, 7)));
    CheckIn bad = full(QDate(2026, 12, 7));
    bad.overall = 12;
    CHECK_THROWS_AS(d.store.save(bad), Error);
    CheckIn future = full(QDate(2026, 12, 10));
    CHECK_THROWS_AS(d.store.save(future), Error);
    CHECK(d.store.count() == 1);
    CHECK(d.store.forDay(QDate(2026, 12, 7))->overall == 7);
}

TEST_CASE("check-ins: put keeps id and times and takes the place of that day's", "[checkin]") {
    CheckInDb d;
    const CheckIn here = d.store.save(full(QDate(2026, 12, 1)));
    CheckIn incoming = full(QDate(2026, 12, 1)).trimmed();
    incoming.id = u"5b0f7c1e-0000-4000-8000-0000000000aa"_s;
    incoming.overall = 2;
    incoming.createdAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::OffsetFromUTC, -5 * 3600);
    incoming.updatedAt = incoming.createdAt.addSecs(60);
    d.store.put(incoming);
    CHECK(d.store.count() == 1);
    CHECK(d.store.forDay(QDate(2026, 12, 1)) == incoming);
    CHECK(rowsIn(d.db, "check_in_helped") == 2);

    d.store.remove(QDate(2026, 12, 1));
    CHECK(d.store.count() == 0);
    CHECK(rowsIn(d.db, "check_in_feelings") == 0);
    CHECK(rowsIn(d.db, "check_in_helped") == 0);
    CHECK(here.id != incoming.id);
}

TEST_CASE("check-ins: a profile of the previous schema gains the table and keeps its data", "[checkin][migrations]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mooring.db"_s);
    Database db = Database::open(path, test::rawKey(), Database::Mode::Create);
    Migrations::migrateTo(db, 9);
    Statement(db,
              "INSERT INTO week_reflections(week_start, text, updated_at) VALUES ('2026-11-30', 'Kept', "
              "'2026-12-06T20:00:00+01:00')")
        .run();
    Statement tables(db, "SELECT count(*) FROM sqlite_master WHERE name = 'check_ins'");
    tables.step();
    REQUIRE(tables.integer(0) == 0);

    CHECK(Migrations::migrate(db) == 9);
    CHECK(db.userVersion() == Migrations::latestVersion());
    Statement kept(db, "SELECT text FROM week_reflections WHERE week_start = '2026-11-30'");
    REQUIRE(kept.step());
    CHECK(kept.text(0) == u"Kept"_s);
    CheckInStore store(db, [] { return QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC); });
    CheckIn c;
    c.day = QDate(2026, 12, 7);
    c.overall = 5;
    store.save(c);
    CHECK(store.count() == 1);
    CHECK(db.integrityOk());
}
