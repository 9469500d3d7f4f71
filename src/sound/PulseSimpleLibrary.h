#pragma once

#include <pulse/simple.h>

#include <QString>

namespace mooring::sound {

// The libpulse-simple functions PulseSink and PulseSource use, opened the first time sound
// is played or recorded (RuntimeLibrary says why it is not linked).
struct PulseSimpleLibrary {
    decltype(&pa_simple_new) open;
    decltype(&pa_simple_free) free;
    decltype(&pa_simple_write) write;
    decltype(&pa_simple_drain) drain;
    decltype(&pa_simple_flush) flush;
    decltype(&pa_simple_read) read;

    // Opened once per process; null, with `why` set, when the library or a function is missing.
    static const PulseSimpleLibrary* load(QString* why);
};

}  // namespace mooring::sound
