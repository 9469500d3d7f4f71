#include "gui/common/ReadAloud.h"

#include "speech/Script.h"
#include "storage/ProfileSettings.h"

#include <QLocale>

namespace mooring {

ReadAloud::ReadAloud(ProfileSettings& settings, QObject* parent, Chooser chooser)
    : QObject(parent), m_settings(settings), m_chooser(std::move(chooser)) {
    if (!m_chooser) m_chooser = &speech::SpeakerChoice::forThisComputer;
}

ReadAloud::~ReadAloud() {
    if (m_choice.speaker) m_choice.speaker->stop();
}

bool ReadAloud::isOffered() const { return m_settings.readAloud(); }

bool ReadAloud::chooseSpeaker() {
    if (!m_chosen) {
        // Once: the answer does not change while Mooring runs, and asking costs a moment.
        m_chosen = true;
        m_choice = m_chooser();
        if (m_choice.speaker) {
            m_choice.speaker->setParent(nullptr);
            connect(m_choice.speaker.get(), &speech::Speaker::finished, this, [this] {
                if (m_reader) Q_EMIT finishedReading(m_reader);
            });
        }
    }
    return m_choice.speaker != nullptr;
}

bool ReadAloud::read(const speech::Script& script, QObject* reader) {
    if (!chooseSpeaker()) return false;
    const bool changed = m_reader != reader;
    m_reader = reader;
    if (changed) Q_EMIT readerChanged(reader);
    m_choice.speaker->speak(script, voice());
    return true;
}

void ReadAloud::stopReading() {
    // Nothing is chosen or started here: silencing must never wait for an engine.
    if (m_choice.speaker) m_choice.speaker->stop();
    if (!m_reader) return;
    m_reader = nullptr;
    Q_EMIT readerChanged(nullptr);
}

bool ReadAloud::isReading() const { return m_choice.speaker && m_choice.speaker->isSpeaking(); }

speech::Voice ReadAloud::voice() const {
    speech::Voice voice;
    const QString chosen = m_settings.readAloudVoice();
    // "" follows the language Mooring is shown in (Translations makes it the default locale).
    voice.language = chosen.isEmpty() ? QLocale().name().section(u'_', 0, 0) : chosen;
    if (voice.language.isEmpty() || voice.language == u"C") voice.language = QStringLiteral("en");
    voice.ratePercent = m_settings.readAloudRatePercent();
    return voice;
}

}  // namespace mooring
