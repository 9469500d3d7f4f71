#pragma once

#include "sound/PcmSink.h"

#include <QObject>
#include <QString>

#include <memory>

namespace mooring {

namespace sound {
class SoundPlayer;
}

// Plays one recording or sound of the shelf at a time, from memory, through the desktop's
// sound server. Says each change in words (for the shelf's LiveNotice and its banner).
class ShelfPlayback : public QObject {
    Q_OBJECT
public:
    explicit ShelfPlayback(QObject* parent = nullptr);
    ~ShelfPlayback() override;

    // Plays `bytes` as `id` (named `name` in what is said); stops whatever played before.
    void play(const QString& id, const QString& name, const QByteArray& bytes);
    void stop();
    QString playingId() const { return m_playingId; }  // empty when nothing plays

    // Tests: where sound goes instead of the sound server (empty: the real one again).
    static void setOutputForTests(sound::PcmSinkFactory sinks);

Q_SIGNALS:
    // `playing` changed; `said` is what a screen reader should hear, `problem` when it failed.
    void changed(const QString& said, bool problem);

private:
    std::unique_ptr<sound::SoundPlayer> m_player;
    QString m_playingId;
    QString m_name;
};

}  // namespace mooring
