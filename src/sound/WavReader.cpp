#include "sound/WavReader.h"

#include "sound/SoundMessages.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mooring::sound {

namespace {

constexpr int kFormatPcm = 1;
constexpr int kFormatFloat = 3;
constexpr int kFormatExtensible = 0xFFFE;

quint32 le32(const char* p) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}

quint16 le16(const char* p) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return quint16(u[0] | u[1] << 8);
}

// One sample, whatever its encoding, as 16 bits. Integers keep their top 16 bits; floats
// are clipped to -1..1 first (a file may hold louder values than that).
qint16 toInt16(const char* p, int bytes, bool isFloat) {
    if (isFloat) {
        float value = 0;
        std::memcpy(&value, p, sizeof value);
        if (!std::isfinite(value)) return 0;
        return qint16(std::lround(std::clamp(value, -1.0f, 1.0f) * 32767.0f));
    }
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    switch (bytes) {
        case 1:
            return qint16((int(u[0]) - 128) * 256);  // 8-bit WAV is unsigned
        case 2:
            return qint16(le16(p));
        default:  // 24 or 32 bits, little-endian: the two most significant bytes
            return qint16(quint16(u[bytes - 2] | u[bytes - 1] << 8));
    }
}

}  // namespace

std::unique_ptr<WavReader> WavReader::open(const QByteArray& bytes, QString* why) {
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    if (size < 12 || std::memcmp(data, "RIFF", 4) != 0 || std::memcmp(data + 8, "WAVE", 4) != 0) {
        *why = messages::otherFormat();
        return nullptr;
    }
    std::unique_ptr<WavReader> reader(new WavReader);
    int format = -1;
    int bits = 0;
    bool haveData = false;
    qint64 dataBytes = 0;
    // Chunks follow one another, each padded to an even length; unknown ones are skipped, and
    // "fmt " may come after "data".
    for (qsizetype at = 12; at + 8 <= size;) {
        const char* id = data + at;
        const qint64 length = le32(id + 4);
        const qsizetype body = at + 8;
        if (std::memcmp(id, "fmt ", 4) == 0 && length >= 16 && body + 16 <= size) {
            format = le16(data + body);
            reader->m_channels = le16(data + body + 2);
            reader->m_sampleRate = int(le32(data + body + 4));
            bits = le16(data + body + 14);
            if (format == kFormatExtensible && length >= 26 && body + 26 <= size)
                format = le16(data + body + 24);  // the sub-format's GUID begins with the tag
        } else if (std::memcmp(id, "data", 4) == 0 && !haveData) {
            reader->m_dataStart = body;
            // A recorder that was stopped may leave a length that runs past the end.
            dataBytes = std::min<qint64>(length, size - body);
            haveData = true;
        }
        at = body + length + (length & 1);
    }
    if (format < 0 || !haveData) {
        *why = messages::damaged();
        return nullptr;
    }
    const bool integer = format == kFormatPcm && (bits == 8 || bits == 16 || bits == 24 || bits == 32);
    const bool floating = format == kFormatFloat && bits == 32;
    if (!(integer || floating) || reader->m_channels < 1 || reader->m_channels > 2 || reader->m_sampleRate < 8000 ||
        reader->m_sampleRate > 192000) {
        *why = messages::unreadableWav();
        return nullptr;
    }
    reader->m_encoding = floating ? Encoding::Float : Encoding::Integer;
    reader->m_bytesPerSample = bits / 8;
    reader->m_frames = dataBytes / (reader->m_bytesPerSample * reader->m_channels);
    reader->m_bytes = bytes;
    return reader;
}

int WavReader::read(qint16* samples, int maxFrames) {
    const int count = int(std::clamp<qint64>(m_frames - m_next, 0, maxFrames));
    const int frameBytes = m_bytesPerSample * m_channels;
    const char* p = m_bytes.constData() + m_dataStart + m_next * frameBytes;
    const bool isFloat = m_encoding == Encoding::Float;
    for (int i = 0; i < count * m_channels; ++i, p += m_bytesPerSample)
        samples[i] = toInt16(p, m_bytesPerSample, isFloat);
    m_next += count;
    return count;
}

}  // namespace mooring::sound
