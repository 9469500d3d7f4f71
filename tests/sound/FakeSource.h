#pragma once

// A microphone for tests, where none is: it hands out a tone (or silence), at once or at
// the pace of a real one, and can go away after a while or hold its first read.
#include "ToneWav.h"

#include "sound/PcmSource.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace mooring::test {

struct Microphone {
    Tone tone{.sampleRate = 48000, .channels = 1, .seconds = 1.0, .frequency = 220.0, .amplitude = 0.3};
    enum class Pace { AtOnce, RealTime, StallFirstRead } pace = Pace::AtOnce;
    bool opens = true;
    long long failAfterFrames = -1;  // the input goes away after this many frames
    std::atomic<long long> framesGiven{0};
    std::atomic<bool> closed{false};
};

class FakeSource final : public sound::PcmSource {
public:
    explicit FakeSource(std::shared_ptr<Microphone> microphone) : m_microphone(std::move(microphone)) {}
    ~FakeSource() override { m_microphone->closed = true; }

    bool open(int sampleRate, QString* why) override {
        if (!m_microphone->opens) {
            *why = QStringLiteral("No microphone was found (a test's).");
            return false;
        }
        Tone tone = m_microphone->tone;
        tone.sampleRate = sampleRate;
        m_samples = toneSamples(tone);
        return true;
    }
    bool read(qint16* samples, int frames) override {
        Microphone& mic = *m_microphone;
        if (mic.failAfterFrames >= 0 && mic.framesGiven >= mic.failAfterFrames) return false;
        if (mic.pace == Microphone::Pace::StallFirstRead && mic.framesGiven == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        if (mic.pace == Microphone::Pace::RealTime)
            std::this_thread::sleep_for(std::chrono::microseconds(1'000'000LL * frames / 48000));
        for (int i = 0; i < frames; ++i) samples[i] = m_samples[size_t(m_next++) % m_samples.size()];
        mic.framesGiven += frames;
        return true;
    }

private:
    std::shared_ptr<Microphone> m_microphone;
    std::vector<qint16> m_samples;
    long long m_next = 0;
};

inline sound::PcmSourceFactory fakeSources(std::shared_ptr<Microphone> microphone) {
    return [microphone] { return std::make_unique<FakeSource>(microphone); };
}

}  // namespace mooring::test
