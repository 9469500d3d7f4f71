#include "speech/LocalSpeechSocket.h"

#include <QCoreApplication>
#include <QDir>

namespace mooring::speech {

using namespace Qt::StringLiterals;

LocalSpeechSocket LocalSpeechSocket::from(const QString& speechdAddress, const QString& runtimeDir) {
    LocalSpeechSocket socket;
    const QString address = speechdAddress.trimmed();
    if (address.startsWith(u"unix_socket:"_s)) {
        socket.path = address.mid(u"unix_socket:"_s.size());
    } else if (address.isEmpty() || address == u"unix_socket"_s) {
        if (!runtimeDir.isEmpty()) socket.path = QDir(runtimeDir).filePath(u"speech-dispatcher/speechd.sock"_s);
    } else {
        socket.refusal = QCoreApplication::translate(
            "mooring::speech::LocalSpeechSocket",
            "The system's speech service is set up to be reached over the network, and Mooring never uses "
            "the network.");
        return socket;
    }
    if (socket.path.isEmpty() || !QDir::isAbsolutePath(socket.path)) {
        socket.path.clear();
        socket.refusal = QCoreApplication::translate("mooring::speech::LocalSpeechSocket",
                                                     "The system's speech service could not be found.");
    }
    return socket;
}

LocalSpeechSocket LocalSpeechSocket::fromEnvironment() {
    return from(qEnvironmentVariable("SPEECHD_ADDRESS"), qEnvironmentVariable("XDG_RUNTIME_DIR"));
}

}  // namespace mooring::speech
