#pragma once

#include <QByteArray>

struct OggOpusEnc;

namespace mooring::sound {

struct OpusEncLibrary;

// Encodes 16-bit samples to Ogg Opus in memory with libopusenc's callbacks API: the pages
// are appended to a QByteArray as they are made, and nothing is ever written to a file.
// The stream carries no tags beyond the encoder's own name (no title, date or place).
class OggOpusWriter {
public:
    enum class Content { Voice, Music };

    // Any input rate libopusenc takes (8 to 192 kHz; it resamples to Opus's 48 kHz), mono or
    // stereo; `bitsPerSecond` for the whole stream. Throws Error when the encoder refuses,
    // or when libopusenc cannot be loaded (it is opened here the first time, not linked).
    OggOpusWriter(int sampleRate, int channels, int bitsPerSecond, Content content);
    ~OggOpusWriter();
    OggOpusWriter(const OggOpusWriter&) = delete;
    OggOpusWriter& operator=(const OggOpusWriter&) = delete;

    // `frames` interleaved frames. Throws Error when the encoder fails.
    void write(const qint16* samples, int frames);
    // Ends the stream and hands over its bytes; the writer takes nothing more after this.
    QByteArray finish();

    qint64 framesWritten() const { return m_frames; }
    int sampleRate() const { return m_sampleRate; }

private:
    static int append(void* user, const unsigned char* data, int length);

    const OpusEncLibrary* m_opus = nullptr;
    OggOpusEnc* m_encoder = nullptr;
    QByteArray m_bytes;
    qint64 m_frames = 0;
    int m_sampleRate = 0;
};

}  // namespace mooring::sound
