#pragma once

#include "storage/Argon2Params.h"
#include "storage/ProfilePaths.h"

#include <optional>

namespace mooring {

// What a screen needs to create or open the profile: where it is, and (in tests) the
// key-derivation cost to use instead of calibrating.
struct ProfileAccess {
    ProfilePaths paths;
    std::optional<Argon2Params> argon2;  // empty: calibrate on this machine

    // Slow when calibrating (0.5-1 s): call it off the GUI thread.
    Argon2Params passphraseParams() const { return argon2 ? *argon2 : Argon2Params::calibrate(); }
};

}  // namespace mooring
