#pragma once

#include "speech/Speaker.h"
#include "speech/SpeakerChoice.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace mooring {

class ProfileSettings;

namespace speech {
class Script;
}

// The one voice of "Read this to me": the help screen's panels, the library and the
// settings' "Try it" share it, so only one thing is ever read at a time. The engine is
// chosen the first time something is to be read, never at start-up (SpeakerChoice); when
// none is available, unavailableReason() says so in kind words. stopReading() silences it
// at once (F12, locking) and is safe to call when nothing is being read.
class ReadAloud : public QObject {
    Q_OBJECT
public:
    using Chooser = std::function<speech::SpeakerChoice()>;

    // Without a chooser, SpeakerChoice::forThisComputer(); tests give a fake speaker.
    explicit ReadAloud(ProfileSettings& settings, QObject* parent = nullptr, Chooser chooser = {});
    ~ReadAloud() override;

    // Whether "Read this to me" is offered at all: the person turned it on in settings.
    bool isOffered() const;
    // Reads the script for `reader` (the control that asked), replacing what was read.
    // False, reading nothing, when this computer has no voice: see unavailableReason().
    bool read(const speech::Script& script, QObject* reader);
    void stopReading();
    bool isReading() const;
    QObject* currentReader() const { return m_reader; }
    QString unavailableReason() const { return m_choice.unavailableReason; }
    // The voice the settings ask for: their language, or the program's, at their speed.
    speech::Voice voice() const;

Q_SIGNALS:
    // Another control took over, or stopReading() was called: the one that read stops.
    void readerChanged(QObject* reader);
    // What `reader` asked for was read to its end.
    void finishedReading(QObject* reader);

private:
    bool chooseSpeaker();

    ProfileSettings& m_settings;
    Chooser m_chooser;
    bool m_chosen = false;
    speech::SpeakerChoice m_choice;
    QPointer<QObject> m_reader;
};

}  // namespace mooring
