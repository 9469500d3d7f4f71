#include "sound/OggOpusWriter.h"

#include "domain/Error.h"
#include "sound/OpusEncLibrary.h"

#include <QCoreApplication>

namespace mooring::sound {

namespace {

[[noreturn]] void encoderFailed() {
    throw Error(Error::Kind::InvalidInput, QCoreApplication::translate("mooring::sound::OggOpusWriter",
                                                                       "The sound could not be prepared for "
                                                                       "keeping. Trying again may help."));
}

int closeNothing(void*) { return 0; }

}  // namespace

OggOpusWriter::OggOpusWriter(int sampleRate, int channels, int bitsPerSecond, Content content)
    : m_sampleRate(sampleRate) {
    QString why;
    m_opus = OpusEncLibrary::load(&why);
    if (!m_opus) throw Error(Error::Kind::InvalidInput, why);
    OggOpusComments* comments = m_opus->comments_create();
    if (!comments) encoderFailed();
    const OpusEncCallbacks callbacks{&OggOpusWriter::append, &closeNothing};
    int error = 0;
    // Family 0: mono or stereo, the plain Opus mapping every player reads.
    m_encoder = m_opus->encoder_create_callbacks(&callbacks, this, comments, sampleRate, channels, 0, &error);
    m_opus->comments_destroy(comments);
    if (!m_encoder) encoderFailed();
    m_opus->encoder_ctl(m_encoder, OPUS_SET_BITRATE(bitsPerSecond));
    m_opus->encoder_ctl(m_encoder, OPUS_SET_SIGNAL(content == Content::Voice ? OPUS_SIGNAL_VOICE : OPUS_SIGNAL_MUSIC));
}

OggOpusWriter::~OggOpusWriter() {
    if (m_encoder) m_opus->encoder_destroy(m_encoder);
}

int OggOpusWriter::append(void* user, const unsigned char* data, int length) {
    static_cast<OggOpusWriter*>(user)->m_bytes.append(reinterpret_cast<const char*>(data), length);
    return 0;
}

void OggOpusWriter::write(const qint16* samples, int frames) {
    if (!m_encoder || m_opus->encoder_write(m_encoder, samples, frames) != OPE_OK) encoderFailed();
    m_frames += frames;
}

QByteArray OggOpusWriter::finish() {
    if (!m_encoder || m_opus->encoder_drain(m_encoder) != OPE_OK) encoderFailed();
    m_opus->encoder_destroy(m_encoder);
    m_encoder = nullptr;
    return std::move(m_bytes);
}

}  // namespace mooring::sound
