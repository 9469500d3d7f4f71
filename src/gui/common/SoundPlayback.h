#pragma once

#include "sound/PcmSink.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace mooring {

namespace sound {
class SoundPlayer;
}

// Plays one recording or sound of the hope box at a time, from memory, through the
// desktop's sound server, and says each change in the same few words wherever it plays
// (the shelf, the voice note dialog, "What keeps me going"). Each screen shows and
// announces the words its own way; this only finds them.
//
// The sound server is looked for at the first play: most visits play nothing.
class SoundPlayback : public QObject {
    Q_OBJECT
public:
    explicit SoundPlayback(QObject* parent = nullptr);
    ~SoundPlayback() override;

    // Where sounds are heard, for this one only: the desktop's sound server unless set.
    // Takes effect at the next play.
    void setSinkFactory(sound::PcmSinkFactory sinks);
    // Tests: where every playback's sound goes when it has no factory of its own (empty:
    // the sound server again).
    static void setOutputForTests(sound::PcmSinkFactory sinks);

    // Plays `bytes` as `id`, named `name` in what is said; stops whatever played before.
    void play(const QString& id, const QString& name, const QByteArray& bytes);
    // The same, asking `bytes` for them only when `id` is not the sound already held (a
    // stored sound plays again without being read again). `bytes` may throw an Error.
    void play(const QString& id, const QString& name, const std::function<QByteArray()>& bytes);
    // Silence, said as "Stopped." when something played.
    void stop();
    // Silence without a word, for a stop the person did not ask for (moving on, locking).
    void stopQuietly();
    // Silence without a word, and the player goes with the bytes it held (locking).
    void release();

    QString playingId() const { return m_playingId; }  // empty when nothing plays
    bool isPlaying() const { return !m_playingId.isEmpty(); }
    sound::SoundPlayer* player() const { return m_player.get(); }  // nullptr until the first play
    QString lastSaid() const { return m_lastSaid; }

Q_SIGNALS:
    // Playing or not changed; `said` is what to show and what a screen reader should hear
    // (empty after a quiet stop), `problem` when it could not play.
    void changed(const QString& said, bool problem);

private:
    bool makePlayer();
    bool silence();  // true when something played
    void say(const QString& words, bool problem);
    void fail(const QString& why);

    sound::PcmSinkFactory m_sinks;  // set for this one; else the tests' or the server's
    std::unique_ptr<sound::SoundPlayer> m_player;
    QString m_loadedId;  // whose bytes the player holds, when they came from a store
    QString m_playingId;
    QString m_name;
    QString m_lastSaid;
};

}  // namespace mooring
