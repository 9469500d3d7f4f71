#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace mooring {

// Cost of one Argon2id derivation (crypto_pwhash, ALG_ARGON2ID13).
struct Argon2Params {
    std::uint64_t opsLimit = 0;
    std::size_t memLimitBytes = 0;

    // At least 64 MiB, calibrated so one derivation takes 0.5-1.0 s here. Slow: call it
    // off the GUI thread.
    static Argon2Params calibrate(std::chrono::milliseconds low = std::chrono::milliseconds(500),
                                  std::chrono::milliseconds high = std::chrono::milliseconds(1000));
    // Cheap parameters for tests only (STYLE.md: tests use fast KDF parameters).
    static Argon2Params forTests();

    bool operator==(const Argon2Params&) const = default;
};

}  // namespace mooring
