#include "sound/SoundFormat.h"

#include "sound/SoundDecoder.h"
#include "sound/SoundMessages.h"

#include <cstring>

namespace mooring::sound {

using namespace Qt::StringLiterals;

SoundKind recogniseSound(const QByteArray& bytes) {
    const char* data = bytes.constData();
    if (bytes.size() >= 12 && std::memcmp(data, "RIFF", 4) == 0 && std::memcmp(data + 8, "WAVE", 4) == 0)
        return SoundKind::Wav;
    // An Ogg page: 27 bytes of header, then as many segment sizes as byte 26 says, then the
    // first packet. In an Ogg Opus stream that packet is the "OpusHead" header; Vorbis has
    // "\x01vorbis" there, Ogg FLAC "\x7fFLAC".
    if (bytes.size() >= 27 && std::memcmp(data, "OggS", 4) == 0) {
        const qsizetype packet = 27 + static_cast<unsigned char>(data[26]);
        if (bytes.size() >= packet + 8 && std::memcmp(data + packet, "OpusHead", 8) == 0) return SoundKind::OggOpus;
    }
    return SoundKind::Other;
}

QString mimeTypeOf(SoundKind kind) {
    switch (kind) {
        case SoundKind::OggOpus:
            return u"audio/ogg"_s;
        case SoundKind::Wav:
            return u"audio/wav"_s;
        case SoundKind::Other:
            break;
    }
    return {};
}

SoundCheck checkSound(const QByteArray& bytes) {
    SoundCheck check;
    check.kind = recogniseSound(bytes);
    if (bytes.size() > kMaxSoundFileBytes) {
        check.refusal = messages::tooLarge();
        return check;
    }
    QString why;
    const std::unique_ptr<SoundDecoder> decoder = SoundDecoder::open(bytes, &why);
    if (!decoder) {
        check.refusal = why;
        return check;
    }
    if (decoder->frames() <= 0) {
        check.refusal = messages::empty();
        return check;
    }
    check.mimeType = mimeTypeOf(check.kind);
    check.length = decoder->length();
    return check;
}

}  // namespace mooring::sound
