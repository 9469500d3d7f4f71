#pragma once

#include <QtGlobal>

#include <atomic>

namespace mooring::sound {

// Where synthesized sound goes: 16-bit mono samples, written from the synthesizer's thread.
// Every call comes from that one thread, from open() to close().
class PcmSink {
public:
    virtual ~PcmSink() = default;
    virtual bool open(int sampleRate) = 0;
    // May block until the output has room; returns false when the output went away.
    virtual bool write(const qint16* samples, int count) = 0;
    // Waits until everything written has been heard, or until `stopRequested` is set: the
    // last words of a sentence can take a second to play, and F12 must not wait for them.
    virtual void drain(const std::atomic<bool>& stopRequested) = 0;
    // Drops what was written but not heard yet (stop).
    virtual void discard() = 0;
};

}  // namespace mooring::sound
