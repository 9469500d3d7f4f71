#pragma once

#include <sodium.h>

namespace mooring {

// Initialises libsodium once; throws if the library cannot start (no usable randomness).
void ensureSodium();

}  // namespace mooring
