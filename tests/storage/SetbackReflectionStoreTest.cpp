#include "storage/SetbackReflectionStore.h"

#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct SetbackDb {
    QTemporaryDir dir;
    QString path = dir.filePath(u"mooring.db"_s);
    Database db = Database::open(path, test::rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 5, 4), QTime(21, 30), Qt::OffsetFromUTC, 3600);
    SetbackReflectionStore store{db, [this] { return clock; }};
    RecoveryPlaceStore places{db, [this] { return clock; }};
    SetbackDb() { Migrations::migrate(db); }
};

SetbackReflection sample() {
    SetbackReflection r;
    r.entryId = u"5b0f7c1e-0000-4000-8000-000000000001"_s;
    r.before = u"  A long day and an argument at dinner  "_s;
    r.warningSigns = u"- I stopped answering messages\n\n* I couldn't sleep\n- i stopped answering messages"_s;
    r.tried = u"Music, for a while"_s;
    r.nextTime = u"Text Sam earlier\nCold water on my face"_s;
    r.forPlan = u"Cold water on my face\nGo for a walk"_s;
    return r;
}

}  // namespace

TEST_CASE("setback reflections: saved trimmed, found by id and by entry, kept after reopening", "[setback]") {
    SetbackDb t;
    const SetbackReflection saved = t.store.save(sample());
    CHECK_FALSE(saved.id.isEmpty());
    CHECK(saved.before == u"A long day and an argument at dinner"_s);
    CHECK(saved.createdAt == t.clock);
    CHECK(saved.updatedAt == t.clock);
    CHECK(t.store.find(saved.id) == saved);
    REQUIRE(t.store.forEntry(sample().entryId));
    CHECK(t.store.forEntry(sample().entryId)->id == saved.id);
    CHECK_FALSE(t.store.forEntry(u"another"_s));

    // Changed later: created_at stays, updated_at moves, still one row.
    t.clock = t.clock.addDays(2);
    SetbackReflection changed = saved;
    changed.tried = u"Music, and a walk"_s;
    const SetbackReflection again = t.store.save(changed);
    CHECK(again.id == saved.id);
    CHECK(again.createdAt == saved.createdAt);
    CHECK(again.updatedAt == t.clock);
    CHECK(t.store.all().size() == 1);

    // The same file opened again with the key: still there.
    const QString path = t.path;
    t.db = Database::open(path, test::rawKey(), Database::Mode::OpenExisting);
    SetbackReflectionStore reopened(t.db);
    REQUIRE(reopened.find(saved.id));
    CHECK(reopened.find(saved.id)->tried == u"Music, and a walk"_s);
}

TEST_CASE("setback reflections: one without an entry, newest first, removed", "[setback]") {
    SetbackDb t;
    SetbackReflection loose;
    loose.before = u"A hard evening"_s;
    const SetbackReflection first = t.store.save(loose);
    CHECK(first.entryId.isEmpty());
    Statement raw(t.db, "SELECT entry_id IS NULL FROM setback_reflections WHERE id = ?");
    raw.bind(1, first.id);
    REQUIRE(raw.step());
    CHECK(raw.integer(0) == 1);  // "no entry" is NULL, not an empty string

    t.clock = t.clock.addDays(1);
    const SetbackReflection second = t.store.save(sample());
    const QList<SetbackReflection> all = t.store.all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == second.id);
    t.store.remove(first.id);
    CHECK_FALSE(t.store.find(first.id));
    CHECK(t.store.all().size() == 1);
}

TEST_CASE("setback reflections: too long a text is refused and nothing is written", "[setback]") {
    SetbackDb t;
    SetbackReflection r = sample();
    r.nextTime = QString(SetbackReflection::kMaxText + 1, u'a');
    CHECK_THROWS_AS(t.store.save(r), Error);
    CHECK(t.store.all().isEmpty());
}

TEST_CASE("setback reflections: suggestions for the plan, one per line, list marks and repeats dropped", "[setback]") {
    const SetbackReflection r = sample();
    CHECK(r.suggestedWarningSigns() == QStringList{u"I stopped answering messages"_s, u"I couldn't sleep"_s});
    CHECK(r.suggestedCoping() == QStringList{u"Text Sam earlier"_s, u"Cold water on my face"_s, u"Go for a walk"_s});
    CHECK(SetbackReflection{}.isBlank());
    CHECK_FALSE(r.isBlank());
}

TEST_CASE("recovery place: nothing said, then a choice and words, then changed, then cleared", "[setback]") {
    SetbackDb t;
    CHECK(t.places.load() == RecoveryPlaceNote{});
    RecoveryPlaceNote note;
    note.place = RecoveryPlace::Learning;
    note.words = u"  Trying the cold-water idea most evenings  "_s;
    const RecoveryPlaceNote saved = t.places.save(note);
    CHECK(saved.place == RecoveryPlace::Learning);
    CHECK(saved.words == u"Trying the cold-water idea most evenings"_s);
    CHECK(saved.updatedAt == t.clock);

    note.place.reset();  // words only, no place chosen
    CHECK_FALSE(t.places.save(note).place);
    Statement rows(t.db, "SELECT count(*) FROM recovery_place");
    REQUIRE(rows.step());
    CHECK(rows.integer(0) == 1);

    t.places.clear();
    CHECK(t.places.load() == RecoveryPlaceNote{});
    CHECK(RecoveryPlaceNote::placeFromKey(u"keeping"_s) == RecoveryPlace::KeepingGoing);
    CHECK_FALSE(RecoveryPlaceNote::placeFromKey(u"behind"_s));
}
