// Key derivation on this machine: what Argon2Params::calibrate() picks, how long one
// derivation with those parameters takes, and how long a whole unlock (derive, open the
// database, check migrations) takes. Prints medians; memory is Argon2id's memlimit, the
// peak a derivation adds.
#include "storage/Argon2Params.h"
#include "storage/KeyVault.h"
#include "storage/ProfilePaths.h"
#include "storage/SecureBuffer.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace mooring;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

template <typename F>
double millis(F&& work) {
    const auto start = Clock::now();
    work();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, std::atoi(argv[1])) : 7;

    std::vector<double> calibrations;
    Argon2Params params;
    for (int i = 0; i < 3; ++i) calibrations.push_back(millis([&] { params = Argon2Params::calibrate(); }));
    std::printf("calibration: median %.0f ms over 3 runs\n", median(calibrations));
    std::printf("chosen: opslimit %llu, memlimit %zu MiB\n", static_cast<unsigned long long>(params.opsLimit),
                params.memLimitBytes >> 20);

    const SecureBuffer passphrase = SecureBuffer::fromUtf8(std::string_view("a quiet harbour at dusk"));
    const SecureBuffer dataKey = KeyVault::newDataKey();
    std::vector<double> derive;
    for (int i = 0; i < runs; ++i)
        derive.push_back(millis([&] { KeyVault::seal(KeySlot::Type::Passphrase, passphrase, dataKey, params); }));
    std::printf("one derivation (seal): median %.0f ms over %d runs (target 500-1000 ms)\n", median(derive), runs);

    QTemporaryDir tmp;
    const ProfilePaths paths(tmp.path() + QStringLiteral("/profile"));
    UnlockedProfile::create(paths, passphrase, params);
    std::vector<double> unlock;
    for (int i = 0; i < runs; ++i) unlock.push_back(millis([&] { UnlockedProfile::unlock(paths, passphrase); }));
    std::printf("whole unlock (derive + open + migrate check): median %.0f ms over %d runs\n", median(unlock), runs);
    std::printf("ratio unlock / derivation: %.2f\n", median(unlock) / median(derive));
    return 0;
}
