// With a real sound server (PulseAudio with a null sink, started by real_sound_server.py
// in a folder of its own): a tone played by SoundPlayer is heard by VoiceRecorder through
// the sink's monitor, both over the local socket. Hidden ("[.]"): it needs that server.
#include "ToneWav.h"

#include "sound/PulseSink.h"
#include "sound/PulseSource.h"
#include "sound/SoundDecoder.h"
#include "sound/SoundPlayer.h"
#include "sound/VoiceRecorder.h"

#include <catch2/catch.hpp>

#include <QTest>

using namespace mooring;
using namespace mooring::sound;
using namespace std::chrono_literals;

TEST_CASE("A tone played through the sound server is recorded back from it", "[.][pulse]") {
    QString why;
    PcmSinkFactory sinks = PulseSink::localFactory("Sound", &why);
    INFO(why.toStdString());
    REQUIRE(sinks);
    PcmSourceFactory sources = PulseSource::localFactory(&why);
    REQUIRE(sources);

    VoiceRecorder recorder(sources);
    recorder.setLimit(3s);
    double loudest = 0;
    QObject::connect(&recorder, &VoiceRecorder::levelChanged,
                     [&loudest](double level, std::chrono::milliseconds) { loudest = std::max(loudest, level); });
    recorder.start();
    REQUIRE(QTest::qWaitFor([&] { return recorder.elapsed() >= 300ms; }, 5000));
    const double quietBefore = loudest;

    SoundPlayer player(sinks);
    REQUIRE(player.load(
        test::toneWav({.sampleRate = 48000, .channels = 1, .seconds = 1.5, .frequency = 440.0, .amplitude = 0.5})));
    player.play();
    REQUIRE(QTest::qWaitFor([&] { return player.state() == SoundPlayer::State::Finished; }, 10000));
    CHECK(player.message().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return recorder.state() == VoiceRecorder::State::Finished; }, 10000));

    CHECK(quietBefore < 0.2);
    CHECK(loudest > 0.7);
    CHECK(recorder.recordedLength() == 3000ms);
    const std::unique_ptr<SoundDecoder> decoder = SoundDecoder::open(recorder.recording(), &why);
    REQUIRE(decoder);
    std::vector<qint16> all(size_t(decoder->frames()) + 4800);
    qint64 got = 0;
    for (int n = 0; (n = decoder->read(all.data() + got, 4800)) > 0;) got += n;
    all.resize(size_t(got));
    // The loudest second of the recording is the tone: 440 Hz, about as loud as played.
    std::vector<qint16> loudestSecond;
    double best = -1;
    for (size_t at = 0; at + 48000 <= all.size(); at += 4800) {
        std::vector<qint16> second(all.begin() + qsizetype(at), all.begin() + qsizetype(at + 48000));
        if (const double rms = test::rms(second); rms > best) {
            best = rms;
            loudestSecond = std::move(second);
        }
    }
    CHECK(best == Approx(0.5 * 32767 / std::sqrt(2.0)).epsilon(0.25));
    CHECK(test::zeroCrossings(loudestSecond, 1) == Approx(2 * 440).epsilon(0.03));
}
