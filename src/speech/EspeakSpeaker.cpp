#include "speech/EspeakSpeaker.h"

#include "sound/PcmSink.h"
#include "speech/EspeakLibrary.h"
#include "speech/Script.h"

#include <QCoreApplication>

#include <algorithm>
#include <mutex>

namespace mooring::speech {

namespace {

// espeak-ng keeps one global state: it is started once, and one text is synthesized at a time.
std::mutex& engineMutex() {
    static std::mutex mutex;
    return mutex;
}

struct Synthesis {
    sound::PcmSink* sink;
    const std::atomic<bool>* stopRequested;
    bool sinkFailed = false;
};

// Called by espeak_Synth on the worker thread with each chunk; returning 1 ends the text.
int onSamples(short* samples, int count, espeak_EVENT* events) {
    auto* synthesis = static_cast<Synthesis*>(events ? events->user_data : nullptr);
    if (!synthesis) return 0;
    if (synthesis->stopRequested->load()) return 1;
    if (samples && count > 0 && !synthesis->sink->write(samples, count)) {
        synthesis->sinkFailed = true;
        return 1;
    }
    return synthesis->stopRequested->load() ? 1 : 0;
}

int startEngine(const EspeakLibrary& espeak) {
    static const int sampleRate = [&espeak] {
        const int rate = espeak.initialize(AUDIO_OUTPUT_SYNCHRONOUS, 50, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (rate > 0) espeak.setSynthCallback(onSamples);
        return rate;
    }();
    return sampleRate;
}

bool chooseVoice(const EspeakLibrary& espeak, const QString& language) {
    const QByteArray code = language.toUtf8();
    espeak_VOICE wanted{};
    wanted.languages = code.constData();
    return espeak.setVoiceByProperties(&wanted) == EE_OK;
}

}  // namespace

std::unique_ptr<EspeakSpeaker> EspeakSpeaker::open(SinkFactory sinks, QString* why) {
    const EspeakLibrary* espeak = EspeakLibrary::load(why);
    if (!espeak) return nullptr;
    std::lock_guard lock(engineMutex());
    if (startEngine(*espeak) <= 0 ||
        !(chooseVoice(*espeak, QStringLiteral("en")) || chooseVoice(*espeak, QStringLiteral("de")))) {
        *why = QCoreApplication::translate("mooring::speech::EspeakSpeaker",
                                           "Mooring's own voice could not be started. Installing the package "
                                           "espeak-ng-data should bring it back.");
        return nullptr;
    }
    return std::unique_ptr<EspeakSpeaker>(new EspeakSpeaker(std::move(sinks)));
}

EspeakSpeaker::EspeakSpeaker(SinkFactory sinks) : m_sinks(std::move(sinks)) {}

EspeakSpeaker::~EspeakSpeaker() {
    stop();
    joinStoppedJobs(true);
}

QString EspeakSpeaker::engineName() const { return QStringLiteral("espeak-ng"); }

int EspeakSpeaker::wordsPerMinute(int ratePercent) {
    return std::clamp(espeakRATE_NORMAL * std::clamp(ratePercent, 50, 200) / 100, espeakRATE_MINIMUM,
                      espeakRATE_MAXIMUM);
}

void EspeakSpeaker::speak(const Script& script, const Voice& voice) {
    stop();
    joinStoppedJobs(false);
    if (script.isEmpty()) return;
    m_speaking = true;
    m_current = std::make_unique<Job>();
    m_current->thread =
        std::thread(&EspeakSpeaker::read, this, m_current.get(), script.utterances(), voice, m_generation);
}

void EspeakSpeaker::stop() {
    ++m_generation;  // a "finished" still on its way belongs to what is stopped now
    m_speaking = false;
    if (!m_current) return;
    m_current->stopRequested = true;
    m_stopped.push_back(std::move(m_current));
}

void EspeakSpeaker::joinStoppedJobs(bool wait) {
    for (auto it = m_stopped.begin(); it != m_stopped.end();) {
        if (wait || (*it)->done) {
            (*it)->thread.join();
            it = m_stopped.erase(it);
        } else {
            ++it;
        }
    }
}

void EspeakSpeaker::read(Job* job, QStringList utterances, Voice voice, int generation) {
    std::unique_ptr<sound::PcmSink> sink = m_sinks();
    Synthesis synthesis{sink.get(), &job->stopRequested};
    bool opened = false;
    const EspeakLibrary& espeak = *EspeakLibrary::load(nullptr);  // open() found it
    {
        // A stopped worker still writing holds this until its write returns; the next one waits.
        std::lock_guard lock(engineMutex());
        const int sampleRate = startEngine(espeak);
        opened = sink && sampleRate > 0 && !job->stopRequested && sink->open(sampleRate, 1);
        if (opened) {
            if (!chooseVoice(espeak, voice.language)) chooseVoice(espeak, QStringLiteral("en"));
            espeak.setParameter(espeakRATE, wordsPerMinute(voice.ratePercent), 0);
        }
        for (const QString& utterance : utterances) {
            if (!opened || job->stopRequested || synthesis.sinkFailed) break;
            const QByteArray text = utterance.toUtf8();
            espeak.synth(text.constData(), static_cast<size_t>(text.size()) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                         nullptr, &synthesis);
        }
    }
    if (opened && !synthesis.sinkFailed && !job->stopRequested) sink->drain(job->stopRequested);
    if (job->stopRequested) {
        if (opened) sink->discard();
        job->done = true;
        return;  // stop() has settled everything else
    }
    // With no sound output, or one that went away, nothing more is heard: the reading ends
    // without "finished".
    const bool toTheEnd = opened && !synthesis.sinkFailed && !job->stopRequested;
    job->done = true;
    QMetaObject::invokeMethod(
        this, [this, generation, toTheEnd] { ended(generation, toTheEnd); }, Qt::QueuedConnection);
}

void EspeakSpeaker::ended(int generation, bool toTheEnd) {
    if (generation != m_generation || !m_speaking || !m_current) return;  // stopped or replaced meanwhile
    m_current->thread.join();
    m_current.reset();
    m_speaking = false;
    if (toTheEnd) emit finished();
}

}  // namespace mooring::speech
