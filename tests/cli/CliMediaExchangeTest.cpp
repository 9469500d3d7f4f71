// The hope box's media through mooring-cli export and import, and counted by verify.
#include "CliProcess.h"
#include "storage/MediaStore.h"
#include "storage/StrategyStore.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kProfilePass = "sample passphrase\n";  // ExchangeSamples' OpenProfile
const QByteArray kExportPass = "a walk by the river\n";

QList<Medium> mediaOf(const ProfilePaths& paths, QList<QByteArray>* bytes = nullptr) {
    auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(std::string_view("sample passphrase")));
    MediaStore store(profile->database());
    QList<Medium> out;
    out << store.list(MediaPlace::reasonsForLiving()).first().medium;
    for (const CopingStrategy& s : StrategyStore(profile->database()).all())
        for (const MediaStore::Listed& l : store.list(MediaPlace::safetyBox(s.id))) out << l.medium;
    if (bytes)
        for (const Medium& m : out) *bytes << store.bytes(m.id);
    return out;
}

}  // namespace

TEST_CASE("mooring-cli export and import carry photos and recordings; verify counts them", "[cli][exchange][media]") {
    OpenProfile source;
    {
        CopingStrategy idea;
        idea.category = CopingCategory::SafetyBox;
        idea.title = u"Things from the sea"_s;
        const QString ideaId = StrategyStore(source.db()).add(idea).id;
        MediaStore store(source.db());
        Medium photo;
        photo.kind = MediumKind::Photo;
        photo.mime = u"image/png"_s;
        photo.caption = u"Postcard from Anna"_s;
        photo.place = MediaPlace::safetyBox(ideaId);
        store.add(photo, QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(300'000, 'p'));
        Medium voice;
        voice.kind = MediumKind::Recording;
        voice.mime = u"audio/ogg"_s;
        voice.place = MediaPlace::reasonsForLiving();
        store.add(voice, "OggS" + QByteArray(90'001, 'v'));
    }
    source.profile.reset();
    source.settings.reset();
    OpenProfile target;
    target.profile.reset();
    target.settings.reset();

    QTemporaryDir files;
    const QString file = files.filePath(u"box.mooring"_s);
    const CliRun exported =
        runCli({u"export"_s, file, u"--profile"_s, source.dir.dir()}, kProfilePass + kExportPass + kExportPass);
    INFO(exported.errText().toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK_FALSE(fileBytes(file).contains("Postcard"));

    const CliRun imported = runCli({u"import"_s, file, u"--profile"_s, target.dir.dir()}, kProfilePass + kExportPass);
    INFO(imported.errText().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.errText().contains(u"2 photos and sounds"_s));

    const CliRun verified = runCli({u"verify"_s, u"--profile"_s, target.dir.dir()}, kProfilePass);
    REQUIRE(verified.exitCode == 0);
    CHECK(verified.outText().contains(u"table media: 2\n"_s));
    CHECK(verified.outText().contains(u"table media_bytes: 2\n"_s));

    QList<QByteArray> before;
    QList<QByteArray> after;
    CHECK(mediaOf(target.dir.paths(), &after) == mediaOf(source.dir.paths(), &before));
    CHECK(after == before);
}
