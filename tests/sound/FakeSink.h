#pragma once

// A sound output for tests, where no sound card is: it counts what it is given and, if
// asked, takes as long to play it as a real one would (or holds its first write, as an
// output starting up can).
#include "sound/PcmSink.h"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <thread>

namespace mooring::test {

struct Heard {
    std::atomic<int> sampleRate{0};
    std::atomic<int> channels{0};
    std::atomic<long long> frames{0};
    std::atomic<long long> loudSamples{0};
    std::atomic<int> drains{0};
    std::atomic<int> discards{0};
    std::atomic<bool> closed{false};  // the sink was destroyed
};

class FakeSink final : public sound::PcmSink {
public:
    enum class Pace { AtOnce, RealTime, StallFirstWrite };

    FakeSink(std::shared_ptr<Heard> heard, Pace pace, bool opens = true, long long failAfterFrames = -1)
        : m_heard(std::move(heard)), m_pace(pace), m_opens(opens), m_failAfter(failAfterFrames) {}
    ~FakeSink() override { m_heard->closed = true; }

    bool open(int sampleRate, int channels) override {
        m_heard->sampleRate = sampleRate;
        m_heard->channels = channels;
        return m_opens;
    }
    bool write(const qint16* samples, int frames) override {
        if (m_failAfter >= 0 && m_heard->frames >= m_failAfter) return false;
        long long loud = 0;
        for (int i = 0; i < frames * m_heard->channels; ++i) loud += std::abs(samples[i]) > 500 ? 1 : 0;
        if (m_pace == Pace::StallFirstWrite && m_heard->frames == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        if (m_pace == Pace::RealTime)
            std::this_thread::sleep_for(std::chrono::microseconds(1'000'000LL * frames / m_heard->sampleRate));
        m_heard->frames += frames;
        m_heard->loudSamples += loud;
        return true;
    }
    void drain(const std::atomic<bool>&) override { ++m_heard->drains; }
    void discard() override { ++m_heard->discards; }

private:
    std::shared_ptr<Heard> m_heard;
    Pace m_pace;
    bool m_opens;
    long long m_failAfter;
};

inline sound::PcmSinkFactory fakeSinks(std::shared_ptr<Heard> heard, FakeSink::Pace pace, bool opens = true,
                                       long long failAfterFrames = -1) {
    return [heard, pace, opens, failAfterFrames] {
        return std::make_unique<FakeSink>(heard, pace, opens, failAfterFrames);
    };
}

}  // namespace mooring::test
