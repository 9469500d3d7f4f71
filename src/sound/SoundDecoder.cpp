#include "sound/SoundDecoder.h"

#include "sound/OggOpusReader.h"
#include "sound/SoundFormat.h"
#include "sound/SoundMessages.h"
#include "sound/WavReader.h"

namespace mooring::sound {

std::unique_ptr<SoundDecoder> SoundDecoder::open(const QByteArray& bytes, QString* why) {
    switch (recogniseSound(bytes)) {
        case SoundKind::OggOpus:
            return OggOpusReader::open(bytes, why);
        case SoundKind::Wav:
            return WavReader::open(bytes, why);
        case SoundKind::Other:
            break;
    }
    *why = messages::otherFormat();
    return nullptr;
}

}  // namespace mooring::sound
