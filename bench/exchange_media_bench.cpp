// Export and import of a profile with a full hope box: 200 photos of about 1.5 MB and 30
// recordings of about 0.5 MB (random bytes behind a JPEG or Ogg signature: export and
// import never decode them), in a real encrypted profile. Prints, for a readable and a
// protected export (test KDF) and the import of each into a fresh profile, the wall time
// and the peak memory of that step alone (VmHWM, reset before each step through
// /proc/self/clear_refs). Not a test: it prints. See bench/README-hopebox.md.
//
//   build/ci/bench/exchange_media_bench [photos] [recordings] [calibrated]   (default 200 30)
//       "calibrated": the protected export with the export passphrase's real Argon2id cost
//       (Argon2Params::calibrate, as the window and mooring-cli use) instead of the test one.
#include "exchange/ExportSource.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/Argon2Params.h"
#include "storage/MediaStore.h"
#include "storage/ProfileSettings.h"
#include "storage/SecureBuffer.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"bench passphrase of some length"_s;

// The peak resident memory since the last reset, in MB (VmHWM of /proc/self/status).
double peakMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return -1;
}

double currentMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return -1;
}

// Linux: writing 5 to clear_refs sets the high-water mark back to what is resident now.
void resetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

QByteArray randomBytes(std::mt19937& random, QByteArrayView start, qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    auto* words = reinterpret_cast<std::uint32_t*>(bytes.data());
    for (qsizetype i = 0; i < size / 4; ++i) words[i] = random();
    std::memcpy(bytes.data(), start.data(), std::size_t(start.size()));
    return bytes;
}

struct Profile {
    std::unique_ptr<UnlockedProfile> open;
    std::unique_ptr<ProfileSettings> settings;
    explicit Profile(const ProfilePaths& paths) {
        open = UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests()).profile;
        settings = std::make_unique<ProfileSettings>(paths);
    }
};

void fill(Profile& p, int photos, int recordings) {
    std::mt19937 random(20261207);
    CopingStrategy idea;
    idea.category = CopingCategory::SafetyBox;
    idea.title = u"Photos of the sea"_s;
    const QString ideaId = StrategyStore(p.open->database()).add(idea).id;
    MediaStore store(p.open->database());
    for (int i = 0; i < photos; ++i) {
        Medium m;
        m.kind = MediumKind::Photo;
        m.mime = u"image/jpeg"_s;
        m.caption = u"Photo %1"_s.arg(i);
        m.place = MediaPlace::safetyBox(ideaId);
        const qsizetype size = 1'400'000 + qsizetype(random() % 200'000);
        store.add(m, randomBytes(random, QByteArrayView("\xFF\xD8\xFF\xE0", 4), size));
    }
    for (int i = 0; i < recordings; ++i) {
        Medium m;
        m.kind = MediumKind::Recording;
        m.mime = u"audio/ogg"_s;
        m.caption = u"Voice %1"_s.arg(i);
        m.place = MediaPlace::reasonsForLiving();
        const qsizetype size = 450'000 + qsizetype(random() % 100'000);
        store.add(m, randomBytes(random, QByteArrayView("OggS", 4), size));
    }
}

struct Step {
    double seconds = 0;
    double peak = 0;
};

template <typename F>
Step measure(F work) {
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    work();
    return {double(timer.nsecsElapsed()) / 1e9, peakMb()};
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int photos = argc > 1 ? std::atoi(argv[1]) : 200;
    const int recordings = argc > 2 ? std::atoi(argv[2]) : 30;
    QTemporaryDir dir;
    const auto paths = [&](const QString& name) { return ProfilePaths(dir.filePath(name)); };

    Profile source(paths(u"source"_s));
    QElapsedTimer timer;
    timer.start();
    fill(source, photos, recordings);
    const MediaStore::Totals totals = MediaStore(source.open->database()).totals();
    std::printf("profile: %d photos, %d recordings, %.1f MB of media (filled in %.1f s); resident now %.0f MB\n",
                photos, recordings, double(totals.bytes) / 1e6, double(timer.elapsed()) / 1e3, currentMb());

    const SecureBuffer exportPassphrase = SecureBuffer::fromUtf8(std::string_view("the tide comes back"));
    const bool calibrated = argc > 3 && std::string(argv[3]) == "calibrated";
    const Argon2Params params = calibrated ? Argon2Params::calibrate() : Argon2Params::forTests();
    std::printf("export passphrase: Argon2id %llu passes over %.0f MiB%s\n",
                static_cast<unsigned long long>(params.opsLimit), double(params.memLimitBytes) / (1 << 20),
                calibrated ? " (calibrated)" : " (test cost)");
    const QString readable = dir.filePath(u"box.json"_s);
    const QString sealed = dir.filePath(u"box.mooring"_s);
    Exporter exporter(source.open->database(), *source.settings);
    const Step exportReadable = measure([&] { exporter.save(readable, ExportContent::Full); });
    const Step exportSealed = measure([&] { exporter.save(sealed, ExportContent::Full, &exportPassphrase, &params); });

    const auto importInto = [&](const QString& name, const QString& file, const SecureBuffer* passphrase) {
        Profile target(paths(name));
        Step prepare;
        Step apply;
        ImportPlan plan;
        Importer importer(target.open->database(), *target.settings);
        prepare = measure([&] { plan = importer.prepare(ExportSource::fromFile(file, passphrase)); });
        apply = measure([&] { importer.apply(plan); });
        const MediaStore::Totals copied = MediaStore(target.open->database()).totals();
        if (!(copied == totals)) {
            std::fprintf(stderr, "the imported box differs: %d media, %lld bytes\n", copied.count,
                         static_cast<long long>(copied.bytes));
            std::exit(1);
        }
        return std::pair{prepare, apply};
    };
    const auto [prepareReadable, applyReadable] = importInto(u"readable"_s, readable, nullptr);
    const auto [prepareSealed, applySealed] = importInto(u"sealed"_s, sealed, &exportPassphrase);

    std::printf("files: readable %.1f MB, protected %.1f MB\n", double(QFileInfo(readable).size()) / 1e6,
                double(QFileInfo(sealed).size()) / 1e6);
    std::printf("%-34s %9s %14s\n", "step", "time (s)", "peak RSS (MB)");
    const auto row = [](const char* name, const Step& s) {
        std::printf("%-34s %9.2f %14.0f\n", name, s.seconds, s.peak);
    };
    row("export, readable", exportReadable);
    row("export, protected", exportSealed);
    row("import readable: check + preview", prepareReadable);
    row("import readable: write", applyReadable);
    row("import protected: check + preview", prepareSealed);
    row("import protected: write", applySealed);
    return 0;
}
