#pragma once

#include "speech/Speaker.h"

#include <memory>

namespace mooring::speech {

struct LocalSpeechSocket;
struct SpeechdLibrary;

// Reads through speech-dispatcher, the voice the desktop and its screen reader already use,
// reached only over its local Unix socket (LocalSpeechSocket). It never starts a
// dispatcher of its own: one that is not running already is simply not used.
class SpeechDispatcherSpeaker final : public Speaker {
    Q_OBJECT
public:
    // Connects to the dispatcher at `socket`; null, with `why` set, when none answers there.
    static std::unique_ptr<SpeechDispatcherSpeaker> open(const LocalSpeechSocket& socket, QString* why);
    ~SpeechDispatcherSpeaker() override;

    QString engineName() const override;
    void speak(const Script& script, const Voice& voice) override;
    void stop() override;
    bool isSpeaking() const override { return m_speaking; }

    // speech-dispatcher's rate (-100..100) for a speed in percent (50..200; 100 is 0).
    static int dispatcherRate(int ratePercent);

private:
    // libspeechd's SPDConnection is a typedef of an unnamed struct, which cannot be declared
    // here: the connection is kept untyped and cast back in the .cpp only.
    SpeechDispatcherSpeaker(const SpeechdLibrary& speechd, void* connection);
    static void onMessageEnded(size_t messageId, size_t clientId, int state);
    void messageEnded(size_t messageId);

    const SpeechdLibrary& m_speechd;
    void* m_connection;
    int m_clientId = 0;
    int m_lastMessage = -1;  // the id of the script's last utterance
    bool m_speaking = false;
};

}  // namespace mooring::speech
