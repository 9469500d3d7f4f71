// Backups are copies of the encrypted database: the hope box's photos and sounds, kept only
// there, must come along whole, bytes, hash and thumbnail.
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/MediaStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <random>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("A daily backup carries the hope box's media whole", "[backups][media]") {
    TempProfile temp;
    auto profile = UnlockedProfile::create(temp.paths(), SecureBuffer::fromUtf8(std::string_view("harbour lights")),
                                           Argon2Params::forTests())
                       .profile;
    Database& db = profile->database();
    CopingStrategy idea;
    idea.category = CopingCategory::SafetyBox;
    idea.title = u"Things from the sea"_s;
    const QString ideaId = StrategyStore(db).add(idea).id;

    // Random bytes over many pages (several MB spill into overflow pages), behind a JPEG's start.
    std::mt19937 random(7);
    QByteArray photoBytes(3'000'001, Qt::Uninitialized);
    for (char& c : photoBytes) c = char(random() & 0xFF);
    photoBytes.replace(0, 4, QByteArray("\xFF\xD8\xFF\xE0", 4));
    const QByteArray thumbnail = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(5000, 't');
    const QByteArray voiceBytes = "OggS" + QByteArray(70'000, 'v');

    MediaStore store(db);
    Medium photo;
    photo.kind = MediumKind::Photo;
    photo.mime = u"image/jpeg"_s;
    photo.caption = u"The beach at Whitby"_s;
    photo.place = MediaPlace::safetyBox(ideaId);
    photo = store.add(photo, photoBytes, thumbnail);
    Medium voice;
    voice.kind = MediumKind::Recording;
    voice.mime = u"audio/ogg"_s;
    voice.place = MediaPlace::reasonsForLiving();
    voice = store.add(voice, voiceBytes);

    Backups backups(temp.paths());
    const std::optional<BackupInfo> made = backups.makeDailyIfDue(db, profile->dataKey());
    REQUIRE(made);
    Database copy = Database::open(QDir(backups.folderOf(made->name)).filePath(u"mooring.db"_s),
                                   profile->dataKey().bytes(), Database::Mode::OpenExisting);
    CHECK(copy.integrityOk());
    MediaStore saved(copy);
    CHECK(saved.totals() == store.totals());
    for (const auto& [medium, bytes] : {std::pair{photo, photoBytes}, std::pair{voice, voiceBytes}}) {
        const std::optional<Medium> found = saved.find(medium.id);
        REQUIRE(found);
        CHECK(*found == medium);
        const QByteArray back = saved.bytes(medium.id);
        CHECK(back == bytes);
        CHECK(MediaStore::sha256Hex(back) == medium.sha256);
    }
    const QList<MediaStore::Listed> box = saved.list(MediaPlace::safetyBox(ideaId));
    REQUIRE(box.size() == 1);
    CHECK(box.first().thumbnail == thumbnail);
}
