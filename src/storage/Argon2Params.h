#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace mooring {

// Cost of one Argon2id derivation (crypto_pwhash, ALG_ARGON2ID13).
struct Argon2Params {
    std::uint64_t opsLimit = 0;
    std::size_t memLimitBytes = 0;

    // At least 64 MiB, calibrated so one derivation takes 0.5-1.0 s here. Slow: call it
    // off the GUI thread.
    static Argon2Params calibrate(std::chrono::milliseconds low = std::chrono::milliseconds(500),
                                  std::chrono::milliseconds high = std::chrono::milliseconds(1000));
    // Cheap parameters for tests only (CONTRIBUTING.md, "Tests": tests use fast KDF parameters).
    static Argon2Params forTests();

    // The calibration loop with the clock injected: measure() returns how long one
    // derivation with the given parameters takes. calibrate() passes a real derivation.
    static Argon2Params calibrateWith(std::chrono::milliseconds low, std::chrono::milliseconds high,
                                      const std::function<std::chrono::nanoseconds(const Argon2Params&)>& measure);
    // The weakest parameters calibrate() ever returns (libsodium's "interactive" level).
    static Argon2Params floor();
    // The recovery code is high-entropy, so its slot uses modest fixed parameters, never
    // dearer than the passphrase's (tests stay fast with forTests()).
    static Argon2Params forRecoveryCode(const Argon2Params& passphraseParams);

    // What a key file or a protected export may state; anything else is treated as damage
    // before any derivation. The ceiling is exactly the most calibrate() can ever return
    // (the recovery parameters and forTests() lie below it): no file Mooring writes goes
    // higher, so a file that does was not made by Mooring and must not cost more time or
    // memory than Mooring's own dearest derivation.
    bool isWithinFileLimits() const noexcept;
    // Weaker than anything calibrate() returns: forTests() (MOORING_INSECURE_FAST_KDF) or
    // a hand-made file. A passphrase slot like this is only weakly protected.
    bool isBelowFloor() const noexcept;

    static constexpr std::uint64_t kCalibratedMinOpsLimit = 2;
    static constexpr std::uint64_t kCalibratedMaxOpsLimit = 32;
    static constexpr std::size_t kCalibratedMinMemLimitBytes = std::size_t{64} << 20;  // 64 MiB
    static constexpr std::size_t kCalibratedMaxMemLimitBytes = std::size_t{1} << 30;   // 1 GiB
    static constexpr std::uint64_t kMinOpsLimit = 1;  // crypto_pwhash_argon2id_OPSLIMIT_MIN
    static constexpr std::uint64_t kMaxOpsLimit = kCalibratedMaxOpsLimit;
    static constexpr std::size_t kMinMemLimitBytes = 8192;  // crypto_pwhash_argon2id_MEMLIMIT_MIN
    static constexpr std::size_t kMaxMemLimitBytes = kCalibratedMaxMemLimitBytes;
    static constexpr std::uint64_t kRecoveryOpsLimit = 2;
    static constexpr std::size_t kRecoveryMemLimitBytes = std::size_t{64} << 20;

    bool operator==(const Argon2Params&) const = default;
};

}  // namespace mooring
