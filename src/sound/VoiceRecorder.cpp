#include "sound/VoiceRecorder.h"

#include "domain/Error.h"
#include "sound/OggOpusWriter.h"
#include "sound/SoundCompression.h"
#include "sound/SoundMessages.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace mooring::sound {

struct VoiceRecorder::Run : WorkerState {
    qint64 limitFrames = 0;
    std::atomic<qint64> frames{0};  // recorded so far
    std::atomic<double> level{0};
};

namespace {

constexpr int kBlock = VoiceRecorder::kSampleRate / 50;  // 20 ms: a stop is heard at once
constexpr int kBlocksPerLevel = 5;                       // the meter moves ten times a second
constexpr double kQuietest = -60;                        // dB below full scale: the meter's 0

// A meter's reading of a tenth of a second's loudness: on a decibel scale, as ears hear
// it, so a soft voice moves it clearly and a loud one does not pin it.
double meterLevel(double sumOfSquares, qint64 count) {
    if (count == 0 || sumOfSquares <= 0) return 0;
    const double rms = std::sqrt(sumOfSquares / double(count)) / 32768.0;
    return std::clamp((20 * std::log10(rms) - kQuietest) / -kQuietest, 0.0, 1.0);
}

QString asMinutes(std::chrono::milliseconds length) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(length).count();
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

VoiceRecorder::VoiceRecorder(PcmSourceFactory sources, QObject* parent)
    : QObject(parent), m_sources(std::move(sources)) {}

VoiceRecorder::~VoiceRecorder() = default;  // m_workers lets go of the worker without waiting

void VoiceRecorder::setLimit(std::chrono::milliseconds limit) {
    m_limit = std::max<std::chrono::milliseconds>(limit, std::chrono::seconds(1));
}

void VoiceRecorder::start() {
    dropRun();
    m_recording.clear();
    m_recordedLength = {};
    if (!m_sources) {
        setState(State::Failed, messages::noSoundSystem());
        return;
    }
    auto run = std::make_shared<Run>();
    run->limitFrames = m_limit.count() * kSampleRate / 1000;
    m_run = run;
    m_workers.start(run, this, ++m_generation, [run, sources = m_sources] { work(run, sources); });
    setState(State::Recording);
}

void VoiceRecorder::stop() {
    if (m_state == State::Recording) m_run->stop = true;  // the worker finishes the stream
}

void VoiceRecorder::cancel() {
    dropRun();
    m_recording.clear();
    m_recordedLength = {};
    setState(State::Idle);
}

double VoiceRecorder::level() const { return m_run ? m_run->level.load() : 0.0; }

std::chrono::milliseconds VoiceRecorder::elapsed() const {
    if (!m_run) return m_recordedLength;
    return std::chrono::milliseconds(m_run->frames * 1000 / kSampleRate);
}

void VoiceRecorder::setState(State state, const QString& message) {
    if (state == m_state && message == m_message) return;
    m_state = state;
    m_message = message;
    emit stateChanged(state, message);
}

void VoiceRecorder::dropRun() {
    if (!m_run) return;
    m_workers.letGo();
    m_run.reset();
    ++m_generation;
}

void VoiceRecorder::runProgressed(int generation) {
    if (generation == m_generation && m_run) emit levelChanged(level(), elapsed());
}

void VoiceRecorder::runEnded(int generation, const QByteArray& bytes, qint64 frames, const QString& failure,
                             const QString& note) {
    if (generation != m_generation || !m_run) return;
    m_workers.joinCurrent();
    const bool reachedLimit = frames >= m_run->limitFrames;
    m_run.reset();
    if (!failure.isEmpty()) {
        setState(State::Failed, failure);
        return;
    }
    if (frames == 0) {
        setState(State::Idle);  // stopped before anything was recorded
        return;
    }
    m_recording = bytes;
    m_recordedLength = std::chrono::milliseconds(frames * 1000 / kSampleRate);
    setState(State::Finished, reachedLimit ? messages::reachedLimit(asMinutes(m_limit)) : note);
}

void VoiceRecorder::work(const std::shared_ptr<Run>& run, const PcmSourceFactory& sources) {
    QByteArray bytes;
    QString failure;
    QString note;
    qint64 frames = 0;
    try {
        std::unique_ptr<PcmSource> source = sources();
        if (!source || !source->open(kSampleRate, &failure)) {
            if (failure.isEmpty()) failure = messages::noSoundSystem();
        } else {
            OggOpusWriter writer(kSampleRate, 1, kVoiceBitsPerSecond, OggOpusWriter::Content::Voice);
            std::vector<qint16> block(kBlock);
            double sumOfSquares = 0;
            int blocks = 0;
            while (!run->stop && frames < run->limitFrames) {
                const int want = int(std::min<qint64>(kBlock, run->limitFrames - frames));
                if (!source->read(block.data(), want)) {
                    note = messages::inputStopped();
                    break;
                }
                if (run->stop) break;  // asked during the read: what it brought is not wanted
                writer.write(block.data(), want);
                frames += want;
                run->frames = frames;
                for (int i = 0; i < want; ++i) sumOfSquares += double(block[size_t(i)]) * block[size_t(i)];
                if (++blocks == kBlocksPerLevel) {
                    run->level = meterLevel(sumOfSquares, qint64(kBlock) * kBlocksPerLevel);
                    sumOfSquares = 0;
                    blocks = 0;
                    run->tellOwner([generation = run->generation](QObject* owner) {
                        static_cast<VoiceRecorder*>(owner)->runProgressed(generation);
                    });
                }
            }
            // An input that gave nothing at all is no microphone; one stopped at once left nothing.
            if (frames == 0 && !note.isEmpty()) failure = messages::noMicrophone();
            if (frames > 0) bytes = writer.finish();
        }
    } catch (const Error& error) {
        failure = error.message();
    }
    run->tellOwner([generation = run->generation, bytes, frames, failure, note](QObject* owner) {
        static_cast<VoiceRecorder*>(owner)->runEnded(generation, bytes, frames, failure, note);
    });
}

}  // namespace mooring::sound
