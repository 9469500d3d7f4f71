#include "storage/Argon2Params.h"

#include <catch2/catch.hpp>

#include <chrono>

using mooring::Argon2Params;
using namespace std::chrono_literals;

namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;

// A machine where one pass over 64 MiB takes `perPass64`: time grows with passes and memory.
auto linearMachine(std::chrono::nanoseconds perPass64, int* calls = nullptr) {
    return [perPass64, calls](const Argon2Params& p) {
        if (calls) ++*calls;
        const double scale = static_cast<double>(p.opsLimit) * static_cast<double>(p.memLimitBytes) / (64.0 * kMiB);
        return std::chrono::nanoseconds(static_cast<long long>(static_cast<double>(perPass64.count()) * scale));
    };
}

std::chrono::nanoseconds timeOn(std::chrono::nanoseconds perPass64, const Argon2Params& p) {
    return linearMachine(perPass64)(p);
}

}  // namespace

TEST_CASE("Test parameters are libsodium's minimum and valid in a key file", "[vault][argon2]") {
    const Argon2Params p = Argon2Params::forTests();
    CHECK(p.opsLimit == 1);
    CHECK(p.memLimitBytes == 8192);
    CHECK(p.isWithinFileLimits());
    CHECK_FALSE(Argon2Params{0, 8192}.isWithinFileLimits());
    CHECK_FALSE(Argon2Params{33, 8192}.isWithinFileLimits());
    CHECK_FALSE(Argon2Params{1, 8191}.isWithinFileLimits());
    CHECK_FALSE(Argon2Params{1, (std::size_t{1} << 30) + 1}.isWithinFileLimits());
    CHECK(Argon2Params{32, std::size_t{1} << 30}.isWithinFileLimits());
}

TEST_CASE("Whatever calibration or the recovery code can write is within the file limits, and no more",
          "[vault][argon2]") {
    // From an impossibly fast machine to an impossibly slow one: every result is readable back.
    for (const auto perPass :
         {std::chrono::nanoseconds(1), std::chrono::nanoseconds(1us), std::chrono::nanoseconds(1ms),
          std::chrono::nanoseconds(5ms), std::chrono::nanoseconds(60ms), std::chrono::nanoseconds(2s),
          std::chrono::nanoseconds(1h)}) {
        const Argon2Params p = Argon2Params::calibrateWith(500ms, 1000ms, linearMachine(perPass));
        INFO("one pass over 64 MiB: " << perPass.count() << " ns");
        CHECK(p.isWithinFileLimits());
        CHECK_FALSE(p.isBelowFloor());
        CHECK(Argon2Params::forRecoveryCode(p).isWithinFileLimits());
    }
    // The ceiling is reached (so the limit has no headroom to spare) ...
    const Argon2Params dearest = Argon2Params::calibrateWith(500ms, 1000ms, linearMachine(1us));
    CHECK(dearest == Argon2Params{Argon2Params::kMaxOpsLimit, Argon2Params::kMaxMemLimitBytes});
    // ... and one step past it in either direction is not readable.
    CHECK_FALSE(Argon2Params{dearest.opsLimit + 1, dearest.memLimitBytes}.isWithinFileLimits());
    CHECK_FALSE(Argon2Params{dearest.opsLimit, dearest.memLimitBytes + 1}.isWithinFileLimits());
}

TEST_CASE("The test parameters, and anything weaker than calibration's floor, are told apart", "[vault][argon2]") {
    CHECK(Argon2Params::forTests().isBelowFloor());
    CHECK_FALSE(Argon2Params::floor().isBelowFloor());
    CHECK(Argon2Params{1, Argon2Params::kCalibratedMaxMemLimitBytes}.isBelowFloor());
    CHECK(Argon2Params{32, Argon2Params::kCalibratedMinMemLimitBytes - 1}.isBelowFloor());
    CHECK_FALSE(Argon2Params{19, Argon2Params::kCalibratedMinMemLimitBytes}.isBelowFloor());
}

TEST_CASE("Calibration lands in the time window on an average machine", "[vault][argon2]") {
    int calls = 0;
    const auto perPass = 60ms;  // floor (2 passes, 64 MiB) = 120 ms: too fast
    const Argon2Params p = Argon2Params::calibrateWith(500ms, 1000ms, linearMachine(perPass, &calls));
    CHECK(p.memLimitBytes >= 64 * kMiB);
    const auto t = timeOn(perPass, p);
    CHECK(t >= 500ms);
    CHECK(t <= 1000ms);
    CHECK(calls <= 8);
}

TEST_CASE("Calibration on a fast machine grows the memory once passes get many", "[vault][argon2]") {
    const auto perPass = 1ms;
    const Argon2Params p = Argon2Params::calibrateWith(500ms, 1000ms, linearMachine(perPass));
    CHECK(p.opsLimit <= Argon2Params::kCalibratedMaxOpsLimit);
    CHECK(p.memLimitBytes > 64 * kMiB);
    CHECK(p.memLimitBytes <= Argon2Params::kCalibratedMaxMemLimitBytes);
    const auto t = timeOn(perPass, p);
    CHECK(t >= 500ms);
    CHECK(t <= 1000ms);
}

TEST_CASE("Calibration clamps at the ceiling on an extremely fast machine", "[vault][argon2]") {
    const Argon2Params p = Argon2Params::calibrateWith(500ms, 1000ms, linearMachine(1us));
    CHECK(p == Argon2Params{Argon2Params::kCalibratedMaxOpsLimit, Argon2Params::kCalibratedMaxMemLimitBytes});
}

TEST_CASE("Calibration never goes below the floor on a slow machine", "[vault][argon2]") {
    int calls = 0;
    const Argon2Params p = Argon2Params::calibrateWith(500ms, 1000ms, linearMachine(2s, &calls));
    CHECK(p == Argon2Params::floor());
    CHECK(p == Argon2Params{2, 64 * kMiB});
    CHECK(calls == 1);
}

TEST_CASE("Calibration on a noisy machine still returns valid, clamped parameters", "[vault][argon2]") {
    int call = 0;
    // Alternates between far too fast and far too slow: it can never settle in the window.
    const auto noisy = [&call](const Argon2Params&) { return ++call % 2 ? 10ms : 5s; };
    const Argon2Params p = Argon2Params::calibrateWith(500ms, 1000ms, noisy);
    CHECK(call <= 8);
    CHECK(p.opsLimit >= Argon2Params::kCalibratedMinOpsLimit);
    CHECK(p.opsLimit <= Argon2Params::kCalibratedMaxOpsLimit);
    CHECK(p.memLimitBytes >= Argon2Params::kCalibratedMinMemLimitBytes);
    CHECK(p.memLimitBytes <= Argon2Params::kCalibratedMaxMemLimitBytes);
}

TEST_CASE("Real calibration with an impossible window returns the floor", "[vault][argon2]") {
    // One real 64 MiB derivation cannot take under 1 ms: the floor comes back after it.
    CHECK(Argon2Params::calibrate(0ms, 1ms) == Argon2Params::floor());
}

TEST_CASE("The recovery slot's parameters are modest and never dearer than the passphrase's", "[vault][argon2]") {
    CHECK(Argon2Params::forRecoveryCode(Argon2Params{10, 512 * kMiB}) == Argon2Params{2, 64 * kMiB});
    CHECK(Argon2Params::forRecoveryCode(Argon2Params::forTests()) == Argon2Params::forTests());
}
