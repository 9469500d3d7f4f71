#include "sound/SoundCompression.h"

#include "domain/Error.h"
#include "sound/OggOpusWriter.h"
#include "sound/SoundFormat.h"
#include "sound/WavReader.h"

#include <vector>

namespace mooring::sound {

CompressedSound compressWav(const QByteArray& wav) {
    QString why;
    const std::unique_ptr<WavReader> reader = WavReader::open(wav, &why);
    if (!reader) throw Error(Error::Kind::InvalidInput, why);
    OggOpusWriter writer(reader->sampleRate(), reader->channels(), kMusicBitsPerSecondPerChannel * reader->channels(),
                         OggOpusWriter::Content::Music);
    // A tenth of a second at a time: the encoder keeps what it needs between calls.
    const int block = reader->sampleRate() / 10;
    std::vector<qint16> samples(size_t(block) * size_t(reader->channels()));
    for (int frames = 0; (frames = reader->read(samples.data(), block)) > 0;) writer.write(samples.data(), frames);
    CompressedSound sound;
    sound.oggOpus = writer.finish();
    sound.length = reader->length();
    return sound;
}

CompressedSound prepareSoundToKeep(const QByteArray& bytes) {
    const SoundCheck check = checkSound(bytes);
    if (!check.accepted()) throw Error(Error::Kind::InvalidInput, check.refusal);
    if (check.kind == SoundKind::Wav) return compressWav(bytes);
    return {bytes, check.length};
}

}  // namespace mooring::sound
