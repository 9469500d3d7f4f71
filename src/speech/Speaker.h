#pragma once

#include <QObject>
#include <QString>

namespace mooring::speech {

class Script;

// How the words are read: a language code ("en", "de") and a speed, 100 being the engine's
// ordinary pace. The profile's settings hold both (ProfileSettings).
struct Voice {
    QString language = QStringLiteral("en");
    int ratePercent = 100;
};

// Something that reads a Script aloud. It takes a Script, never bare text, so only what a
// Script accepts can ever be spoken (Script.h says what that is).
class Speaker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Speaker() override;

    // A short name for a settings screen: "speech-dispatcher", "espeak-ng".
    virtual QString engineName() const = 0;

    // Reads the script's utterances in order, replacing whatever was being read.
    virtual void speak(const Script& script, const Voice& voice) = 0;
    // Silence at once (F12, locking): nothing more is heard and finished() is not emitted
    // for what was cut short. Safe to call when nothing is being read.
    virtual void stop() = 0;
    virtual bool isSpeaking() const = 0;

signals:
    // The last utterance was read to its end.
    void finished();
};

}  // namespace mooring::speech
