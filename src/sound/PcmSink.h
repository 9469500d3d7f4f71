#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

namespace mooring::sound {

// Where sound goes to be heard: 16-bit samples, mono or stereo (interleaved), written from
// the thread that makes them (a synthesizer, a player). Every call comes from that one
// thread, from open() to the destructor.
class PcmSink {
public:
    virtual ~PcmSink() = default;
    // `channels` is 1 or 2.
    virtual bool open(int sampleRate, int channels) = 0;
    // `frames` frames of `channels` samples each. May block until the output has room;
    // returns false when the output went away.
    virtual bool write(const qint16* samples, int frames) = 0;
    // Waits until everything written has been heard, or until `stopRequested` is set: the
    // last words of a sentence can take a second to play, and F12 must not wait for them.
    virtual void drain(const std::atomic<bool>& stopRequested) = 0;
    // Drops what was written but not heard yet (stop).
    virtual void discard() = 0;
};

// Makes a sink, on the thread that will use it.
using PcmSinkFactory = std::function<std::unique_ptr<PcmSink>()>;

}  // namespace mooring::sound
