#include "gui/hopebox/ShelfPlayback.h"

#include "sound/PulseSink.h"
#include "sound/SoundMessages.h"
#include "sound/SoundPlayer.h"

namespace mooring {

using sound::SoundPlayer;

namespace {

sound::PcmSinkFactory& testOutput() {
    static sound::PcmSinkFactory sinks;
    return sinks;
}

}  // namespace

ShelfPlayback::ShelfPlayback(QObject* parent) : QObject(parent) {}

ShelfPlayback::~ShelfPlayback() = default;

void ShelfPlayback::setOutputForTests(sound::PcmSinkFactory sinks) { testOutput() = std::move(sinks); }

void ShelfPlayback::play(const QString& id, const QString& name, const QByteArray& bytes) {
    stop();
    if (!m_player) {
        // Looked for when first needed: most visits to the box play nothing.
        QString why;
        sound::PcmSinkFactory sinks = testOutput() ? testOutput() : sound::PulseSink::localFactory("Safety box", &why);
        if (!sinks) {
            Q_EMIT changed(tr("Mooring can't play sounds here: %1").arg(sound::messages::noOutput()), true);
            return;
        }
        m_player = std::make_unique<SoundPlayer>(std::move(sinks));
        connect(m_player.get(), &SoundPlayer::stateChanged, this,
                [this](SoundPlayer::State state, const QString& message) {
                    if (m_playingId.isEmpty()) return;
                    if (state == SoundPlayer::State::Finished) {
                        m_playingId.clear();
                        Q_EMIT changed(tr("Finished playing %1.").arg(m_name), false);
                    } else if (state == SoundPlayer::State::Failed) {
                        m_playingId.clear();
                        Q_EMIT changed(message, true);
                    }
                });
    }
    m_playingId = id;
    m_name = name;
    if (!m_player->load(bytes)) return;  // Failed, said through stateChanged
    m_player->play();
    Q_EMIT changed(tr("Playing %1.").arg(name), false);
}

void ShelfPlayback::stop() {
    if (m_playingId.isEmpty()) return;
    m_playingId.clear();
    if (m_player) m_player->stop();
    Q_EMIT changed(tr("Stopped."), false);
}

}  // namespace mooring
