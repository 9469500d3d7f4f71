#include "sound/PulseSink.h"

#include "sound/PulseSimpleLibrary.h"
#include "sound/SoundMessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sys/stat.h>

#include <thread>

namespace mooring::sound {

using namespace Qt::StringLiterals;

QString PulseSink::localServer(const QString& pulseServer, const QString& runtimeDir, QString* why) {
    QString path;
    const QString server = pulseServer.trimmed();
    if (server.startsWith(u"unix:"_s)) {
        path = server.mid(5);
    } else if (server.isEmpty()) {
        if (!runtimeDir.isEmpty()) path = QDir(runtimeDir).filePath(u"pulse/native"_s);
    } else {
        // "tcp:host", a bare host name or a list: any of them may leave this computer.
        *why = QCoreApplication::translate("mooring::sound::PulseSink",
                                           "Sound is set up to go to another computer over the network, and "
                                           "Mooring never uses the network.");
        return {};
    }
    if (path.isEmpty() || !QDir::isAbsolutePath(path)) {
        *why = messages::noOutput();
        return {};
    }
    return u"unix:"_s + path;
}

QString PulseSink::serverFromEnvironment(QString* why) {
    const QString server =
        localServer(qEnvironmentVariable("PULSE_SERVER"), qEnvironmentVariable("XDG_RUNTIME_DIR"), why);
    if (server.isEmpty()) return {};
    struct stat info {};
    if (::stat(QFile::encodeName(server.mid(5)).constData(), &info) != 0 || !S_ISSOCK(info.st_mode)) {
        *why = messages::noOutput();
        return {};
    }
    return server;
}

PulseSink::PulseSink(QString server, const char* streamName) : m_server(std::move(server)), m_streamName(streamName) {}

PulseSink::~PulseSink() {
    if (m_stream) m_pulse->free(m_stream);
}

bool PulseSink::canLoad(QString* why) { return PulseSimpleLibrary::load(why) != nullptr; }

PcmSinkFactory PulseSink::localFactory(const char* streamName, QString* why) {
    const QString server = serverFromEnvironment(why);
    if (server.isEmpty() || !canLoad(why)) return {};
    return [server, streamName] { return std::make_unique<PulseSink>(server, streamName); };
}

bool PulseSink::open(int sampleRate, int channels) {
    if (!m_pulse) m_pulse = PulseSimpleLibrary::load(nullptr);
    if (!m_pulse) return false;
    if (m_stream) m_pulse->free(m_stream);
    const pa_sample_spec spec{PA_SAMPLE_S16LE, static_cast<uint32_t>(sampleRate), static_cast<uint8_t>(channels)};
    // A short buffer (about a fifth of a second) so that stop is heard at once.
    const uint32_t bytes = static_cast<uint32_t>(sampleRate * channels) * 2 / 5;
    const pa_buffer_attr buffer{bytes * 2, bytes, static_cast<uint32_t>(-1), static_cast<uint32_t>(-1),
                                static_cast<uint32_t>(-1)};
    int error = 0;
    m_sampleRate = sampleRate;
    m_channels = channels;
    m_framesWritten = 0;
    m_stream = m_pulse->open(m_server.toUtf8().constData(), "Mooring", PA_STREAM_PLAYBACK, nullptr, m_streamName, &spec,
                             nullptr, &buffer, &error);
    return m_stream != nullptr;
}

bool PulseSink::write(const qint16* samples, int frames) {
    int error = 0;
    if (m_framesWritten == 0) m_firstWrite = std::chrono::steady_clock::now();
    m_framesWritten += frames;
    return m_stream && m_pulse->write(m_stream, samples, static_cast<size_t>(frames * m_channels) * 2, &error) == 0;
}

void PulseSink::drain(const std::atomic<bool>& stopRequested) {
    using namespace std::chrono;
    if (!m_stream || m_sampleRate <= 0) return;
    // Playing starts once the server's buffer (a fifth of a second, see open()) is full.
    const auto heardBy = m_firstWrite + milliseconds(200) + microseconds(m_framesWritten * 1'000'000LL / m_sampleRate);
    while (!stopRequested && steady_clock::now() < heardBy) std::this_thread::sleep_for(milliseconds(10));
    if (stopRequested) return;
    int error = 0;
    m_pulse->drain(m_stream, &error);
}

void PulseSink::discard() {
    int error = 0;
    if (m_stream) m_pulse->flush(m_stream, &error);
}

}  // namespace mooring::sound
