#pragma once

#include "sound/PcmSink.h"

#include <QString>

#include <chrono>

struct pa_simple;

namespace mooring::sound {

struct PulseSimpleLibrary;

// Plays samples through the desktop's sound server (PulseAudio, or PipeWire's PulseAudio
// service) over its local Unix socket only. PULSE_SERVER may name another socket; a TCP
// server there is refused, and with an explicit server the client never spawns one.
class PulseSink final : public PcmSink {
public:
    // "unix:PATH" for the two environment values, or empty (with `why`) when refused or absent.
    static QString localServer(const QString& pulseServer, const QString& runtimeDir, QString* why);
    // The same from the environment, also checking that a socket is there.
    static QString serverFromEnvironment(QString* why);

    // Whether libpulse-simple, opened when first needed, is there; `why` when not.
    static bool canLoad(QString* why);
    // Sinks on the server from the environment, once libpulse-simple is found to be there;
    // an empty factory, with `why` set, when either is missing.
    static PcmSinkFactory localFactory(const char* streamName, QString* why);

    // `streamName` is what the desktop's volume control shows beside "Mooring".
    explicit PulseSink(QString server, const char* streamName = "Read aloud");
    ~PulseSink() override;

    bool open(int sampleRate, int channels) override;
    bool write(const qint16* samples, int frames) override;
    void drain(const std::atomic<bool>& stopRequested) override;
    void discard() override;

private:
    QString m_server;
    const char* m_streamName;
    const PulseSimpleLibrary* m_pulse = nullptr;  // set by the first open()
    pa_simple* m_stream = nullptr;
    // When the sound written so far will have been heard: a drain waits for it in short
    // steps, so a stop comes through, and asks the server only for the last bit.
    int m_sampleRate = 0;
    int m_channels = 1;
    long long m_framesWritten = 0;
    std::chrono::steady_clock::time_point m_firstWrite;
};

}  // namespace mooring::sound
