#pragma once

#include <QByteArray>

#include <chrono>

namespace mooring::sound {

// A sound as the safety box keeps it: Ogg Opus bytes and how long they play.
struct CompressedSound {
    QByteArray oggOpus;
    std::chrono::milliseconds length{0};
};

// Opus bit rates: a voice is clear at 32 kb/s; music keeps its detail at 64 kb/s a channel.
inline constexpr int kVoiceBitsPerSecond = 32000;
inline constexpr int kMusicBitsPerSecondPerChannel = 64000;

// A WAV file (WavReader says which) as Ogg Opus, all in memory: a minute of CD-quality
// stereo (10 MB) becomes about 1 MB. Throws Error (InvalidInput) with a sentence fit to
// show when the bytes are not a WAV Mooring reads.
CompressedSound compressWav(const QByteArray& wav);

// What to keep for a sound file a person adds: Ogg Opus as it is (checked to play), WAV
// compressed. Throws Error (InvalidInput) with checkSound()'s sentence for anything else,
// including a file over kMaxSoundFileBytes.
CompressedSound prepareSoundToKeep(const QByteArray& bytes);

}  // namespace mooring::sound
