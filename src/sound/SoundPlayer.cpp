#include "sound/SoundPlayer.h"

#include "sound/PcmSink.h"
#include "sound/SoundDecoder.h"
#include "sound/SoundMessages.h"

#include <algorithm>

namespace mooring::sound {

struct SoundPlayer::Run : WorkerState {
    std::unique_ptr<SoundDecoder> decoder;  // the worker's alone once it runs
    bool paused = false;                    // under `mutex`
    std::atomic<qint64> frames{0};          // handed to the sink so far
};

namespace {

// A fiftieth of a second: pause and stop take effect within one block.
constexpr int kBlocksPerSecond = 50;

}  // namespace

SoundPlayer::SoundPlayer(SinkFactory sinks, QObject* parent) : QObject(parent), m_sinks(std::move(sinks)) {}

SoundPlayer::~SoundPlayer() = default;  // m_workers lets go of the worker without waiting

bool SoundPlayer::load(const QByteArray& bytes) {
    stop();
    QString why;
    const std::unique_ptr<SoundDecoder> decoder = SoundDecoder::open(bytes, &why);
    if (!decoder) {
        m_bytes.clear();
        m_length = {};
        setState(State::Failed, why);
        return false;
    }
    m_bytes = bytes;
    m_length = decoder->length();
    m_sampleRate = decoder->sampleRate();
    setState(State::Stopped);
    return true;
}

void SoundPlayer::play() {
    switch (m_state) {
        case State::Playing:
            return;
        case State::Paused: {
            std::lock_guard lock(m_run->mutex);
            m_run->paused = false;
            m_run->wake.notify_all();
            setState(State::Playing);
            return;
        }
        case State::Stopped:
        case State::Finished:
        case State::Failed:
            if (!m_bytes.isEmpty()) startRun();
            return;
    }
}

void SoundPlayer::pause() {
    if (m_state != State::Playing) return;
    {
        std::lock_guard lock(m_run->mutex);
        m_run->paused = true;
    }
    setState(State::Paused);
}

void SoundPlayer::stop() {
    stopRun();
    m_pausedFrames = 0;
    if (m_state == State::Playing || m_state == State::Paused || m_state == State::Finished) setState(State::Stopped);
}

std::chrono::milliseconds SoundPlayer::position() const {
    if (m_state == State::Finished) return m_length;
    const qint64 frames = m_run ? m_run->frames.load() : m_pausedFrames;
    return std::min(m_length, std::chrono::milliseconds(frames * 1000 / m_sampleRate));
}

void SoundPlayer::setState(State state, const QString& message) {
    if (state == m_state && message == m_message) return;
    m_state = state;
    m_message = message;
    emit stateChanged(state, message);
}

void SoundPlayer::startRun() {
    stopRun();
    auto run = std::make_shared<Run>();
    QString why;
    run->decoder = SoundDecoder::open(m_bytes, &why);
    if (!run->decoder) {
        setState(State::Failed, why);
        return;
    }
    m_run = run;
    m_workers.start(run, this, ++m_generation, [run, sinks = m_sinks] { work(run, sinks); });
    setState(State::Playing);
}

void SoundPlayer::stopRun() {
    if (!m_run) return;
    m_workers.letGo();
    m_run.reset();
    ++m_generation;  // an end already on its way belongs to what is stopped now
}

void SoundPlayer::runEnded(int generation, const QString& failure) {
    if (generation != m_generation || !m_run) return;
    m_workers.joinCurrent();
    m_pausedFrames = m_run->frames;
    m_run.reset();
    setState(failure.isEmpty() ? State::Finished : State::Failed, failure);
}

void SoundPlayer::work(const std::shared_ptr<Run>& run, const SinkFactory& sinks) {
    QString failure;
    {
        SoundDecoder& decoder = *run->decoder;
        std::unique_ptr<PcmSink> sink = sinks ? sinks() : nullptr;
        if (!sink || !sink->open(decoder.sampleRate(), decoder.channels())) {
            failure = messages::noOutput();
        } else {
            const int block = decoder.sampleRate() / kBlocksPerSecond;
            std::vector<qint16> samples(size_t(block) * size_t(decoder.channels()));
            for (;;) {
                {
                    std::unique_lock lock(run->mutex);
                    run->wake.wait(lock, [&run] { return !run->paused || run->stop; });
                }
                if (run->stop) break;
                const int frames = decoder.read(samples.data(), block);
                if (frames == 0) {
                    sink->drain(run->stop);
                    break;
                }
                if (frames < 0) {
                    failure = messages::damaged();
                    break;
                }
                if (!sink->write(samples.data(), frames)) {
                    failure = messages::outputStopped();
                    break;
                }
                run->frames += frames;
            }
            if (run->stop) sink->discard();
        }
        run->decoder.reset();
    }
    run->tellOwner([generation = run->generation, failure](QObject* owner) {
        static_cast<SoundPlayer*>(owner)->runEnded(generation, failure);
    });
}

}  // namespace mooring::sound
