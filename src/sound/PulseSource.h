#pragma once

#include "sound/PcmSource.h"

#include <QString>

struct pa_simple;

namespace mooring::sound {

struct PulseSimpleLibrary;

// Records from the desktop's default input (the microphone) through its sound server, over
// the same local Unix socket only as PulseSink (which says how the server is found and why
// a network server is refused). The samples go to the recorder in memory, nowhere else.
class PulseSource final : public PcmSource {
public:
    // Sources on the server from the environment, once libpulse-simple is found to be
    // there; an empty factory, with `why` set, when either is missing.
    static PcmSourceFactory localFactory(QString* why);

    explicit PulseSource(QString server);
    ~PulseSource() override;

    bool open(int sampleRate, QString* why) override;
    bool read(qint16* samples, int frames) override;

private:
    QString m_server;
    const PulseSimpleLibrary* m_pulse = nullptr;  // set by open()
    pa_simple* m_stream = nullptr;
};

}  // namespace mooring::sound
