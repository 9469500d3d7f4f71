#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace mooring::sound {

// What a sound file is, told from its bytes, never from its name: a file called ".ogg" may
// hold Vorbis, and one called ".mp3" may be anything.
enum class SoundKind { OggOpus, Wav, Other };

// Sound files kept in the safety box are read whole into memory, stored encrypted and
// played from memory; the limit keeps that small. Three minutes of a recorded voice are
// under a megabyte; 25 MB is several minutes of music even as WAV.
inline constexpr qint64 kMaxSoundFileBytes = 25LL * 1024 * 1024;

// What checkSound() found: the kind, the media type to store beside the bytes and the
// length; or, when Mooring will not keep these bytes, a kind sentence saying why and what
// helps.
struct SoundCheck {
    SoundKind kind = SoundKind::Other;
    QString mimeType;  // "audio/ogg" or "audio/wav"; empty when refused
    std::chrono::milliseconds length{0};
    QString refusal;  // empty when the sound can be kept and played

    bool accepted() const { return refusal.isEmpty(); }
};

// From the first bytes alone: a RIFF/WAVE header, or an Ogg page whose first packet is an
// Opus header (Ogg Vorbis and Ogg FLAC are Other).
SoundKind recogniseSound(const QByteArray& bytes);
QString mimeTypeOf(SoundKind kind);

// Recognises the bytes and opens them as they will be played (so a damaged file or a WAV
// stored in a way Mooring cannot read is refused now, not when someone needs it).
SoundCheck checkSound(const QByteArray& bytes);

}  // namespace mooring::sound
