#include "sound/PulseSource.h"

#include "sound/PulseSimpleLibrary.h"
#include "sound/PulseSink.h"
#include "sound/SoundMessages.h"

namespace mooring::sound {

PcmSourceFactory PulseSource::localFactory(QString* why) {
    const QString server = PulseSink::serverFromEnvironment(why);
    if (server.isEmpty()) {
        // PulseSink speaks of sound output; here the person wanted to record.
        if (*why == messages::noOutput()) *why = messages::noSoundSystem();
        return {};
    }
    if (!PulseSink::canLoad(why)) return {};
    return [server] { return std::make_unique<PulseSource>(server); };
}

PulseSource::PulseSource(QString server) : m_server(std::move(server)) {}

PulseSource::~PulseSource() {
    if (m_stream) m_pulse->free(m_stream);
}

bool PulseSource::open(int sampleRate, QString* why) {
    m_pulse = PulseSimpleLibrary::load(why);
    if (!m_pulse) return false;
    const pa_sample_spec spec{PA_SAMPLE_S16LE, static_cast<uint32_t>(sampleRate), 1};
    // Fragments of 20 ms, so that each read returns at once and the level meter moves.
    const auto fragment = static_cast<uint32_t>(sampleRate) * 2 / 50;
    const auto unset = static_cast<uint32_t>(-1);
    const pa_buffer_attr buffer{unset, unset, unset, unset, fragment};
    int error = 0;
    m_stream = m_pulse->open(m_server.toUtf8().constData(), "Mooring", PA_STREAM_RECORD, nullptr, "Recording", &spec,
                             nullptr, &buffer, &error);
    if (m_stream) return true;
    *why = error == PA_ERR_NOENTITY ? messages::noMicrophone() : messages::noSoundSystem();
    return false;
}

bool PulseSource::read(qint16* samples, int frames) {
    int error = 0;
    return m_stream && m_pulse->read(m_stream, samples, static_cast<size_t>(frames) * 2, &error) == 0;
}

}  // namespace mooring::sound
