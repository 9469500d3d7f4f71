#pragma once

#include <QString>

namespace mooring::speech {

// Where Mooring may reach speech-dispatcher: its Unix socket on this computer, never a TCP
// address. speech-dispatcher clients read SPEECHD_ADDRESS ("unix_socket:PATH" or
// "inet_socket:HOST:PORT"); without it the socket is $XDG_RUNTIME_DIR/speech-dispatcher/
// speechd.sock. An inet address is refused, not followed (docs/security.md).
struct LocalSpeechSocket {
    QString path;     // empty when refused
    QString refusal;  // why, in plain words, when refused

    bool isAllowed() const { return !path.isEmpty(); }

    // From the two environment values (either may be empty).
    static LocalSpeechSocket from(const QString& speechdAddress, const QString& runtimeDir);
    static LocalSpeechSocket fromEnvironment();
};

}  // namespace mooring::speech
