#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>

namespace mooring::sound {

// Where recorded sound comes from: 16-bit mono samples, read on the recorder's thread.
// Every call comes from that one thread, from open() to the destructor.
class PcmSource {
public:
    virtual ~PcmSource() = default;
    // False, with `why` set to a sentence fit to show, when there is nothing to record from
    // (no sound server, no microphone).
    virtual bool open(int sampleRate, QString* why) = 0;
    // Fills `frames` samples, waiting until they are recorded; false when the input went away.
    virtual bool read(qint16* samples, int frames) = 0;
};

// Makes a source, on the thread that will use it.
using PcmSourceFactory = std::function<std::unique_ptr<PcmSource>()>;

}  // namespace mooring::sound
