#pragma once

#include "sound/PcmSink.h"
#include "sound/WorkerThreads.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace mooring::sound {

class SoundDecoder;

// Plays a sound held in memory (Ogg Opus or WAV bytes from the safety box, never a file)
// through a PcmSink, on a thread of its own. A worker decodes a fiftieth of a second at a
// time and checks between blocks whether it is to pause or stop, so both are heard at once.
//
// stop() and the destructor never wait for the worker (WorkerThreads says why): a stopped
// worker drops what it wrote and ends by itself after its current write.
class SoundPlayer final : public QObject {
    Q_OBJECT
public:
    // Stopped: at the start (nothing loaded yet, or after stop()). Finished: played to the
    // end. Failed: could not be played; message() says why in words fit to show.
    enum class State { Stopped, Playing, Paused, Finished, Failed };
    Q_ENUM(State)

    // Makes the sink for each play from the start; called on the worker's thread.
    using SinkFactory = PcmSinkFactory;

    explicit SoundPlayer(SinkFactory sinks, QObject* parent = nullptr);
    ~SoundPlayer() override;

    // Takes the bytes to play, stopping what was playing. False when they cannot be played:
    // the state is then Failed with message() saying why (a format Mooring does not play, a
    // damaged file).
    bool load(const QByteArray& bytes);
    // From the start, on from a pause, or again from the start once finished.
    void play();
    void pause();
    // Silence at once and back to the start. Safe to call in any state.
    void stop();

    State state() const { return m_state; }
    QString message() const { return m_message; }
    // How much has been handed to the sound output: within a fifth of a second of what has
    // been heard.
    std::chrono::milliseconds position() const;
    std::chrono::milliseconds length() const { return m_length; }

signals:
    // Every change of state, with message() for Failed (empty otherwise). Emitted on the
    // player's thread, also for Finished and Failed found by the worker.
    void stateChanged(mooring::sound::SoundPlayer::State state, const QString& message);

private:
    struct Run;  // what one worker shares with the player

    // The worker: plays the run's decoder into a sink from `sinks`, then tells the player,
    // if it still listens.
    static void work(const std::shared_ptr<Run>& run, const SinkFactory& sinks);
    void setState(State state, const QString& message = {});
    void startRun();
    void stopRun();
    // Back on the player's thread when the worker `generation` is done.
    void runEnded(int generation, const QString& failure);

    SinkFactory m_sinks;
    QByteArray m_bytes;
    std::chrono::milliseconds m_length{0};
    std::shared_ptr<Run> m_run;  // the current worker's
    WorkerThreads m_workers;
    int m_generation = 0;
    State m_state = State::Stopped;
    QString m_message;
    qint64 m_pausedFrames = 0;  // where a finished or stopped run left the position
    int m_sampleRate = 48000;
};

}  // namespace mooring::sound
