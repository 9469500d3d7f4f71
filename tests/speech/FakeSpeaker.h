#pragma once

// A Speaker for tests: it records what it was asked to read and reads nothing aloud. A test
// plays the listener: finishReading() is the moment the last word was heard.
#include "speech/Script.h"
#include "speech/Speaker.h"

#include <QStringList>

namespace mooring::test {

class FakeSpeaker final : public speech::Speaker {
public:
    QString engineName() const override { return QStringLiteral("fake"); }
    void speak(const speech::Script& script, const speech::Voice& voice) override {
        stop();
        spoken = script.utterances();
        lastVoice = voice;
        speaking = !spoken.isEmpty();
    }
    void stop() override {
        if (speaking) ++stops;
        speaking = false;
    }
    bool isSpeaking() const override { return speaking; }

    // Only what is still being read can come to its end.
    void finishReading() {
        if (!speaking) return;
        speaking = false;
        emit finished();
    }

    QStringList spoken;  // the utterances of the last script, in order
    speech::Voice lastVoice;
    int stops = 0;  // how many readings were cut short
    bool speaking = false;
};

}  // namespace mooring::test
