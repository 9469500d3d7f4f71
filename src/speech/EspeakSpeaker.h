#pragma once

#include "speech/Speaker.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace mooring::sound {
class PcmSink;
}

namespace mooring::speech {

// Reads with espeak-ng, the synthesizer that ships with Mooring's dependencies (English and
// German voices), when no speech-dispatcher answers. espeak-ng only makes the samples
// (synchronous mode, no audio of its own); a PcmSink plays them. A worker thread
// synthesizes one utterance after another and checks between chunks of about 50 ms
// whether stop() was asked, so stopping is quick even in the middle of a long page.
// stop() never waits for the worker: a sound output can hold a write for a second while it
// starts up, and stop() runs on F12 and on locking. The stopped worker drops what it wrote
// and ends by itself; it is joined later (the next speak(), or the destructor).
class EspeakSpeaker final : public Speaker {
    Q_OBJECT
public:
    using SinkFactory = std::function<std::unique_ptr<sound::PcmSink>()>;

    // Starts espeak-ng (once per process); null, with `why` set, when it cannot start or has
    // neither an English nor a German voice. `sinks` makes the sink for each script.
    static std::unique_ptr<EspeakSpeaker> open(SinkFactory sinks, QString* why);
    // Waits for every worker, stopped ones included.
    ~EspeakSpeaker() override;

    QString engineName() const override;
    void speak(const Script& script, const Voice& voice) override;
    void stop() override;
    bool isSpeaking() const override { return m_speaking; }

    // espeak-ng's speed in words per minute for a speed in percent (100 is its normal 175).
    static int wordsPerMinute(int ratePercent);

private:
    // One speak(): its worker thread and the flags it shares with the speaker.
    struct Job {
        std::atomic<bool> stopRequested{false};
        std::atomic<bool> done{false};
        std::thread thread;
    };

    explicit EspeakSpeaker(SinkFactory sinks);
    void read(Job* job, QStringList utterances, Voice voice, int generation);
    // Back on the speaker's thread when the worker is done; finished() only when every
    // utterance was heard.
    void ended(int generation, bool toTheEnd);
    void joinStoppedJobs(bool wait);

    SinkFactory m_sinks;
    std::unique_ptr<Job> m_current;
    std::vector<std::unique_ptr<Job>> m_stopped;  // told to stop, perhaps still ending
    int m_generation = 0;                         // which speak() a finished worker belongs to
    bool m_speaking = false;
};

}  // namespace mooring::speech
