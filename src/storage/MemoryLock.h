#pragma once

namespace mooring {

// What keepMemoryOutOfSwap() could do on this system.
enum class MemoryLock {
    Everything,  // every page of the program, now and later, stays in RAM (mlockall)
    NotAllowed,  // the account's limit for locked memory is too small (the usual case)
    Refused,     // allowed, but the system said no (not enough RAM, say)
    Skipped,     // a sanitizer build: its shadow memory must stay free to be released
};

// Called at start by the window program, before anything personal is read: while Mooring
// runs, none of its memory (the person's words on screen included) is written to swap,
// where the system allows that. Only done when no limit can be reached later: with a
// limit, a future allocation past it would fail instead of being swapped. Keys and
// passphrases are locked on their own either way (SecureBuffer).
MemoryLock keepMemoryOutOfSwap();

}  // namespace mooring
