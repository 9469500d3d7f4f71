#include "storage/MediaStore.h"

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

struct MediaDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 12, 7), QTime(8, 15), Qt::OffsetFromUTC, 3600);
    MediaStore store{db, [this] { return clock; }};
    StrategyStore ideas{db, [this] { return clock; }};
    QString boxIdea;
    MediaDb() {
        Migrations::migrate(db);
        CopingStrategy s;
        s.category = CopingCategory::SafetyBox;
        s.title = u"Postcards from Anna"_s;
        boxIdea = ideas.add(s).id;
    }
};

// Bytes that start like a JPEG (all the store looks at) and carry `body`.
QByteArray jpegLike(const QByteArray& body) { return QByteArray("\xFF\xD8\xFF\xE0", 4) + body; }
QByteArray oggLike(const QByteArray& body) { return "OggS" + body; }

Medium draft(MediumKind kind, const QString& mime, const MediaPlace& place, const QString& caption = {}) {
    Medium m;
    m.kind = kind;
    m.mime = mime;
    m.place = place;
    m.caption = caption;
    return m;
}

int rowsIn(Database& db, const char* table) {
    Statement query(db, std::string("SELECT count(*) FROM ") + table);
    query.step();
    return query.integer(0);
}

// A raw insert as a hand-made or damaged database could hold; true when the table takes it.
bool tableTakes(Database& db, const QString& kind, const QString& mime, const std::optional<QString>& strategy,
                const std::optional<QString>& section, bool thumbnail = false) {
    try {
        Statement insert(db,
                         "INSERT INTO media(id, kind, mime, strategy_id, plan_section, byte_size, sha256, created_at, "
                         "updated_at, thumbnail) VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, 1, ?, 'x', 'x', ?)");
        insert.bind(1, kind).bind(2, mime).bind(3, strategy).bind(4, section).bind(5, QString(64, u'0'));
        if (thumbnail)
            insert.bind(6, QByteArray("t"));
        else
            insert.bind(6, std::nullopt);
        insert.run();
        return true;
    } catch (const SqliteError&) {
        return false;
    }
}

}  // namespace

TEST_CASE("hope box: a photo is kept, listed with its thumbnail, read, captioned, turned, removed and put back",
          "[media]") {
    MediaDb d;
    const MediaPlace box = MediaPlace::safetyBox(d.boxIdea);
    const QByteArray photo = jpegLike("the sea at Whitby");
    const Medium added = d.store.add(draft(MediumKind::Photo, u"image/jpeg"_s, box, u"  The sea  "_s), photo, "thumb");
    CHECK(added.id.size() == 36);
    CHECK(added.caption == u"The sea"_s);
    CHECK(added.byteSize == photo.size());
    CHECK(added.sha256 == MediaStore::sha256Hex(photo));
    CHECK(added.createdAt == d.clock);
    CHECK(added.createdAt.offsetFromUtc() == 3600);
    CHECK(added.position == 0);
    REQUIRE(d.store.find(added.id) == added);

    d.clock = d.clock.addSecs(60);
    const Medium second = d.store.add(draft(MediumKind::Recording, u"audio/ogg"_s, box), oggLike("hello"));
    CHECK(second.position == 1);
    const Medium elsewhere = d.store.add(draft(MediumKind::Sound, u"audio/wav"_s, MediaPlace::reasonsForLiving()),
                                         QByteArray("RIFF\x04\0\0\0WAVEdata", 16));
    REQUIRE(d.store.list(box) == QList<MediaStore::Listed>{{added, "thumb"}, {second, {}}});
    REQUIRE(d.store.list(MediaPlace::reasonsForLiving()) == QList<MediaStore::Listed>{{elsewhere, {}}});
    CHECK(d.store.totals(box) == MediaStore::Totals{2, photo.size() + 9});
    CHECK(d.store.totals() == MediaStore::Totals{3, photo.size() + 9 + 16});
    CHECK(d.store.bytes(added.id) == photo);

    d.clock = d.clock.addSecs(60);
    const Medium captioned = d.store.setCaption(added.id, u"The sea, last summer"_s);
    CHECK(captioned.caption == u"The sea, last summer"_s);
    CHECK(captioned.updatedAt == d.clock);
    CHECK(captioned.createdAt == added.createdAt);
    CHECK(d.store.find(added.id) == captioned);

    d.clock = d.clock.addSecs(60);
    const QByteArray turned = "\x89PNG\r\n\x1A\nturned";
    const Medium replaced = d.store.replaceBytes(added.id, u"image/png"_s, turned, "small");
    CHECK(replaced.mime == u"image/png"_s);
    CHECK(replaced.sha256 == MediaStore::sha256Hex(turned));
    CHECK(replaced.byteSize == turned.size());
    CHECK(replaced.caption == captioned.caption);
    CHECK(replaced.updatedAt == d.clock);
    CHECK(d.store.bytes(added.id) == turned);
    CHECK(d.store.list(box).constFirst() == MediaStore::Listed{replaced, "small"});

    const MediaStore::Removed removed = d.store.remove(added.id);
    CHECK(removed.medium == replaced);
    CHECK(removed.bytes == turned);
    CHECK(removed.thumbnail == "small");
    CHECK_FALSE(d.store.find(added.id));
    CHECK(rowsIn(d.db, "media_bytes") == 2);
    CHECK_THROWS_AS(d.store.bytes(added.id), Error);

    d.store.restore(removed);
    CHECK(d.store.list(box) == QList<MediaStore::Listed>{{replaced, "small"}, {second, {}}});
    CHECK(d.store.bytes(added.id) == turned);
    d.store.restore(removed);  // twice: nothing more
    CHECK(d.store.totals(box).count == 2);
    CHECK(d.db.integrityOk());
}

TEST_CASE("hope box: the records alone come as list() gives them, in each place's order, without thumbnails",
          "[media]") {
    MediaDb d;
    CopingStrategy s;
    s.category = CopingCategory::SafetyBox;
    s.title = u"Nothing kept here yet"_s;
    const MediaPlace box = MediaPlace::safetyBox(d.boxIdea), empty = MediaPlace::safetyBox(d.ideas.add(s).id);
    const MediaPlace reasons = MediaPlace::reasonsForLiving();
    const QByteArray wav("RIFF\x04\0\0\0WAVEdata", 16);
    const auto keep = [&](MediumKind kind, const QString& mime, const MediaPlace& place, const QByteArray& bytes,
                          const QByteArray& thumbnail = {}) {
        d.clock = d.clock.addSecs(60);
        return d.store.add(draft(kind, mime, place, u"kept"_s), bytes, thumbnail);
    };
    const Medium photo = keep(MediumKind::Photo, u"image/jpeg"_s, box, jpegLike("harbour"), "thumb 1");
    const Medium voice = keep(MediumKind::Recording, u"audio/ogg"_s, box, oggLike("goodnight"));
    const Medium sound = keep(MediumKind::Sound, u"audio/wav"_s, box, wav + "rain");
    const Medium later = keep(MediumKind::Photo, u"image/png"_s, box, "\x89PNG\r\n\x1A\nscarf", "thumb 2");
    const Medium song = keep(MediumKind::Sound, u"audio/ogg"_s, reasons, oggLike("song"));
    const Medium face = keep(MediumKind::Photo, u"image/jpeg"_s, reasons, jpegLike("Anna"), "thumb 3");

    // Put back out of the table's own order: the first one last written, and one sharing
    // the voice note's position but older, so that only ORDER BY gives the person's order.
    d.store.restore(d.store.remove(photo.id));
    MediaStore::Removed moved = d.store.remove(later.id);
    moved.medium.position = voice.position;
    moved.medium.createdAt = voice.createdAt.addSecs(-30);
    d.store.restore(moved);

    const auto records = [](const QList<MediaStore::Listed>& listed) {
        QList<Medium> out;
        for (const MediaStore::Listed& l : listed) out.append(l.medium);
        return out;
    };
    REQUIRE(d.store.list(box) ==
            QList<MediaStore::Listed>{{photo, "thumb 1"}, {moved.medium, "thumb 2"}, {voice, {}}, {sound, {}}});
    CHECK(d.store.listRecords(box) == QList<Medium>{photo, moved.medium, voice, sound});
    CHECK(d.store.listRecords(box) == records(d.store.list(box)));
    REQUIRE(d.store.list(reasons) == QList<MediaStore::Listed>{{song, {}}, {face, "thumb 3"}});
    CHECK(d.store.listRecords(reasons) == QList<Medium>{song, face});
    CHECK(d.store.listRecords(reasons) == records(d.store.list(reasons)));
    CHECK(d.store.list(empty).isEmpty());
    CHECK(d.store.listRecords(empty).isEmpty());
}

TEST_CASE("hope box: the SHA-256 is libsodium's, in lower-case hex", "[media]") {
    CHECK(MediaStore::sha256Hex("abc") == u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    CHECK(MediaStore::sha256Hex({}) == u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
}

TEST_CASE("hope box: what cannot be kept is refused and nothing is written", "[media]") {
    MediaDb d;
    const MediaPlace box = MediaPlace::safetyBox(d.boxIdea);
    const QByteArray photo = jpegLike("x");
    const auto refused = [&](const Medium& m, const QByteArray& bytes, const QByteArray& thumbnail = {}) {
        try {
            d.store.add(m, bytes, thumbnail);
            return QString();
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::InvalidInput);
            CHECK_FALSE(e.message().isEmpty());
            return e.message();
        }
    };
    CHECK(refused(draft(MediumKind::Photo, u"image/gif"_s, box), "GIF89a"_ba).contains(u"JPEG and PNG"_s));
    CHECK(refused(draft(MediumKind::Photo, u"audio/ogg"_s, box), oggLike("x")).contains(u"JPEG and PNG"_s));
    CHECK(refused(draft(MediumKind::Sound, u"image/png"_s, box), "\x89PNG\r\n\x1A\n"_ba).contains(u"JPEG"_s));
    CHECK(refused(draft(MediumKind::Photo, u"image/png"_s, box), photo).contains(u"could not be read"_s));
    CHECK(refused(draft(MediumKind::Photo, u"image/jpeg"_s, box), {}).contains(u"could not be read"_s));
    CHECK(refused(draft(MediumKind::Recording, u"audio/ogg"_s, box), oggLike("x"), "thumb").contains(u"could not"_s));
    CHECK(
        refused(draft(MediumKind::Photo, u"image/jpeg"_s, box), photo, QByteArray(Medium::kMaxThumbnailBytes + 1, 'x'))
            .contains(u"could not"_s));
    CHECK(refused(draft(MediumKind::Photo, u"image/jpeg"_s, box, QString(Medium::kMaxCaption + 1, u'a')), photo)
              .contains(u"caption"_s));
    CHECK(refused(draft(MediumKind::Sound, u"audio/ogg"_s, box), oggLike(QByteArray(Medium::kMaxBytes, 'x')))
              .contains(u"too large"_s));
    CHECK(refused(draft(MediumKind::Photo, u"image/jpeg"_s, MediaPlace::safetyBox(u"gone"_s)), photo)
              .contains(u"no longer in your toolbox"_s));
    const QString sensory = d.ideas.all().constFirst().id;
    REQUIRE(d.ideas.find(sensory)->category != CopingCategory::SafetyBox);
    CHECK(refused(draft(MediumKind::Photo, u"image/jpeg"_s, MediaPlace::safetyBox(sensory)), photo)
              .contains(u"safety box"_s));
    CHECK(rowsIn(d.db, "media") == 0);
    CHECK(rowsIn(d.db, "media_bytes") == 0);

    const Medium kept = d.store.add(draft(MediumKind::Photo, u"image/jpeg"_s, box), photo);
    CHECK_THROWS_AS(d.store.replaceBytes(kept.id, u"audio/ogg"_s, oggLike("x")), Error);
    CHECK_THROWS_AS(d.store.setCaption(kept.id, QString(Medium::kMaxCaption + 1, u'a')), Error);
    CHECK_THROWS_AS(d.store.setCaption(u"gone"_s, u"x"_s), Error);
    CHECK_THROWS_AS(d.store.remove(u"gone"_s), Error);
    CHECK(d.store.find(kept.id) == kept);
    CHECK(d.store.bytes(kept.id) == photo);
}

TEST_CASE("hope box: the table's CHECKs agree with the domain's list of kinds and formats", "[media][migrations]") {
    MediaDb d;
    const QString section = u"reasons_for_living"_s;
    // Every format the domain lists is taken with a kind it fits, and refused with one it does not.
    for (const QString& mime : mediaKinds::mimeTypes()) {
        INFO(mime.toStdString());
        for (MediumKind kind : {MediumKind::Photo, MediumKind::Recording, MediumKind::Sound})
            CHECK(tableTakes(d.db, mediaKinds::name(kind), mime, std::nullopt, section) ==
                  mediaKinds::fits(kind, mime));
    }
    CHECK(mediaKinds::mimeTypes().size() == 4);
    for (const QString& mime : {u"image/gif"_s, u"IMAGE/JPEG"_s, u"audio/mpeg"_s, u"video/mp4"_s, u""_s}) {
        CHECK_FALSE(tableTakes(d.db, u"photo"_s, mime, std::nullopt, section));
        CHECK_FALSE(tableTakes(d.db, u"sound"_s, mime, std::nullopt, section));
    }
    CHECK_FALSE(tableTakes(d.db, u"video"_s, u"image/jpeg"_s, std::nullopt, section));
    CHECK_FALSE(mediaKinds::fromName(u"video"_s));
    // Exactly one place: an idea that exists, or the one plan section.
    CHECK(tableTakes(d.db, u"photo"_s, u"image/png"_s, d.boxIdea, std::nullopt));
    CHECK_FALSE(tableTakes(d.db, u"photo"_s, u"image/png"_s, d.boxIdea, section));
    CHECK_FALSE(tableTakes(d.db, u"photo"_s, u"image/png"_s, std::nullopt, std::nullopt));
    CHECK_FALSE(tableTakes(d.db, u"photo"_s, u"image/png"_s, std::nullopt, u"warning_signs"_s));
    CHECK_FALSE(tableTakes(d.db, u"photo"_s, u"image/png"_s, u"no-such-idea"_s, std::nullopt));
    // A thumbnail belongs to a photo only.
    CHECK(tableTakes(d.db, u"photo"_s, u"image/png"_s, std::nullopt, section, true));
    CHECK_FALSE(tableTakes(d.db, u"sound"_s, u"audio/ogg"_s, std::nullopt, section, true));
}

TEST_CASE("hope box: an idea with photos is not deleted with them, and an import keeps them", "[media][toolbox]") {
    MediaDb d;
    const Medium kept =
        d.store.add(draft(MediumKind::Photo, u"image/jpeg"_s, MediaPlace::safetyBox(d.boxIdea)), jpegLike("p"));
    try {
        d.ideas.remove(d.boxIdea);
        FAIL("an idea with a photo was deleted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        CHECK(e.message().contains(u"photos or sounds"_s));
    }
    // The table refuses it too, whoever asks.
    CHECK_THROWS_AS(Statement(d.db, "DELETE FROM strategies WHERE id = ?").bind(1, d.boxIdea).run(), SqliteError);
    CHECK(d.ideas.find(d.boxIdea));

    // An import puts the idea in place: new words, the photo stays with it.
    CopingStrategy changed = *d.ideas.find(d.boxIdea);
    changed.title = u"Postcards from Anna and Tom"_s;
    d.ideas.put(changed);
    CHECK(d.ideas.find(d.boxIdea)->title == changed.title);
    CHECK(d.store.find(kept.id) == kept);

    // Removed first (what the screen does after asking), the idea can go.
    const MediaStore::Removed removed = d.store.remove(kept.id);
    d.ideas.remove(d.boxIdea);
    CHECK_FALSE(d.ideas.find(d.boxIdea));
    // ... and the photo cannot come back to an idea that is gone.
    CHECK_THROWS_AS(d.store.restore(removed), Error);
    CHECK(rowsIn(d.db, "media") == 0);
}

TEST_CASE("hope box: a profile of the previous schema gains the tables and keeps its data", "[media][migrations]") {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), test::rawKey(), Database::Mode::Create);
    Migrations::migrateTo(db, 10);
    Statement(db,
              "INSERT INTO check_ins(id, day, overall, created_at, updated_at) VALUES ('c1', '2026-12-06', 6, "
              "'2026-12-06T20:00:00+01:00', '2026-12-06T20:00:00+01:00')")
        .run();
    Statement tables(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('media', 'media_bytes')");
    tables.step();
    REQUIRE(tables.integer(0) == 0);

    CHECK(Migrations::migrate(db) == 10);
    CHECK(db.userVersion() == 11);
    Statement kept(db, "SELECT overall FROM check_ins WHERE id = 'c1'");
    REQUIRE(kept.step());
    CHECK(kept.integer(0) == 6);
    MediaStore store(db);
    const Medium m =
        store.add(draft(MediumKind::Photo, u"image/jpeg"_s, MediaPlace::reasonsForLiving()), jpegLike("x"));
    CHECK(store.list(MediaPlace::reasonsForLiving()).size() == 1);
    CHECK(store.bytes(m.id) == jpegLike("x"));
    CHECK(db.integrityOk());
}
