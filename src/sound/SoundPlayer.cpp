#include "sound/SoundPlayer.h"

#include "sound/PcmSink.h"
#include "sound/SoundDecoder.h"
#include "sound/SoundMessages.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace mooring::sound {

struct SoundPlayer::Run {
    std::mutex mutex;
    std::condition_variable wake;
    bool paused = false;           // under `mutex`
    SoundPlayer* owner = nullptr;  // under `mutex`; null once the player no longer listens
    int generation = 0;
    std::atomic<bool> stop{false};
    std::atomic<bool> done{false};  // the worker has let go of everything
    std::atomic<qint64> frames{0};  // handed to the sink so far
};

namespace {

// A fiftieth of a second: pause and stop take effect within one block.
constexpr int kBlocksPerSecond = 50;

}  // namespace

SoundPlayer::SoundPlayer(SinkFactory sinks, QObject* parent) : QObject(parent), m_sinks(std::move(sinks)) {}

SoundPlayer::~SoundPlayer() {
    stopRun();
    // A worker still in a write ends by itself once it returns; nothing of the player is
    // left in what it holds.
    for (auto& [run, thread] : m_stopped) {
        if (run->done)
            thread.join();
        else
            thread.detach();
    }
}

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
    QString why;
    std::unique_ptr<SoundDecoder> decoder = SoundDecoder::open(m_bytes, &why);
    if (!decoder) {
        setState(State::Failed, why);
        return;
    }
    m_run = std::make_shared<Run>();
    m_run->owner = this;
    m_run->generation = ++m_generation;
    m_thread = std::thread(&SoundPlayer::work, m_run, std::move(decoder), m_sinks);
    setState(State::Playing);
}

void SoundPlayer::stopRun() {
    joinStoppedRuns();
    if (!m_run) return;
    {
        std::lock_guard lock(m_run->mutex);
        m_run->owner = nullptr;
        m_run->paused = false;
        m_run->stop = true;
        m_run->wake.notify_all();
    }
    ++m_generation;  // an end already on its way belongs to what is stopped now
    m_stopped.emplace_back(std::move(m_run), std::move(m_thread));
}

void SoundPlayer::joinStoppedRuns() {
    std::erase_if(m_stopped, [](auto& stopped) {
        if (!stopped.first->done) return false;
        stopped.second.join();
        return true;
    });
}

void SoundPlayer::runEnded(int generation, const QString& failure) {
    if (generation != m_generation || !m_run) return;
    m_thread.join();  // it has only to return
    m_pausedFrames = m_run->frames;
    m_run.reset();
    setState(failure.isEmpty() ? State::Finished : State::Failed, failure);
}

void SoundPlayer::work(std::shared_ptr<Run> run, std::unique_ptr<SoundDecoder> decoder, SinkFactory sinks) {
    QString failure;
    {
        std::unique_ptr<PcmSink> sink = sinks ? sinks() : nullptr;
        if (!sink || !sink->open(decoder->sampleRate(), decoder->channels())) {
            failure = messages::noOutput();
        } else {
            const int block = decoder->sampleRate() / kBlocksPerSecond;
            std::vector<qint16> samples(size_t(block) * size_t(decoder->channels()));
            for (;;) {
                {
                    std::unique_lock lock(run->mutex);
                    run->wake.wait(lock, [&run] { return !run->paused || run->stop; });
                }
                if (run->stop) break;
                const int frames = decoder->read(samples.data(), block);
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
        decoder.reset();
    }
    {
        std::lock_guard lock(run->mutex);
        if (SoundPlayer* owner = run->owner) {
            const int generation = run->generation;
            QMetaObject::invokeMethod(
                owner, [owner, generation, failure] { owner->runEnded(generation, failure); }, Qt::QueuedConnection);
        }
    }
    run->done = true;
}

}  // namespace mooring::sound
