#include "speech/SpeechDispatcherSpeaker.h"

#include "speech/LocalSpeechSocket.h"
#include "speech/Script.h"
#include "speech/SpeechdLibrary.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <mutex>

namespace mooring::speech {

namespace {

// libspeechd's callbacks carry a client id, no pointer of ours: the open speakers by id.
std::mutex& registryMutex() {
    static std::mutex mutex;
    return mutex;
}
std::map<size_t, SpeechDispatcherSpeaker*>& registry() {
    static std::map<size_t, SpeechDispatcherSpeaker*> speakers;
    return speakers;
}

SPDConnection* link(void* connection) { return static_cast<SPDConnection*>(connection); }

bool isSocket(const QString& path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISSOCK(info.st_mode);
}

QString notAnswering() {
    return QCoreApplication::translate("mooring::speech::SpeechDispatcherSpeaker",
                                       "The system's speech service is not running.");
}

}  // namespace

std::unique_ptr<SpeechDispatcherSpeaker> SpeechDispatcherSpeaker::open(const LocalSpeechSocket& socket, QString* why) {
    if (!socket.isAllowed()) {
        *why = socket.refusal;
        return nullptr;
    }
    if (!isSocket(socket.path)) {
        *why = notAnswering();
        return nullptr;
    }
    const SpeechdLibrary* speechd = SpeechdLibrary::load(why);
    if (!speechd) return nullptr;
    QByteArray path = QFile::encodeName(socket.path);
    SPDConnectionAddress address{};
    address.method = SPD_METHOD_UNIX_SOCKET;
    address.unix_socket_name = path.data();
    char* error = nullptr;
    // autospawn 0: spawning would run SPEECHD_CMD or a dispatcher with its own settings,
    // which may listen on TCP; Mooring only talks to one that is running already.
    SPDConnection* connection = speechd->open("mooring", "read-aloud", nullptr, SPD_MODE_THREADED, &address, 0, &error);
    std::free(error);
    if (!connection) {
        *why = notAnswering();
        return nullptr;
    }
    return std::unique_ptr<SpeechDispatcherSpeaker>(new SpeechDispatcherSpeaker(*speechd, connection));
}

SpeechDispatcherSpeaker::SpeechDispatcherSpeaker(const SpeechdLibrary& speechd, void* connection)
    : m_speechd(speechd), m_connection(connection) {
    SPDConnection* spd = link(m_connection);
    m_clientId = m_speechd.clientId(spd);
    {
        std::lock_guard lock(registryMutex());
        registry()[static_cast<size_t>(m_clientId)] = this;
    }
    const auto callback = [](size_t messageId, size_t clientId, SPDNotificationType state) {
        onMessageEnded(messageId, clientId, static_cast<int>(state));
    };
    spd->callback_end = callback;
    spd->callback_cancel = callback;
    m_speechd.notificationOn(spd, SPD_END);
    m_speechd.notificationOn(spd, SPD_CANCEL);
}

SpeechDispatcherSpeaker::~SpeechDispatcherSpeaker() {
    stop();
    {
        std::lock_guard lock(registryMutex());
        registry().erase(static_cast<size_t>(m_clientId));
    }
    m_speechd.close(link(m_connection));
}

QString SpeechDispatcherSpeaker::engineName() const { return QStringLiteral("speech-dispatcher"); }

int SpeechDispatcherSpeaker::dispatcherRate(int ratePercent) {
    const int percent = std::clamp(ratePercent, 50, 200);
    return percent >= 100 ? percent - 100 : (percent - 100) * 2;
}

void SpeechDispatcherSpeaker::speak(const Script& script, const Voice& voice) {
    stop();
    if (script.isEmpty()) return;
    m_speechd.setLanguage(link(m_connection), voice.language.toUtf8().constData());
    m_speechd.setVoiceRate(link(m_connection), dispatcherRate(voice.ratePercent));
    int last = -1;
    for (const QString& utterance : script.utterances()) {
        const int id = m_speechd.say(link(m_connection), SPD_TEXT, utterance.toUtf8().constData());
        if (id > 0) last = id;
    }
    m_lastMessage = last;
    m_speaking = last > 0;
}

void SpeechDispatcherSpeaker::stop() {
    m_lastMessage = -1;  // an end notification still on its way is no longer ours
    if (!m_speaking) return;
    m_speaking = false;
    m_speechd.cancel(link(m_connection));
}

void SpeechDispatcherSpeaker::onMessageEnded(size_t messageId, size_t clientId, int state) {
    if (state != SPD_EVENT_END) return;  // a cancel is what stop() asked for
    std::lock_guard lock(registryMutex());
    const auto found = registry().find(clientId);
    if (found == registry().end()) return;
    SpeechDispatcherSpeaker* speaker = found->second;
    // From libspeechd's thread to the speaker's own.
    QMetaObject::invokeMethod(
        speaker, [speaker, messageId] { speaker->messageEnded(messageId); }, Qt::QueuedConnection);
}

void SpeechDispatcherSpeaker::messageEnded(size_t messageId) {
    if (!m_speaking || static_cast<int>(messageId) != m_lastMessage) return;
    m_speaking = false;
    m_lastMessage = -1;
    emit finished();
}

}  // namespace mooring::speech
