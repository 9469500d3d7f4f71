#pragma once

#include "sound/PcmSource.h"
#include "sound/WorkerThreads.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace mooring::sound {

// Records a voice from a PcmSource (the microphone, or a made-up one in tests) on a thread
// of its own: mono, 48 kHz, encoded to Ogg Opus in memory as it comes (32 kb/s, about
// 240 kB a minute), never written to a file. It stops by itself at a length limit.
//
// Like SoundPlayer, cancel() and the destructor never wait for the input (WorkerThreads
// says why); what a cancelled worker recorded is dropped with it.
class VoiceRecorder final : public QObject {
    Q_OBJECT
public:
    // Idle: nothing recorded (or cancelled). Finished: recording() holds the Ogg Opus bytes;
    // message() may say why it ended (the limit, a microphone that went away). Failed: no
    // recording, and message() says why.
    enum class State { Idle, Recording, Finished, Failed };
    Q_ENUM(State)

    // The longest a recording can be unless the caller sets another limit; the window says
    // it before recording starts.
    static constexpr std::chrono::seconds kDefaultLimit{180};
    static constexpr int kSampleRate = 48000;

    explicit VoiceRecorder(PcmSourceFactory sources, QObject* parent = nullptr);
    ~VoiceRecorder() override;

    // For the next start(); at least a second.
    void setLimit(std::chrono::milliseconds limit);
    std::chrono::milliseconds limit() const { return m_limit; }

    // Starts a new recording, dropping one made before.
    void start();
    // Ends the recording: the state becomes Finished a moment later (the encoder's last
    // pages), with recording() ready.
    void stop();
    // Drops what is being or was recorded, back to Idle at once.
    void cancel();

    State state() const { return m_state; }
    QString message() const { return m_message; }
    // How loud the last tenth of a second was, 0 (silence) to 1 (as loud as it can be
    // recorded), on a decibel scale as a meter shows it; levelChanged() brings it too.
    double level() const;
    std::chrono::milliseconds elapsed() const;

    // The Ogg Opus bytes and their length once Finished; empty otherwise.
    QByteArray recording() const { return m_recording; }
    std::chrono::milliseconds recordedLength() const { return m_recordedLength; }

signals:
    void stateChanged(mooring::sound::VoiceRecorder::State state, const QString& message);
    // About ten times a second while recording.
    void levelChanged(double level, std::chrono::milliseconds elapsed);

private:
    struct Run;  // what one worker shares with the recorder

    // The worker: records and encodes until stopped or at the limit, then hands the bytes
    // to the recorder, if it still listens.
    static void work(const std::shared_ptr<Run>& run, const PcmSourceFactory& sources);
    void setState(State state, const QString& message = {});
    void dropRun();
    // Back on the recorder's thread.
    void runProgressed(int generation);
    void runEnded(int generation, const QByteArray& bytes, qint64 frames, const QString& failure, const QString& note);

    PcmSourceFactory m_sources;
    std::chrono::milliseconds m_limit = kDefaultLimit;
    std::shared_ptr<Run> m_run;  // the current worker's
    WorkerThreads m_workers;
    int m_generation = 0;
    State m_state = State::Idle;
    QString m_message;
    QByteArray m_recording;
    std::chrono::milliseconds m_recordedLength{0};
};

}  // namespace mooring::sound
