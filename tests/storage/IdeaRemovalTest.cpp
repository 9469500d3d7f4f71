// Deleting a safety-box idea together with its photos and sounds, and undoing it.
#include "storage/IdeaRemoval.h"

#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/StrategyStore.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

struct BoxDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 12, 7), QTime(8, 15), Qt::OffsetFromUTC, 3600);
    MediaStore media{db, [this] { return clock; }};
    StrategyStore ideas{db, [this] { return clock; }};
    BoxDb() { Migrations::migrate(db); }

    QString boxIdea(const QString& title) {
        CopingStrategy s;
        s.category = CopingCategory::SafetyBox;
        s.title = title;
        s.favourite = true;
        return ideas.add(s).id;
    }
    Medium keep(MediumKind kind, const QString& mime, const QString& strategyId, const QByteArray& bytes,
                const QByteArray& thumbnail = {}) {
        Medium m;
        m.kind = kind;
        m.mime = mime;
        m.caption = u"kept"_s;
        m.place = strategyId.isEmpty() ? MediaPlace::reasonsForLiving() : MediaPlace::safetyBox(strategyId);
        clock = clock.addSecs(60);
        return media.add(m, bytes, thumbnail);
    }
    int rows(const char* table) {
        Statement query(db, std::string("SELECT count(*) FROM ") + table);
        query.step();
        return query.integer(0);
    }
};

const QByteArray kPhoto = QByteArray("\xFF\xD8\xFF\xE0", 4) + "the harbour at dusk";
const QByteArray kOgg = "OggS my sister laughing";
const QByteArray kWav = QByteArray("RIFF\x04\0\0\0WAVEdata", 16) + "rain";

}  // namespace

TEST_CASE("An idea is deleted with its photos and sounds, and undo puts every byte back", "[media][toolbox]") {
    BoxDb d;
    const QString idea = d.boxIdea(u"Postcards from Anna"_s);
    const QString other = d.boxIdea(u"The blue scarf"_s);
    const Medium photo = d.keep(MediumKind::Photo, u"image/jpeg"_s, idea, kPhoto, "thumb");
    const Medium voice = d.keep(MediumKind::Recording, u"audio/ogg"_s, idea, kOgg);
    const Medium rain = d.keep(MediumKind::Sound, u"audio/wav"_s, idea, kWav);
    const Medium elsewhere = d.keep(MediumKind::Photo, u"image/jpeg"_s, other, kPhoto);
    const Medium reason = d.keep(MediumKind::Sound, u"audio/wav"_s, {}, kWav);
    const CopingStrategy before = *d.ideas.find(idea);
    const auto listedBefore = d.media.list(MediaPlace::safetyBox(idea));
    REQUIRE(listedBefore.size() == 3);

    const int strategies = d.rows("strategies");
    IdeaRemoval removal = d.ideas.withMedia();
    CHECK(removal.kept(idea) == IdeaRemoval::Kept{1, 1, 1});
    CHECK(removal.kept(idea).total() == 3);
    CHECK(removal.kept(other) == IdeaRemoval::Kept{1, 0, 0});

    const IdeaRemoval::Removed removed = removal.remove(idea);
    CHECK(removed.strategy == before);
    REQUIRE(removed.media.size() == 3);
    CHECK(removed.media.at(0).medium == photo);
    CHECK(removed.media.at(0).thumbnail == "thumb");
    CHECK(removed.media.at(1).medium == voice);
    CHECK(removed.media.at(2).bytes == kWav);
    CHECK_FALSE(d.ideas.find(idea));
    CHECK(d.rows("strategies") == strategies - 1);
    CHECK(d.media.list(MediaPlace::safetyBox(idea)).isEmpty());
    CHECK(removal.kept(idea).total() == 0);
    // Only what was kept with it went.
    CHECK(d.rows("media") == 2);
    CHECK(d.rows("media_bytes") == 2);
    CHECK(d.media.find(elsewhere.id) == elsewhere);
    CHECK(d.media.find(reason.id) == reason);

    // Later, the person presses Ctrl+Z: the idea and each medium as they were.
    d.clock = d.clock.addDays(1);
    removal.restore(removed);
    CHECK(d.ideas.find(idea) == before);
    CHECK(d.media.list(MediaPlace::safetyBox(idea)) == listedBefore);
    CHECK(MediaStore::sha256Hex(d.media.bytes(photo.id)) == MediaStore::sha256Hex(kPhoto));
    CHECK(MediaStore::sha256Hex(d.media.bytes(voice.id)) == MediaStore::sha256Hex(kOgg));
    CHECK(MediaStore::sha256Hex(d.media.bytes(rain.id)) == rain.sha256);
    removal.restore(removed);  // twice: nothing more
    CHECK(d.rows("media") == 5);
    CHECK(d.rows("media_bytes") == 5);
    CHECK(d.rows("strategies") == strategies);

    // Redo deletes again; an idea without media goes the same way.
    removal.remove(idea);
    CHECK_FALSE(d.ideas.find(idea));
    CHECK(removal.remove(d.boxIdea(u"A shell from the beach"_s)).media.isEmpty());
    CHECK(d.db.integrityOk());
}

TEST_CASE("A refused deletion leaves the idea and all its media in place", "[media][toolbox]") {
    BoxDb d;
    // A built-in idea in the safety box, as an import can bring: its media are gone through
    // first, then the idea is refused, so everything must be rolled back.
    CopingStrategy builtin;
    builtin.id = StrategyStore::builtinUuid(u"box-test"_s);
    builtin.category = CopingCategory::SafetyBox;
    builtin.title = u"A letter to myself"_s;
    builtin.builtin = true;
    builtin.builtinKey = u"box-test"_s;
    builtin.position = 0;
    builtin.createdAt = builtin.updatedAt = d.clock;
    d.ideas.put(builtin);
    const Medium photo = d.keep(MediumKind::Photo, u"image/jpeg"_s, builtin.id, kPhoto, "thumb");
    const Medium voice = d.keep(MediumKind::Recording, u"audio/ogg"_s, builtin.id, kOgg);
    const int strategies = d.rows("strategies");

    IdeaRemoval removal = d.ideas.withMedia();
    CHECK_THROWS_AS(removal.remove(builtin.id), Error);
    CHECK(d.rows("strategies") == strategies);
    CHECK(d.rows("media") == 2);
    CHECK(d.rows("media_bytes") == 2);
    CHECK(d.media.find(photo.id) == photo);
    CHECK(d.media.bytes(voice.id) == kOgg);

    CHECK_THROWS_AS(removal.remove(u"no-such-idea"_s), Error);
    CHECK(d.rows("strategies") == strategies);
    CHECK(d.rows("media") == 2);

    // Alone, StrategyStore still refuses an idea that keeps media.
    const QString own = d.boxIdea(u"Grandad's watch"_s);
    d.keep(MediumKind::Photo, u"image/jpeg"_s, own, kPhoto);
    CHECK_THROWS_AS(d.ideas.remove(own), Error);
    CHECK(d.ideas.find(own));
    CHECK(d.rows("media") == 3);
}
