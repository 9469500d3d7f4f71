#include "sound/OggOpusReader.h"

#include "sound/SoundMessages.h"

#include <opusfile.h>

namespace mooring::sound {

std::unique_ptr<OggOpusReader> OggOpusReader::open(const QByteArray& bytes, QString* why) {
    std::unique_ptr<OggOpusReader> reader(new OggOpusReader);
    reader->m_bytes = bytes;
    int error = 0;
    reader->m_file = op_open_memory(reinterpret_cast<const unsigned char*>(reader->m_bytes.constData()),
                                    size_t(reader->m_bytes.size()), &error);
    if (!reader->m_file) {
        *why = error == OP_ENOTFORMAT ? messages::otherFormat() : messages::damaged();
        return nullptr;
    }
    reader->m_frames = op_pcm_total(reader->m_file, -1);
    if (reader->m_frames < 0) {
        *why = messages::damaged();
        return nullptr;
    }
    bool allMono = true;
    for (int link = 0; link < op_link_count(reader->m_file); ++link)
        allMono = allMono && op_channel_count(reader->m_file, link) == 1;
    reader->m_channels = allMono ? 1 : 2;
    return reader;
}

OggOpusReader::~OggOpusReader() {
    if (m_file) op_free(m_file);
}

int OggOpusReader::read(qint16* samples, int maxFrames) {
    for (;;) {
        const int frames = m_channels == 1 ? op_read(m_file, samples, maxFrames, nullptr)
                                           : op_read_stereo(m_file, samples, maxFrames * 2);
        // A hole (a page lost in the middle) is skipped, as a player would; anything else
        // that fails means the rest cannot be trusted.
        if (frames == OP_HOLE) continue;
        return frames < 0 ? -1 : frames;
    }
}

}  // namespace mooring::sound
