// The one way a hope-box sound is played and put into words, shared by the shelf and
// "What keeps me going": the words for playing, finishing, stopping and failing.
#include "gui/common/SoundPlayback.h"
#include "sound/SoundPlayer.h"

#include "../sound/FakeSink.h"
#include "../sound/ToneWav.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray tone(double seconds) {
    Tone t;
    t.seconds = seconds;
    return toneWav(t);
}

}  // namespace

TEST_CASE("Sound playback says playing, then finished, with the sound's name", "[hopebox][playback]") {
    auto heard = std::make_shared<Heard>();
    SoundPlayback playback;
    playback.setSinkFactory(fakeSinks(heard, FakeSink::Pace::AtOnce));
    QSignalSpy changed(&playback, &SoundPlayback::changed);
    CHECK(playback.player() == nullptr);  // nothing made before the first play

    playback.play(u"a"_s, u"Song for Jo"_s, tone(0.3));
    CHECK(playback.isPlaying());
    CHECK(playback.playingId() == u"a"_s);
    CHECK(playback.lastSaid() == u"Playing \u201cSong for Jo\u201d."_s);
    REQUIRE(QTest::qWaitFor([&] { return !playback.isPlaying(); }, 5000));
    CHECK(playback.lastSaid() == u"Finished playing \u201cSong for Jo\u201d."_s);
    CHECK(heard->frames >= 48000 * 3 / 10);
    REQUIRE(changed.size() == 2);
    CHECK_FALSE(changed.at(1).at(1).toBool());  // not a problem

    // Played again from memory: the stored bytes are not asked for twice.
    int reads = 0;
    const auto read = [&] {
        ++reads;
        return tone(0.3);
    };
    playback.play(u"b"_s, u"Rain"_s, read);
    REQUIRE(QTest::qWaitFor([&] { return !playback.isPlaying(); }, 5000));
    playback.play(u"b"_s, u"Rain"_s, read);
    CHECK(playback.isPlaying());
    CHECK(reads == 1);
}

TEST_CASE("Sound playback says Stopped. when asked to stop, and nothing when stopped quietly", "[hopebox][playback]") {
    auto heard = std::make_shared<Heard>();
    SoundPlayback playback;
    playback.setSinkFactory(fakeSinks(heard, FakeSink::Pace::RealTime));
    playback.play(u"a"_s, u"Mum saying goodnight"_s, tone(5));
    REQUIRE(QTest::qWaitFor([&] { return heard->frames > 0; }, 5000));
    playback.stop();
    CHECK_FALSE(playback.isPlaying());
    CHECK(playback.player()->state() == sound::SoundPlayer::State::Stopped);
    CHECK(playback.lastSaid() == u"Stopped."_s);
    QTest::qWait(100);
    CHECK(playback.lastSaid() == u"Stopped."_s);  // the player's own stop is not said again

    playback.play(u"a"_s, u"Mum saying goodnight"_s, tone(5));
    QSignalSpy changed(&playback, &SoundPlayback::changed);
    playback.stopQuietly();
    CHECK(playback.player()->state() == sound::SoundPlayer::State::Stopped);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toString().isEmpty());
}

TEST_CASE("Sound playback says why it could not play, as a problem", "[hopebox][playback]") {
    auto heard = std::make_shared<Heard>();
    SoundPlayback playback;
    playback.setSinkFactory(fakeSinks(heard, FakeSink::Pace::AtOnce, /*opens=*/false));
    QSignalSpy changed(&playback, &SoundPlayback::changed);
    playback.play(u"a"_s, u"Song for Jo"_s, tone(0.3));
    REQUIRE(QTest::qWaitFor([&] { return !playback.isPlaying(); }, 5000));
    REQUIRE(playback.player()->state() == sound::SoundPlayer::State::Failed);
    CHECK(playback.lastSaid() == u"Could not play: "_s + playback.player()->message());
    CHECK_FALSE(playback.player()->message().isEmpty());
    CHECK(changed.constLast().at(1).toBool());

    // Bytes that are not a sound: the player's words for them, at once.
    playback.play(u"b"_s, u"Notes"_s, QByteArray("just some words, not a sound"));
    CHECK_FALSE(playback.isPlaying());
    CHECK(playback.lastSaid().startsWith(u"Could not play: "_s));
    CHECK(playback.lastSaid().size() > u"Could not play: "_s.size());
}
