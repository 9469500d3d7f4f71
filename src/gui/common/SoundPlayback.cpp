#include "gui/common/SoundPlayback.h"

#include "domain/Error.h"
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

SoundPlayback::SoundPlayback(QObject* parent) : QObject(parent) {}

// The player never waits for its worker; deleting it silences it at once.
SoundPlayback::~SoundPlayback() = default;

void SoundPlayback::setOutputForTests(sound::PcmSinkFactory sinks) { testOutput() = std::move(sinks); }

void SoundPlayback::setSinkFactory(sound::PcmSinkFactory sinks) {
    release();  // the next play makes a player with these
    m_sinks = std::move(sinks);
}

void SoundPlayback::release() {
    stopQuietly();
    m_player.reset();
    m_loadedId.clear();
}

bool SoundPlayback::makePlayer() {
    if (m_player) return true;
    sound::PcmSinkFactory sinks = m_sinks ? m_sinks : testOutput();
    if (!sinks) {
        QString why;
        sinks = sound::PulseSink::localFactory("Hope box", &why);
        // Not kept without a server, so one started later is found at the next play.
        if (!sinks) {
            fail(why.isEmpty() ? sound::messages::noOutput() : why);
            return false;
        }
    }
    m_player = std::make_unique<SoundPlayer>(std::move(sinks));
    connect(m_player.get(), &SoundPlayer::stateChanged, this, [this](SoundPlayer::State state, const QString& why) {
        if (m_playingId.isEmpty()) return;  // a stop already said, or a quiet one
        if (state == SoundPlayer::State::Finished) {
            m_playingId.clear();
            say(tr("Finished playing \u201c%1\u201d.").arg(m_name), false);
        } else if (state == SoundPlayer::State::Failed) {
            fail(why);
        }
    });
    return true;
}

void SoundPlayback::play(const QString& id, const QString& name, const QByteArray& bytes) {
    m_loadedId.clear();  // given anew: never the bytes held before, even under the same id
    play(id, name, [&bytes] { return bytes; });
}

void SoundPlayback::play(const QString& id, const QString& name, const std::function<QByteArray()>& bytes) {
    silence();  // the words for the new one follow at once
    m_name = name;
    if (!makePlayer()) return;
    m_playingId = id;
    if (m_loadedId != id) {
        m_loadedId.clear();
        try {
            if (!m_player->load(bytes())) return;  // Failed, said through stateChanged
        } catch (const Error& e) {
            return fail(e.message());
        }
        m_loadedId = id;
    }
    m_player->play();
    say(tr("Playing \u201c%1\u201d.").arg(name), false);
}

void SoundPlayback::stop() {
    if (silence()) say(tr("Stopped."), false);
}

void SoundPlayback::stopQuietly() {
    if (silence()) say(QString(), false);
}

bool SoundPlayback::silence() {
    if (!isPlaying()) return false;
    m_playingId.clear();  // first: the player's own Stopped is then not said again
    if (m_player) m_player->stop();
    return true;
}

void SoundPlayback::fail(const QString& why) {
    m_playingId.clear();
    say(tr("Could not play: %1").arg(why), true);
}

void SoundPlayback::say(const QString& words, bool problem) {
    m_lastSaid = words;
    Q_EMIT changed(words, problem);
}

}  // namespace mooring
