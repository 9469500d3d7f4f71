#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <memory>

namespace mooring::sound {

// Sound bytes in memory turned into 16-bit samples, one block at a time: an Ogg Opus
// stream (OggOpusReader) or a WAV file (WavReader). Never a file on disk: the bytes come
// from the encrypted database and stay in memory.
class SoundDecoder {
public:
    virtual ~SoundDecoder() = default;

    // The reader for the bytes' kind (told from their content), or null with `why` set to a
    // sentence fit to show (a format Mooring does not play, a damaged file).
    static std::unique_ptr<SoundDecoder> open(const QByteArray& bytes, QString* why);

    virtual int sampleRate() const = 0;
    // 1 or 2; samples are interleaved frames.
    virtual int channels() const = 0;
    // All frames of the sound, as far as its header or index says.
    virtual qint64 frames() const = 0;
    // Up to `maxFrames` frames into `samples` (room for maxFrames * channels() values):
    // the number of frames read, 0 at the end, -1 when the bytes turn out to be damaged.
    virtual int read(qint16* samples, int maxFrames) = 0;

    std::chrono::milliseconds length() const {
        return std::chrono::milliseconds(sampleRate() > 0 ? frames() * 1000 / sampleRate() : 0);
    }
};

}  // namespace mooring::sound
