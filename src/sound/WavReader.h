#pragma once

#include "sound/SoundDecoder.h"

#include <memory>

namespace mooring::sound {

// Reads a WAV file held in memory: RIFF with a "fmt " and a "data" chunk, integer PCM of 8,
// 16, 24 or 32 bits or 32-bit float (plain or WAVE_FORMAT_EXTENSIBLE), mono or stereo, at
// any rate from 8 to 192 kHz. Samples are handed out as 16-bit. Anything else (compressed
// WAV, more channels) is refused with a sentence rather than played as noise.
class WavReader final : public SoundDecoder {
public:
    // Null, with `why` set, when the bytes are not a WAV this reader plays.
    static std::unique_ptr<WavReader> open(const QByteArray& bytes, QString* why);

    int sampleRate() const override { return m_sampleRate; }
    int channels() const override { return m_channels; }
    qint64 frames() const override { return m_frames; }
    int read(qint16* samples, int maxFrames) override;

private:
    enum class Encoding { Integer, Float };

    WavReader() = default;

    QByteArray m_bytes;  // shares the caller's bytes (QByteArray is copied on write only)
    qsizetype m_dataStart = 0;
    qint64 m_frames = 0;
    qint64 m_next = 0;  // the next frame read() hands out
    int m_sampleRate = 0;
    int m_channels = 0;
    int m_bytesPerSample = 0;
    Encoding m_encoding = Encoding::Integer;
};

}  // namespace mooring::sound
