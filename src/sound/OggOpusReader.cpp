#include "sound/OggOpusReader.h"

#include "sound/OpusFileLibrary.h"
#include "sound/SoundMessages.h"

namespace mooring::sound {

std::unique_ptr<OggOpusReader> OggOpusReader::open(const QByteArray& bytes, QString* why) {
    const OpusFileLibrary* opus = OpusFileLibrary::load(why);
    if (!opus) return nullptr;
    std::unique_ptr<OggOpusReader> reader(new OggOpusReader);
    reader->m_opus = opus;
    reader->m_bytes = bytes;
    int error = 0;
    reader->m_file = opus->open_memory(reinterpret_cast<const unsigned char*>(reader->m_bytes.constData()),
                                       size_t(reader->m_bytes.size()), &error);
    if (!reader->m_file) {
        *why = error == OP_ENOTFORMAT ? messages::otherFormat() : messages::damaged();
        return nullptr;
    }
    reader->m_frames = opus->pcm_total(reader->m_file, -1);
    if (reader->m_frames < 0) {
        *why = messages::damaged();
        return nullptr;
    }
    bool allMono = true;
    for (int link = 0; link < opus->link_count(reader->m_file); ++link)
        allMono = allMono && opus->channel_count(reader->m_file, link) == 1;
    reader->m_channels = allMono ? 1 : 2;
    return reader;
}

OggOpusReader::~OggOpusReader() {
    if (m_file) m_opus->free(m_file);
}

int OggOpusReader::read(qint16* samples, int maxFrames) {
    for (;;) {
        const int frames = m_channels == 1 ? m_opus->read(m_file, samples, maxFrames, nullptr)
                                           : m_opus->read_stereo(m_file, samples, maxFrames * 2);
        // A hole (a page lost in the middle) is skipped, as a player would; anything else
        // that fails means the rest cannot be trusted.
        if (frames == OP_HOLE) continue;
        return frames < 0 ? -1 : frames;
    }
}

}  // namespace mooring::sound
