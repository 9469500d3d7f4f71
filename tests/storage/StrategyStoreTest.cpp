#include "storage/StrategyStore.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/RawKeys.h"

#include <QMap>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

#include <map>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct ToolboxDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 11, 20), QTime(21, 40), Qt::OffsetFromUTC, 3600);
    StrategyStore store{db, [this] { return clock; }};
    ToolboxDb() { Migrations::migrate(db); }
};

CopingStrategy draft(CopingCategory category, const QString& title, const QString& details = {}) {
    CopingStrategy s;
    s.category = category;
    s.title = title;
    s.details = details;
    return s;
}

int count(Database& db, const char* sql) {
    Statement query(db, sql);
    return query.step() ? query.integer(0) : -1;
}

QStringList ids(const QList<CopingStrategy>& list) {
    QStringList out;
    for (const auto& s : list) out << s.id;
    return out;
}

}  // namespace

TEST_CASE("A new profile holds the built-in ideas: at least 48, at least 12 per family", "[toolbox]") {
    ToolboxDb t;
    const QList<CopingStrategy> all = t.store.all();
    CHECK(all.size() >= 48);
    std::map<CopingCategory, int> perFamily;
    for (const CopingStrategy& s : all) {
        ++perFamily[s.category];
        CHECK(s.builtin);
        CHECK_FALSE(s.hidden);
        CHECK_FALSE(s.favourite);
        CHECK_FALSE(s.builtinKey.isEmpty());
        CHECK(s.id == StrategyStore::builtinUuid(s.builtinKey));
        CHECK(s.createdAt.isValid());
    }
    for (CopingCategory family : {CopingCategory::Sensory, CopingCategory::Distraction,
                                  CopingCategory::EmotionalRelease, CopingCategory::SelfSoothing})
        CHECK(perFamily[family] >= 12);
    // Exactly the bundled list, in its order within each family.
    const QList<CopingIdea> bundled = StrategyStore::bundledIdeas();
    CHECK(all.size() == bundled.size());
    CHECK(t.store.find(StrategyStore::builtinUuid(bundled.constFirst().id))->title == bundled.constFirst().title);
    CHECK(count(t.db, "SELECT COUNT(*) FROM strategy_seeds") == bundled.size());
}

TEST_CASE("Built-in ids become the same UUID on every computer", "[toolbox]") {
    const QString a = StrategyStore::builtinUuid(u"sensory-ice-cube"_s);
    CHECK(a == StrategyStore::builtinUuid(u"sensory-ice-cube"_s));
    CHECK(a != StrategyStore::builtinUuid(u"sensory-sour-taste"_s));
    CHECK(QUuid::fromString(a).version() == QUuid::Sha1);
}

TEST_CASE("Adding an idea of one's own: trimmed, new id, last in its family", "[toolbox]") {
    ToolboxDb t;
    const auto before = t.store.all().size();
    const CopingStrategy added =
        t.store.add(draft(CopingCategory::EmotionalRelease, u"  Sing loudly in the car "_s, u" any song "_s));
    CHECK(added.title == u"Sing loudly in the car"_s);
    CHECK(added.details == u"any song"_s);
    CHECK_FALSE(added.builtin);
    CHECK_FALSE(QUuid::fromString(added.id).isNull());
    CHECK(added.createdAt == t.clock);
    CHECK(t.store.all().size() == before + 1);

    const auto stored = t.store.find(added.id);
    REQUIRE(stored);
    CHECK(*stored == added);
    QList<CopingStrategy> family;
    for (const auto& s : t.store.all())
        if (s.category == CopingCategory::EmotionalRelease) family << s;
    CHECK(family.constLast().id == added.id);
}

TEST_CASE("Bad input saves nothing and names the field", "[toolbox]") {
    ToolboxDb t;
    const auto before = t.store.all();
    const QString builtinTitle = before.constFirst().title;
    const CopingCategory builtinFamily = before.constFirst().category;

    auto problemsOf = [&](const CopingStrategy& s) {
        try {
            t.store.add(s);
        } catch (const InvalidStrategy& e) {
            CHECK(e.kind() == Error::Kind::InvalidInput);
            CHECK_FALSE(e.message().isEmpty());
            return e.problems();
        }
        FAIL("no error for bad input");
        return QList<CopingStrategy::Problem>{};
    };
    CHECK(problemsOf(draft(CopingCategory::Sensory, u"  "_s)).constFirst().field == CopingStrategy::Field::Title);
    CHECK(problemsOf(draft(CopingCategory::Sensory, QString(121, u'x'))).constFirst().field ==
          CopingStrategy::Field::Title);
    // A duplicate in the same family, however it is capitalised...
    const auto dup = problemsOf(draft(builtinFamily, builtinTitle.toUpper() + u"  "_s));
    CHECK(dup.constFirst().message.contains(u"already"_s));
    CHECK(t.store.all() == before);
    // ...but the same title in another family is fine.
    const CopingCategory other =
        builtinFamily == CopingCategory::Sensory ? CopingCategory::Distraction : CopingCategory::Sensory;
    CHECK_NOTHROW(t.store.add(draft(other, builtinTitle)));
}

TEST_CASE("Editing keeps the id; a built-in stays built-in; duplicates are refused", "[toolbox]") {
    ToolboxDb t;
    CopingStrategy first = t.store.all().at(0);
    const CopingStrategy second = t.store.all().at(1);
    t.clock = t.clock.addSecs(60);
    first.title = u"  Hold a really cold ice cube "_s;
    first.details = u"My own words"_s;
    const CopingStrategy saved = t.store.update(first);
    CHECK(saved.title == u"Hold a really cold ice cube"_s);
    CHECK(saved.builtin);
    CHECK(saved.updatedAt == t.clock);
    CHECK(t.store.find(first.id)->details == u"My own words"_s);

    // Saving an idea under its own title again is not a duplicate of itself.
    CHECK_NOTHROW(t.store.update(saved));
    CopingStrategy clash = saved;
    clash.title = second.title;
    CHECK_THROWS_AS(t.store.update(clash), InvalidStrategy);
    CHECK(t.store.find(first.id)->title == u"Hold a really cold ice cube"_s);

    // Moving to another family puts it last there.
    CopingStrategy moved = saved;
    moved.category = CopingCategory::SafetyBox;
    moved.location = u"Top drawer"_s;
    t.store.update(moved);
    const auto all = t.store.all();
    CHECK(all.constLast().id == first.id);
    CHECK(all.constLast().location == u"Top drawer"_s);
}

TEST_CASE("Hiding and showing again; hidden ideas are kept, not lost", "[toolbox]") {
    ToolboxDb t;
    const QString id = t.store.all().at(3).id;
    t.store.setHidden(id, true);
    CHECK(t.store.find(id)->hidden);
    CHECK(count(t.db, "SELECT COUNT(*) FROM strategies WHERE archived = 1") == 1);
    t.store.setHidden(id, false);
    CHECK_FALSE(t.store.find(id)->hidden);
    CHECK_THROWS_AS(t.store.setHidden(u"no-such-id"_s, true), Error);
}

TEST_CASE("Favourites in the person's order; hidden ones step aside", "[toolbox]") {
    ToolboxDb t;
    const auto all = t.store.all();
    const QString a = all.at(0).id, b = all.at(5).id, c = all.at(20).id, d = all.at(30).id;
    CHECK(t.store.favourites().isEmpty());
    for (const QString& id : {a, b, c}) t.store.setFavourite(id, true);
    CHECK(ids(t.store.favourites()) == QStringList{a, b, c});

    CHECK(t.store.moveFavourite(c, -1));
    CHECK(ids(t.store.favourites()) == QStringList{a, c, b});
    CHECK(t.store.moveFavourite(c, -1));
    CHECK(ids(t.store.favourites()) == QStringList{c, a, b});
    CHECK_FALSE(t.store.moveFavourite(c, -1));  // already first
    CHECK_FALSE(t.store.moveFavourite(b, +1));  // already last
    CHECK_FALSE(t.store.moveFavourite(d, -1));  // not a favourite

    // A new favourite goes last; un-favouriting removes it from the order.
    t.store.setFavourite(d, true);
    CHECK(ids(t.store.favourites()) == QStringList{c, a, b, d});
    t.store.setFavourite(a, false);
    CHECK(ids(t.store.favourites()) == QStringList{c, b, d});
    CHECK_FALSE(t.store.find(a)->favouriteOrder);

    // Hidden favourites are not offered (crisis screen) and are stepped over when moving.
    t.store.setHidden(b, true);
    CHECK(ids(t.store.favourites()) == QStringList{c, d});
    CHECK(t.store.moveFavourite(d, -1));
    CHECK(ids(t.store.favourites()) == QStringList{d, c});
    t.store.setHidden(b, false);
    CHECK(ids(t.store.favourites()).size() == 3);
}

TEST_CASE("Only one's own ideas can be deleted, and deleting can be undone", "[toolbox]") {
    ToolboxDb t;
    const QString builtin = t.store.all().constFirst().id;
    CHECK_THROWS_AS(t.store.remove(builtin), Error);
    CHECK(t.store.find(builtin));

    CopingStrategy mine = t.store.add(draft(CopingCategory::SafetyBox, u"Soft blanket"_s));
    t.store.setFavourite(mine.id, true);
    mine = *t.store.find(mine.id);
    t.store.remove(mine.id);
    CHECK_FALSE(t.store.find(mine.id));
    t.store.restore(mine);
    CHECK(*t.store.find(mine.id) == mine);
    CHECK(ids(t.store.favourites()) == QStringList{mine.id});
    CHECK_NOTHROW(t.store.restore(mine));  // twice is harmless
}

TEST_CASE("Seeding again keeps the person's changes and adds only new ideas", "[toolbox]") {
    ToolboxDb t;
    const QList<CopingIdea> bundled = StrategyStore::bundledIdeas();
    const QString edited = StrategyStore::builtinUuid(bundled.at(0).id);
    const QString hidden = StrategyStore::builtinUuid(bundled.at(1).id);
    const QString deleted = StrategyStore::builtinUuid(bundled.at(2).id);

    CopingStrategy change = *t.store.find(edited);
    change.title = u"My version of this"_s;
    t.store.update(change);
    t.store.setHidden(hidden, true);
    t.store.setFavourite(hidden, true);
    {
        // Built-ins cannot be deleted on screen; an import or an older build might have.
        Statement erase(t.db, "DELETE FROM strategies WHERE id = ?");
        erase.bind(1, deleted).run();
    }
    const auto before = t.store.all();

    SECTION("the same list again changes nothing") {
        Transaction tx(t.db);
        CHECK(StrategyStore::seedBuiltins(t.db, bundled, t.clock) == 0);
        tx.commit();
        CHECK(t.store.all() == before);
    }
    SECTION("a later version's new idea is added, and only that") {
        QList<CopingIdea> later = bundled;
        later.append({u"distraction-new-test-idea"_s, CopingCategory::Distraction, u"A brand new idea"_s, {}});
        Transaction tx(t.db);
        CHECK(StrategyStore::seedBuiltins(t.db, later, t.clock) == 1);
        tx.commit();
        const auto after = t.store.all();
        CHECK(after.size() == before.size() + 1);
        CHECK(t.store.find(edited)->title == u"My version of this"_s);
        CHECK(t.store.find(hidden)->hidden);
        CHECK(t.store.find(hidden)->favourite);
        CHECK_FALSE(t.store.find(deleted));
        const auto added = t.store.find(StrategyStore::builtinUuid(u"distraction-new-test-idea"_s));
        REQUIRE(added);
        CHECK(added->builtin);
        CHECK(added->title == u"A brand new idea"_s);
    }
}

TEST_CASE("Migrating an empty profile seeds once; migrating again adds nothing", "[toolbox]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mooring.db"_s);
    {
        Database db = Database::open(path, test::rawKey(), Database::Mode::Create);
        Migrations::migrateTo(db, 1);
        Statement query(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'strategies'");
        REQUIRE(query.step());
        CHECK(query.integer(0) == 0);
        Migrations::migrate(db);
        CHECK(count(db, "SELECT COUNT(*) FROM strategies") >= 48);
    }
    Database db = Database::open(path, test::rawKey(), Database::Mode::OpenExisting);
    const int seeded = count(db, "SELECT COUNT(*) FROM strategies");
    Migrations::migrate(db);
    CHECK(count(db, "SELECT COUNT(*) FROM strategies") == seeded);
}

TEST_CASE("A change that fails half-way leaves the toolbox as it was", "[toolbox]") {
    ToolboxDb t;
    // A trigger refuses the second row of a renumbering: the first must not stay changed.
    const auto all = t.store.all();
    for (int i = 0; i < 3; ++i) t.store.setFavourite(all.at(i).id, true);
    const auto favouritesBefore = ids(t.store.favourites());
    t.db.exec(
        "CREATE TRIGGER refuse BEFORE UPDATE OF favourite_order ON strategies WHEN NEW.favourite_order = 2 "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END");
    CHECK_THROWS(t.store.moveFavourite(all.at(2).id, -1));
    CHECK(ids(t.store.favourites()) == favouritesBefore);
}

TEST_CASE("Upgrading gives an unedited built-in idea its new words; an edited one keeps the person's",
          "[toolbox][migrations]") {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    // A profile of the version before the new words: the toolbox as that version seeded it.
    Migrations::migrateTo(db, 8);
    auto setWords = [&db](const char* key, const QString& title, const QString& details) {
        Statement set(db, "UPDATE strategies SET title = ?, details = ? WHERE builtin_key = ?");
        set.bind(1, title).bind(2, details).bind(3, QString::fromLatin1(key)).run();
    };
    const QString oldIceDetails =
        u"Hold it in your hand and let it melt. Notice the cold, then the water running between your fingers."_s;
    setWords("sensory-ice-cube", u"Hold an ice cube"_s, oldIceDetails);
    setWords("sensory-clap-hands", u"Clap your hands hard"_s,
             u"Clap fast and loud for thirty seconds, then hold your hands still and notice the tingle."_s);
    // Edited by the person: only the title, or only the details. Both stay exactly as they are.
    setWords("sensory-frozen-pack", u"My cold pack from the blue drawer"_s,
             u"A frozen orange, a bag of peas or a cold pack wrapped in a tea towel. Move it from hand to hand."_s);
    setWords("sensory-squeeze-ball", u"Squeeze a stress ball"_s, u"The green one, ten times, gently."_s);

    Migrations::migrate(db);

    StrategyStore store(db);
    auto byKey = [&store](const QString& key) {
        for (const CopingStrategy& s : store.all())
            if (s.builtinKey == key) return s;
        FAIL("no built-in idea " << key.toStdString());
        return CopingStrategy();
    };
    QMap<QString, CopingIdea> bundled;
    for (const CopingIdea& idea : StrategyStore::bundledIdeas()) bundled.insert(idea.id, idea);

    const CopingStrategy ice = byKey(u"sensory-ice-cube"_s);
    CHECK(ice.title == bundled.value(u"sensory-ice-cube"_s).title);
    CHECK(ice.details == bundled.value(u"sensory-ice-cube"_s).details);
    CHECK_FALSE(ice.title.contains(u"ice cube"_s, Qt::CaseInsensitive));
    CHECK(ice.id == StrategyStore::builtinUuid(u"sensory-ice-cube"_s));  // same idea, same id
    const CopingStrategy clap = byKey(u"sensory-clap-hands"_s);
    CHECK(clap.title == bundled.value(u"sensory-clap-hands"_s).title);
    CHECK(clap.details.contains(u"Stop if it hurts"_s));

    const CopingStrategy pack = byKey(u"sensory-frozen-pack"_s);
    CHECK(pack.title == u"My cold pack from the blue drawer"_s);
    CHECK(pack.details.startsWith(u"A frozen orange"_s));
    CHECK(byKey(u"sensory-squeeze-ball"_s).details == u"The green one, ten times, gently."_s);

    // Ideas whose words did not change are untouched, and migrating again changes nothing.
    CHECK(byKey(u"sensory-sour-taste"_s).title == bundled.value(u"sensory-sour-taste"_s).title);
    const auto after = store.all();
    Migrations::migrate(db);
    CHECK(store.all() == after);
}
