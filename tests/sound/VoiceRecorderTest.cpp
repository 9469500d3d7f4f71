// Recording a voice into memory: it stops by itself at the limit, its meter follows the
// loudness, stop and cancel work at once, and a missing microphone is said kindly.
#include "FakeSource.h"
#include "ToneWav.h"

#include "sound/SoundDecoder.h"
#include "sound/SoundFormat.h"
#include "sound/VoiceRecorder.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mooring;
using namespace mooring::sound;
using namespace std::chrono_literals;
using Pace = test::Microphone::Pace;
using State = VoiceRecorder::State;

namespace {

bool waitForState(const VoiceRecorder& recorder, State state, int ms = 5000) {
    return QTest::qWaitFor([&] { return recorder.state() == state; }, ms);
}

// The highest reading the meter gave while recording `amplitude`.
double loudestReading(double amplitude) {
    auto mic = std::make_shared<test::Microphone>();
    mic->tone.amplitude = amplitude;
    VoiceRecorder recorder(test::fakeSources(mic));
    recorder.setLimit(1s);
    QSignalSpy levels(&recorder, &VoiceRecorder::levelChanged);
    recorder.start();
    REQUIRE(waitForState(recorder, State::Finished));
    double loudest = 0;
    for (const QList<QVariant>& reading : levels) loudest = std::max(loudest, reading.at(0).toDouble());
    return loudest;
}

}  // namespace

TEST_CASE("A recording stops by itself at the limit and is Ogg Opus of that length", "[sound][recorder]") {
    CHECK(VoiceRecorder::kDefaultLimit == 180s);
    auto mic = std::make_shared<test::Microphone>();
    VoiceRecorder recorder(test::fakeSources(mic));
    CHECK(recorder.limit() == VoiceRecorder::kDefaultLimit);
    recorder.setLimit(2s);
    QSignalSpy changes(&recorder, &VoiceRecorder::stateChanged);
    QSignalSpy levels(&recorder, &VoiceRecorder::levelChanged);
    recorder.start();
    CHECK(recorder.state() == State::Recording);
    REQUIRE(waitForState(recorder, State::Finished));

    CHECK(mic->framesGiven == 2 * 48000);
    CHECK(recorder.recordedLength() == 2000ms);
    CHECK(recorder.message().contains(QStringLiteral("0:02")));
    CHECK(levels.size() == 20);  // ten a second
    CHECK(levels.last().at(1).value<std::chrono::milliseconds>() == 2000ms);

    const QByteArray bytes = recorder.recording();
    CHECK(recogniseSound(bytes) == SoundKind::OggOpus);
    CHECK(bytes.size() < 2 * 32000 / 8 + 4000);  // 32 kb/s and the headers
    QString why;
    const std::unique_ptr<SoundDecoder> decoder = SoundDecoder::open(bytes, &why);
    REQUIRE(decoder);
    CHECK(decoder->channels() == 1);
    CHECK(std::abs(decoder->frames() - 2 * 48000) <= 960);
    std::vector<qint16> all(size_t(decoder->frames()) + 4800);
    qint64 got = 0;
    for (int n = 0; (n = decoder->read(all.data() + got, 4800)) > 0;) got += n;
    all.resize(size_t(got));
    CHECK(test::zeroCrossings(all, 1) == Approx(2 * 220 * 2).epsilon(0.03));
    CHECK(changes.size() == 2);  // Recording, Finished
}

TEST_CASE("The meter rises with a louder voice and rests at silence", "[sound][recorder]") {
    const double silent = loudestReading(0.0);
    const double soft = loudestReading(0.02);
    const double loud = loudestReading(0.5);
    CHECK(silent == 0.0);
    CHECK(soft > 0.2);
    CHECK(loud > soft + 0.3);
    CHECK(loud <= 1.0);
}

TEST_CASE("Stop keeps what was recorded; cancel drops it", "[sound][recorder]") {
    auto mic = std::make_shared<test::Microphone>();
    mic->pace = Pace::RealTime;
    VoiceRecorder recorder(test::fakeSources(mic));
    recorder.start();
    REQUIRE(QTest::qWaitFor([&] { return recorder.elapsed() >= 500ms; }, 5000));
    CHECK(recorder.level() > 0.5);
    recorder.stop();
    REQUIRE(waitForState(recorder, State::Finished, 2000));
    CHECK(recorder.message().isEmpty());
    CHECK(recorder.recordedLength() >= 500ms);
    CHECK(recorder.recordedLength() < 2000ms);
    CHECK(recogniseSound(recorder.recording()) == SoundKind::OggOpus);

    recorder.start();  // a new recording drops the one before
    CHECK(recorder.recording().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return recorder.elapsed() >= 200ms; }, 5000));
    recorder.cancel();
    CHECK(recorder.state() == State::Idle);
    CHECK(recorder.recording().isEmpty());
    QTest::qWait(100);  // nothing from the cancelled worker arrives later
    CHECK(recorder.state() == State::Idle);
}

TEST_CASE("Destroying a recorder while it records returns at once, even with a hanging input", "[sound][recorder]") {
    for (const Pace pace : {Pace::RealTime, Pace::StallFirstRead}) {
        auto mic = std::make_shared<test::Microphone>();
        mic->pace = pace;
        auto recorder = std::make_unique<VoiceRecorder>(test::fakeSources(mic));
        recorder->start();
        QTest::qWait(150);
        QElapsedTimer destroying;
        destroying.start();
        recorder.reset();
        CHECK(destroying.elapsed() < 100);
        REQUIRE(QTest::qWaitFor([&] { return mic->closed.load(); }, 3000));
        const long long given = mic->framesGiven;
        QTest::qWait(100);
        CHECK(mic->framesGiven == given);
    }
}

TEST_CASE("No microphone, or one that goes away, is said in words fit to show", "[sound][recorder]") {
    auto none = std::make_shared<test::Microphone>();
    none->opens = false;
    VoiceRecorder refused(test::fakeSources(none));
    refused.start();
    REQUIRE(waitForState(refused, State::Failed));
    CHECK(refused.message().contains(QStringLiteral("No microphone")));
    CHECK(refused.recording().isEmpty());

    VoiceRecorder noServer{PcmSourceFactory{}};
    noServer.start();
    CHECK(noServer.state() == State::Failed);
    CHECK(noServer.message().contains(QStringLiteral("sound system")));

    auto leaving = std::make_shared<test::Microphone>();
    leaving->failAfterFrames = 48000;
    VoiceRecorder kept(test::fakeSources(leaving));
    kept.start();
    REQUIRE(waitForState(kept, State::Finished));
    CHECK(kept.recordedLength() == 1000ms);
    CHECK(kept.message().contains(QStringLiteral("stopped answering")));

    auto silentAtOnce = std::make_shared<test::Microphone>();
    silentAtOnce->failAfterFrames = 0;
    VoiceRecorder nothing(test::fakeSources(silentAtOnce));
    nothing.start();
    REQUIRE(waitForState(nothing, State::Failed));
    CHECK(nothing.message().contains(QStringLiteral("No microphone")));
}
