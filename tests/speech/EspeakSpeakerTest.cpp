// espeak-ng, Mooring's own voice: real synthesis into memory (no sound card needed), in
// English and German, and a stop that cuts a long text short at once.
#include "sound/PcmSink.h"
#include "speech/EspeakLibrary.h"
#include "speech/EspeakSpeaker.h"
#include "speech/HelpText.h"
#include "speech/Script.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace mooring::speech;
using namespace mooring::sound;
using namespace Qt::StringLiterals;

namespace {

// What a sound card would have been given. With `realTime` it takes as long as the sound
// would last, as a sound card does, so a stop can come in the middle.
struct Heard {
    std::atomic<int> sampleRate{0};
    std::atomic<long> samples{0};
    std::atomic<long> loudSamples{0};
    std::atomic<int> discards{0};
    std::atomic<int> drains{0};
};

class RecordingSink final : public PcmSink {
public:
    RecordingSink(Heard* heard, bool realTime, bool opens = true)
        : m_heard(heard), m_realTime(realTime), m_opens(opens) {}
    bool open(int sampleRate, int) override {
        m_heard->sampleRate = sampleRate;
        return m_opens;
    }
    bool write(const qint16* samples, int count) override {
        long loud = 0;
        for (int i = 0; i < count; ++i) loud += std::abs(samples[i]) > 500 ? 1 : 0;
        m_heard->samples += count;
        m_heard->loudSamples += loud;
        if (m_realTime) std::this_thread::sleep_for(std::chrono::milliseconds(1000L * count / m_heard->sampleRate));
        return true;
    }
    void drain(const std::atomic<bool>&) override { ++m_heard->drains; }
    void discard() override { ++m_heard->discards; }

private:
    Heard* m_heard;
    bool m_realTime;
    bool m_opens;
};

// A sound output that holds its first write for a long time, as one can while it starts up.
class StallingSink final : public PcmSink {
public:
    StallingSink(Heard* heard, std::atomic<bool>* stalling) : m_heard(heard), m_stalling(stalling) {}
    bool open(int sampleRate, int) override {
        m_heard->sampleRate = sampleRate;
        return true;
    }
    bool write(const qint16*, int count) override {
        if (m_heard->samples == 0) {
            *m_stalling = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        }
        m_heard->samples += count;
        return true;
    }
    void drain(const std::atomic<bool>&) override { ++m_heard->drains; }
    void discard() override { ++m_heard->discards; }

private:
    Heard* m_heard;
    std::atomic<bool>* m_stalling;
};

// A sound output whose last words take long to play out, as a sentence's end does on a real
// sound card: its drain lasts three seconds unless a stop is asked.
class SlowToPlayOutSink final : public PcmSink {
public:
    SlowToPlayOutSink(Heard* heard, std::atomic<bool>* draining) : m_heard(heard), m_draining(draining) {}
    bool open(int sampleRate, int) override {
        m_heard->sampleRate = sampleRate;
        return true;
    }
    bool write(const qint16*, int count) override {
        m_heard->samples += count;
        return true;
    }
    void drain(const std::atomic<bool>& stopRequested) override {
        *m_draining = true;
        QElapsedTimer playing;
        playing.start();
        while (!stopRequested && playing.elapsed() < 3000) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        ++m_heard->drains;
    }
    void discard() override { ++m_heard->discards; }

private:
    Heard* m_heard;
    std::atomic<bool>* m_draining;
};

std::unique_ptr<EspeakSpeaker> openSpeaker(Heard* heard, bool realTime) {
    QString why;
    auto speaker =
        EspeakSpeaker::open([heard, realTime] { return std::make_unique<RecordingSink>(heard, realTime); }, &why);
    INFO(why.toStdString());
    REQUIRE(speaker);
    return speaker;
}

// Seconds of sound in what was heard.
double seconds(const Heard& heard) { return double(heard.samples) / heard.sampleRate; }

}  // namespace

TEST_CASE("espeak-ng reads an English and a German sentence into real sound", "[speech][espeak]") {
    for (const QString& language : {u"en"_s, u"de"_s}) {
        INFO(language.toStdString());
        Heard heard;
        auto speaker = openSpeaker(&heard, false);
        QSignalSpy finished(speaker.get(), &Speaker::finished);
        Script script;
        script.add(language == u"en"_s ? HelpText{"mooring::test", "Breathe in slowly, and let the breath go."}
                                       : HelpText{"mooring::test", "Atme langsam ein und lass den Atem wieder los."});
        speaker->speak(script, Voice{language, 100});
        CHECK(speaker->isSpeaking());
        REQUIRE(finished.wait(10000));
        CHECK_FALSE(speaker->isSpeaking());
        CHECK(heard.sampleRate > 8000);
        // A sentence of eight words lasts a second or more, and most of it is not silence.
        CHECK(seconds(heard) > 1.0);
        CHECK(seconds(heard) < 10.0);
        CHECK(heard.loudSamples > heard.samples / 4);
        CHECK(heard.drains == 1);
        CHECK(heard.discards == 0);
        // The voice of that language read it, not an English voice guessing at German.
        // From the same libespeak-ng the speaker opened.
        const EspeakLibrary* espeak = EspeakLibrary::load(nullptr);
        REQUIRE(espeak);
        const espeak_VOICE* voice = espeak->currentVoice();
        REQUIRE(voice);
        CHECK(QString::fromUtf8(voice->name) == (language == u"en"_s ? u"English (Great Britain)"_s : u"German"_s));
    }
}

TEST_CASE("A faster speed gives the same sentence in less time", "[speech][espeak]") {
    Script script;
    script.add(HelpText{"mooring::test", "Name five things you can see around you, one after another."});
    double length[2] = {};
    for (int i = 0; i < 2; ++i) {
        Heard heard;
        auto speaker = openSpeaker(&heard, false);
        QSignalSpy finished(speaker.get(), &Speaker::finished);
        speaker->speak(script, Voice{u"en"_s, i == 0 ? 100 : 200});
        REQUIRE(finished.wait(10000));
        length[i] = seconds(heard);
    }
    CHECK(length[1] < length[0] * 0.75);
}

TEST_CASE("Stop cuts a long text short at once, and nothing says it finished", "[speech][espeak]") {
    Heard heard;
    auto speaker = openSpeaker(&heard, true);
    QSignalSpy finished(speaker.get(), &Speaker::finished);
    Script script;
    for (int i = 0; i < 20; ++i)
        script.add(HelpText{"mooring::test",
                            "This is a long page of the library, read slowly, one calm sentence after another."});
    speaker->speak(script, Voice{u"en"_s, 100});

    QElapsedTimer started;
    started.start();
    while (heard.samples == 0 && started.elapsed() < 10000) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(heard.samples > 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // well into the first sentence

    QElapsedTimer stopping;
    stopping.start();
    speaker->stop();
    const qint64 stopMs = stopping.elapsed();
    const long heardAtStop = heard.samples;

    CHECK(stopMs < 50);  // stop() does not wait for the worker
    CHECK_FALSE(speaker->isSpeaking());
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    QCoreApplication::processEvents();
    CHECK(heard.discards == 1);  // what the sound card still held is dropped too
    CHECK(heard.drains == 0);
    CHECK(seconds(heard) < 2.0);  // twenty sentences would last about a minute
    // At most the chunk (about 50 ms) that was being handed over as stop() came.
    CHECK(heard.samples - heardAtStop <= heard.sampleRate / 20 + 1);
    CHECK(finished.isEmpty());
}

TEST_CASE("Stop silences the end of a sentence still playing out", "[speech][espeak]") {
    Heard heard;
    std::atomic<bool> draining{false};
    QString why;
    auto speaker = EspeakSpeaker::open(
        [&heard, &draining] { return std::make_unique<SlowToPlayOutSink>(&heard, &draining); }, &why);
    REQUIRE(speaker);
    QSignalSpy finished(speaker.get(), &Speaker::finished);
    Script script;
    script.add(HelpText{"mooring::test", "Breathe in."});
    speaker->speak(script, Voice{});
    QElapsedTimer waited;
    waited.start();
    while (!draining && waited.elapsed() < 5000) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    REQUIRE(draining);

    speaker->stop();  // F12 while "in" is still being heard
    QElapsedTimer silenced;
    silenced.start();
    while (heard.discards == 0 && silenced.elapsed() < 2000) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    CHECK(heard.discards == 1);
    CHECK(silenced.elapsed() < 100);  // not after the three seconds the sound card would take
    QCoreApplication::processEvents();
    CHECK(finished.isEmpty());
}

TEST_CASE("Speaking again replaces what was being read", "[speech][espeak]") {
    Heard heard;
    auto speaker = openSpeaker(&heard, true);
    QSignalSpy finished(speaker.get(), &Speaker::finished);
    Script longer;
    for (int i = 0; i < 10; ++i) longer.add(HelpText{"mooring::test", "A sentence that takes a few seconds to read."});
    Script shorter;
    shorter.add(HelpText{"mooring::test", "Breathe out."});
    speaker->speak(longer, Voice{});
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    speaker->speak(shorter, Voice{});
    REQUIRE(finished.wait(10000));
    CHECK(finished.size() == 1);
    CHECK(seconds(heard) < 6.0);
}

TEST_CASE("Without sound output the reading ends quietly, and nothing says it was heard", "[speech][espeak]") {
    Heard heard;
    QString why;
    auto speaker =
        EspeakSpeaker::open([&heard] { return std::make_unique<RecordingSink>(&heard, false, false); }, &why);
    REQUIRE(speaker);
    QSignalSpy finished(speaker.get(), &Speaker::finished);
    Script script;
    script.add(HelpText{"mooring::test", "Breathe out."});
    speaker->speak(script, Voice{});
    QElapsedTimer waited;
    waited.start();
    while (speaker->isSpeaking() && waited.elapsed() < 5000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK_FALSE(speaker->isSpeaking());
    CHECK(finished.isEmpty());
    CHECK(heard.samples == 0);
}

TEST_CASE("Closing while reading stops the voice with it", "[speech][espeak]") {
    Heard heard;
    auto speaker = openSpeaker(&heard, true);
    Script script;
    for (int i = 0; i < 10; ++i) script.add(HelpText{"mooring::test", "A sentence that takes a few seconds to read."});
    speaker->speak(script, Voice{});
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    QElapsedTimer closing;
    closing.start();
    speaker.reset();
    CHECK(closing.elapsed() < 250);
    const long heardAtClose = heard.samples;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK(heard.samples == heardAtClose);
    CHECK(heard.discards == 1);
}

TEST_CASE("Stop returns at once even while the sound output holds a write", "[speech][espeak]") {
    Heard heard;
    std::atomic<bool> stalling{false};
    QString why;
    auto speaker =
        EspeakSpeaker::open([&heard, &stalling] { return std::make_unique<StallingSink>(&heard, &stalling); }, &why);
    REQUIRE(speaker);
    QSignalSpy finished(speaker.get(), &Speaker::finished);
    Script script;
    for (int i = 0; i < 5; ++i) script.add(HelpText{"mooring::test", "A sentence that takes a few seconds to read."});
    speaker->speak(script, Voice{});
    QElapsedTimer waited;
    waited.start();
    while (!stalling && waited.elapsed() < 5000) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(stalling);

    QElapsedTimer stopping;
    stopping.start();
    speaker->stop();  // F12 must not wait for the sound output
    CHECK(stopping.elapsed() < 50);
    CHECK_FALSE(speaker->isSpeaking());

    // Once the output lets go, the stopped worker writes nothing more and drops what it wrote.
    std::this_thread::sleep_for(std::chrono::milliseconds(1800));
    QCoreApplication::processEvents();
    CHECK(heard.discards == 1);
    CHECK(heard.drains == 0);
    CHECK(heard.samples < heard.sampleRate / 5);  // one chunk, about 50 ms
    CHECK(finished.isEmpty());

    // And the next reading starts as usual.
    Script shorter;
    shorter.add(HelpText{"mooring::test", "Breathe out."});
    speaker->speak(shorter, Voice{});
    REQUIRE(finished.wait(10000));
}
