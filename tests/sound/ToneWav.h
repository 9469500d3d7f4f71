#pragma once

// Sound made up for tests and benchmarks, where no microphone or sound file is at hand: a
// sine tone as WAV bytes in any of the encodings WavReader takes, and the measures the tests
// compare (loudness and zero crossings).
#include <QByteArray>

#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

namespace mooring::test {

struct Tone {
    int sampleRate = 48000;
    int channels = 1;
    double seconds = 1.0;
    double frequency = 440.0;
    double amplitude = 0.5;  // of full scale
    int bitsPerSample = 16;  // 8, 16, 24, 32 (integer) or -32 (float)
};

inline std::vector<qint16> toneSamples(const Tone& tone) {
    const auto frames = size_t(tone.seconds * tone.sampleRate);
    std::vector<qint16> samples(frames * size_t(tone.channels));
    for (size_t i = 0; i < frames; ++i) {
        const double value =
            tone.amplitude * std::sin(2 * std::numbers::pi * tone.frequency * double(i) / tone.sampleRate);
        for (int c = 0; c < tone.channels; ++c)
            samples[i * size_t(tone.channels) + size_t(c)] = qint16(std::lround(value * 32767));
    }
    return samples;
}

inline void putLe(QByteArray& out, quint32 value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.append(char((value >> (8 * i)) & 0xff));
}

inline QByteArray wavHeader(int sampleRate, int channels, int bits, bool isFloat, quint32 dataBytes) {
    QByteArray out("RIFF");
    putLe(out, 36 + dataBytes, 4);
    out.append("WAVEfmt ");
    putLe(out, 16, 4);
    putLe(out, isFloat ? 3 : 1, 2);
    putLe(out, quint32(channels), 2);
    putLe(out, quint32(sampleRate), 4);
    putLe(out, quint32(sampleRate * channels * bits / 8), 4);
    putLe(out, quint32(channels * bits / 8), 2);
    putLe(out, quint32(bits), 2);
    out.append("data");
    putLe(out, dataBytes, 4);
    return out;
}

inline QByteArray toneWav(const Tone& tone) {
    const bool isFloat = tone.bitsPerSample < 0;
    const int bits = isFloat ? 32 : tone.bitsPerSample;
    const auto frames = size_t(tone.seconds * tone.sampleRate);
    const quint32 dataBytes = quint32(frames * size_t(tone.channels) * size_t(bits / 8));
    QByteArray out = wavHeader(tone.sampleRate, tone.channels, bits, isFloat, dataBytes);
    out.reserve(out.size() + qsizetype(dataBytes));
    for (size_t i = 0; i < frames; ++i) {
        const double value =
            tone.amplitude * std::sin(2 * std::numbers::pi * tone.frequency * double(i) / tone.sampleRate);
        for (int c = 0; c < tone.channels; ++c) {
            if (isFloat) {
                const float f = float(value);
                quint32 raw = 0;
                std::memcpy(&raw, &f, 4);
                putLe(out, raw, 4);
            } else if (bits == 8) {
                putLe(out, quint32(std::lround(value * 127) + 128), 1);
            } else {
                const auto full = qint64(std::llround(value * double((1LL << (bits - 1)) - 1)));
                putLe(out, quint32(full), bits / 8);
            }
        }
    }
    return out;
}

inline double rms(const std::vector<qint16>& samples) {
    double sum = 0;
    for (qint16 s : samples) sum += double(s) * s;
    return samples.empty() ? 0 : std::sqrt(sum / double(samples.size()));
}

// Sign changes of one channel of interleaved samples: twice the frequency per second.
inline int zeroCrossings(const std::vector<qint16>& samples, int channels) {
    int crossings = 0;
    for (size_t i = size_t(channels); i < samples.size(); i += size_t(channels))
        if ((samples[i - size_t(channels)] < 0) != (samples[i] < 0)) ++crossings;
    return crossings;
}

}  // namespace mooring::test
