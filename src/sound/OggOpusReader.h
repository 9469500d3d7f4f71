#pragma once

#include "sound/SoundDecoder.h"

#include <memory>

struct OggOpusFile;

namespace mooring::sound {

struct OpusFileLibrary;

// Decodes an Ogg Opus stream held in memory with libopusfile (op_open_memory): 48 kHz,
// mono when every part of the stream is mono, otherwise stereo (libopusfile mixes streams
// with more channels down to two).
class OggOpusReader final : public SoundDecoder {
public:
    // Null, with `why` set, when the bytes are not Ogg Opus or are damaged, or when
    // libopusfile cannot be loaded (it is opened here the first time, not linked).
    static std::unique_ptr<OggOpusReader> open(const QByteArray& bytes, QString* why);
    ~OggOpusReader() override;

    int sampleRate() const override { return 48000; }
    int channels() const override { return m_channels; }
    qint64 frames() const override { return m_frames; }
    int read(qint16* samples, int maxFrames) override;

private:
    OggOpusReader() = default;

    QByteArray m_bytes;  // libopusfile reads from these bytes: kept for as long as it does
    const OpusFileLibrary* m_opus = nullptr;
    OggOpusFile* m_file = nullptr;
    int m_channels = 2;
    qint64 m_frames = 0;
};

}  // namespace mooring::sound
