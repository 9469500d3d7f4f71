// Playing a kept sound from memory: to its end, paused and stopped at once, and silent as
// soon as the player goes away (the person locks), even while the output holds a write.
#include "FakeSink.h"
#include "ToneWav.h"

#include "sound/SoundCompression.h"
#include "sound/SoundPlayer.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mooring;
using namespace mooring::sound;
using namespace std::chrono_literals;
using Pace = test::FakeSink::Pace;
using State = SoundPlayer::State;

namespace {

QList<State> statesIn(const QSignalSpy& spy) {
    QList<State> states;
    for (const QList<QVariant>& signal : spy) states.append(signal.at(0).value<State>());
    return states;
}

}  // namespace

TEST_CASE("A sound is played from memory to its end, then says it finished", "[sound][player]") {
    auto heard = std::make_shared<test::Heard>();
    SoundPlayer player(test::fakeSinks(heard, Pace::AtOnce));
    QSignalSpy changes(&player, &SoundPlayer::stateChanged);
    REQUIRE(player.load(test::toneWav({.sampleRate = 44100, .channels = 2, .seconds = 0.5})));
    CHECK(player.length() == 500ms);
    CHECK(player.state() == State::Stopped);

    player.play();
    CHECK(player.state() == State::Playing);
    REQUIRE(QTest::qWaitFor([&] { return player.state() == State::Finished; }, 5000));
    CHECK(heard->frames == 22050);
    CHECK(heard->sampleRate == 44100);
    CHECK(heard->channels == 2);
    CHECK(heard->loudSamples > 22050);
    CHECK(heard->drains == 1);
    CHECK(heard->discards == 0);
    CHECK(player.position() == 500ms);
    CHECK(statesIn(changes) == QList<State>{State::Playing, State::Finished});

    // Again from the start once finished.
    player.play();
    REQUIRE(QTest::qWaitFor([&] { return player.state() == State::Finished; }, 5000));
    CHECK(heard->frames == 2 * 22050);
}

TEST_CASE("A recording in Ogg Opus plays at 48 kHz mono", "[sound][player]") {
    auto heard = std::make_shared<test::Heard>();
    SoundPlayer player(test::fakeSinks(heard, Pace::AtOnce));
    REQUIRE(player.load(compressWav(test::toneWav({.seconds = 1.0})).oggOpus));
    CHECK(player.length() == 1000ms);
    player.play();
    REQUIRE(QTest::qWaitFor([&] { return player.state() == State::Finished; }, 5000));
    CHECK(heard->sampleRate == 48000);
    CHECK(heard->channels == 1);
    CHECK(heard->frames == 48000);
}

TEST_CASE("Pause holds the sound where it is, play goes on from there, stop goes back to the start",
          "[sound][player]") {
    auto heard = std::make_shared<test::Heard>();
    SoundPlayer player(test::fakeSinks(heard, Pace::RealTime));
    QSignalSpy changes(&player, &SoundPlayer::stateChanged);
    REQUIRE(player.load(test::toneWav({.seconds = 3.0})));
    player.play();
    REQUIRE(QTest::qWaitFor([&] { return player.position() >= 300ms; }, 3000));

    player.pause();
    CHECK(player.state() == State::Paused);
    const long long atPause = heard->frames;
    QTest::qWait(400);                      // 19,200 frames, were it still playing
    CHECK(heard->frames - atPause <= 960);  // at most the block being written when pause came
    const auto positionAtPause = player.position();
    QTest::qWait(100);
    CHECK(player.position() == positionAtPause);

    player.play();
    CHECK(player.state() == State::Playing);
    REQUIRE(QTest::qWaitFor([&] { return heard->frames > atPause + 4800; }, 3000));

    player.stop();
    CHECK(player.state() == State::Stopped);
    CHECK(player.position() == 0ms);
    REQUIRE(QTest::qWaitFor([&] { return heard->closed.load(); }, 1000));
    CHECK(heard->discards == 1);
    CHECK(heard->drains == 0);
    CHECK(heard->frames < 3 * 48000);
    QTest::qWait(50);
    CHECK(statesIn(changes) == QList<State>{State::Playing, State::Paused, State::Playing, State::Stopped});
}

TEST_CASE("Destroying a playing player is silent at once, even while the output holds a write", "[sound][player]") {
    for (const Pace pace : {Pace::RealTime, Pace::StallFirstWrite}) {
        auto heard = std::make_shared<test::Heard>();
        auto player = std::make_unique<SoundPlayer>(test::fakeSinks(heard, pace));
        REQUIRE(player->load(test::toneWav({.seconds = 5.0})));
        player->play();
        QTest::qWait(150);
        QElapsedTimer destroying;
        destroying.start();
        player.reset();
        CHECK(destroying.elapsed() < 100);
        // The worker ends by itself once its write returns, dropping what it wrote.
        REQUIRE(QTest::qWaitFor([&] { return heard->closed.load(); }, 3000));
        CHECK(heard->discards == 1);
        const long long frames = heard->frames;
        QTest::qWait(100);
        CHECK(heard->frames == frames);
        CHECK(frames < 5 * 48000);
    }
}

TEST_CASE("What cannot be played says why, in words fit to show", "[sound][player]") {
    auto heard = std::make_shared<test::Heard>();
    SoundPlayer refusing(test::fakeSinks(heard, Pace::AtOnce));
    CHECK_FALSE(refusing.load(QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00", 10) + QByteArray(100, 'x')));
    CHECK(refusing.state() == State::Failed);
    CHECK(refusing.message().contains(QStringLiteral("Opus")));
    refusing.play();  // nothing to play: stays as it is
    CHECK(refusing.state() == State::Failed);

    SoundPlayer noOutput(test::fakeSinks(heard, Pace::AtOnce, /*opens=*/false));
    REQUIRE(noOutput.load(test::toneWav({})));
    noOutput.play();
    REQUIRE(QTest::qWaitFor([&] { return noOutput.state() == State::Failed; }, 3000));
    CHECK(noOutput.message().contains(QStringLiteral("No sound output")));

    SoundPlayer lostOutput(test::fakeSinks(heard, Pace::AtOnce, true, /*failAfterFrames=*/4800));
    REQUIRE(lostOutput.load(test::toneWav({})));
    lostOutput.play();
    REQUIRE(QTest::qWaitFor([&] { return lostOutput.state() == State::Failed; }, 3000));
    CHECK(lostOutput.message().contains(QStringLiteral("stopped answering")));

    SoundPlayer noSinks(SoundPlayer::SinkFactory{});
    REQUIRE(noSinks.load(test::toneWav({})));
    noSinks.play();
    REQUIRE(QTest::qWaitFor([&] { return noSinks.state() == State::Failed; }, 3000));
}
