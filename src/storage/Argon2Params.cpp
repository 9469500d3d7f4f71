#include "storage/Argon2Params.h"

#include "storage/SecureBuffer.h"
#include "storage/Sodium.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <optional>

namespace mooring {

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

// One derivation with throw-away input: only its duration matters.
std::chrono::nanoseconds measureDerivation(const Argon2Params& params) {
    ensureSodium();
    SecureBuffer out(32);
    const unsigned char salt[crypto_pwhash_argon2id_SALTBYTES] = {};
    const char password[] = "calibration";
    const auto start = std::chrono::steady_clock::now();
    if (crypto_pwhash(out.uchars(), out.size(), password, sizeof password - 1, salt, params.opsLimit,
                      params.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::bad_alloc();  // libsodium fails here only when the memory cannot be had
    return std::chrono::steady_clock::now() - start;
}

double millis(std::chrono::nanoseconds d) { return std::chrono::duration<double, std::milli>(d).count(); }

}  // namespace

bool Argon2Params::isWithinFileLimits() const noexcept {
    return opsLimit >= kMinOpsLimit && opsLimit <= kMaxOpsLimit && memLimitBytes >= kMinMemLimitBytes &&
           memLimitBytes <= kMaxMemLimitBytes;
}

bool Argon2Params::isBelowFloor() const noexcept {
    return opsLimit < kCalibratedMinOpsLimit || memLimitBytes < kCalibratedMinMemLimitBytes;
}

Argon2Params Argon2Params::floor() { return {kCalibratedMinOpsLimit, kCalibratedMinMemLimitBytes}; }

Argon2Params Argon2Params::calibrate(std::chrono::milliseconds low, std::chrono::milliseconds high) {
    return calibrateWith(low, high, measureDerivation);
}

Argon2Params Argon2Params::calibrateWith(std::chrono::milliseconds low, std::chrono::milliseconds high,
                                         const std::function<std::chrono::nanoseconds(const Argon2Params&)>& measure) {
    if (high < low) std::swap(low, high);
    const double lowMs = static_cast<double>(low.count());
    const double highMs = static_cast<double>(high.count());
    const double targetMs = (lowMs + highMs) / 2.0;

    Argon2Params params = floor();
    std::optional<Argon2Params> best;
    double bestDistance = 0.0;
    // A handful of rounds: time grows about linearly with ops and memory, so each round
    // lands close; the cap keeps a noisy machine from looping.
    for (int round = 0; round < 8; ++round) {
        const double ms = std::max(millis(measure(params)), 0.001);
        if (ms >= lowMs && ms <= highMs) return params;
        // Remember the candidate closest to the target on a log scale.
        const double distance = std::abs(std::log(ms / targetMs));
        if (!best || distance < bestDistance) {
            best = params;
            bestDistance = distance;
        }
        // The floor is never weakened: a slow machine simply waits a little longer.
        if (ms > highMs && params == floor()) return params;

        double ops = static_cast<double>(params.opsLimit) * (targetMs / ms);
        std::size_t mem = params.memLimitBytes;
        // Prefer memory over passes once the passes get many: memory is what slows attackers.
        while (ops > static_cast<double>(kCalibratedMaxOpsLimit) && mem * 2 <= kCalibratedMaxMemLimitBytes) {
            mem *= 2;
            ops /= 2.0;
        }
        while (ops < static_cast<double>(kCalibratedMinOpsLimit) && mem / 2 >= kCalibratedMinMemLimitBytes) {
            mem /= 2;
            ops *= 2.0;
        }
        const Argon2Params next{
            static_cast<std::uint64_t>(std::clamp(std::llround(ops), static_cast<long long>(kCalibratedMinOpsLimit),
                                                  static_cast<long long>(kCalibratedMaxOpsLimit))),
            mem};
        if (next == params) break;  // clamped at a bound: no better choice exists
        params = next;
    }
    return best.value_or(params);
}

Argon2Params Argon2Params::forTests() {
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

Argon2Params Argon2Params::forRecoveryCode(const Argon2Params& passphraseParams) {
    return {std::min<std::uint64_t>(passphraseParams.opsLimit, kRecoveryOpsLimit),
            std::min(passphraseParams.memLimitBytes, kRecoveryMemLimitBytes)};
}

static_assert(Argon2Params::kCalibratedMinMemLimitBytes == 64 * kMiB);
static_assert(Argon2Params::kMinOpsLimit == crypto_pwhash_argon2id_OPSLIMIT_MIN);
static_assert(Argon2Params::kMinMemLimitBytes == crypto_pwhash_argon2id_MEMLIMIT_MIN);
static_assert(Argon2Params::kCalibratedMinOpsLimit == crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE);
static_assert(Argon2Params::kCalibratedMinMemLimitBytes == crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE);
static_assert(Argon2Params::kMaxMemLimitBytes <= crypto_pwhash_argon2id_MEMLIMIT_MAX);
// The recovery slot's fixed cost is always readable back.
static_assert(Argon2Params::kRecoveryOpsLimit <= Argon2Params::kMaxOpsLimit &&
              Argon2Params::kRecoveryMemLimitBytes <= Argon2Params::kMaxMemLimitBytes);

}  // namespace mooring
