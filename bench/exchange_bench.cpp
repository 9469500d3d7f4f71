// Export and import at scale: a generated 10-year profile (about 20,000 journal
// entries, a plan with 30 versions, 60 ideas), then the median of a few runs of: full
// export (readable; protected with the test KDF, the calibrated KDF adds its own 0.5-1 s),
// and import of that file into a fresh profile (check + preview + one transaction).
// Not a test: it prints. Build it in a Release folder.
//
//   build-rel/bench/exchange_bench [runs]            (default 3)
//   build-rel/bench/exchange_bench --make-profile DIR   leaves a generated profile in DIR
//       (passphrase "bench passphrase of some length", test KDF) for timing mooring-cli
//       export / import under /usr/bin/time -v (peak memory); see bench/README-exchange.md.
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "exchange/ProtectedFile.h"
#include "storage/Argon2Params.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"bench passphrase of some length"_s;
constexpr int kYears = 10;
constexpr int kEntriesPerYear = 2000;

QString words(std::mt19937& random, int count) {
    static const QStringList vocabulary =
        u"i the and to a was it my me that felt just after home not about when like again had with but could "
        "friend work school exam call phone message night late sleep tired alone room bed walk outside rain "
        "quiet loud people argument ignored told said wanted tried thought scared angry sad lonely numb tense "
        "music shower tea dog hug blanket drawing writing breathe waited timer teacher deadline doctor therapist"_s
            .split(u' ');
    QStringList out;
    for (int i = 0; i < count; ++i) out << vocabulary.at(int(random() % unsigned(vocabulary.size())));
    return out.join(u' ');
}

std::unique_ptr<UnlockedProfile> makeProfile(const ProfilePaths& paths) {
    std::mt19937 random(20261123);
    auto profile =
        UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests()).profile;
    Database& db = profile->database();
    ProfileSettings settings(paths);
    settings.setRegion(u"UK"_s);
    settings.save();
    StrategyStore strategies(db);
    QStringList ideaIds;
    for (int i = int(strategies.all().size()); i < 60; ++i) {
        CopingStrategy s;
        s.category = CopingCategory(i % 5);
        s.title = u"My idea %1"_s.arg(i);
        s.details = words(random, 12);
        if (s.category == CopingCategory::SafetyBox) s.location = u"Drawer %1"_s.arg(i);
        strategies.add(s);
    }
    for (const CopingStrategy& s : strategies.all()) ideaIds << s.id;
    ContactStore contacts(db);
    for (int i = 0; i < 6; ++i)
        contacts.add({{}, u"Person %1"_s.arg(i), u"07700 90012%1"_s.arg(i), ContactRole::Friend, {}});
    SafetyPlanStore plans(db);
    SafetyPlan plan;
    for (int v = 0; v < 30; ++v) {
        plan.items(PlanSection(v % kPlanSectionCount)).append(words(random, 8));
        plans.save(plan, u"session %1"_s.arg(v + 1));
    }
    QList<JournalEntry> entries;
    const QDateTime start(QDate(2016, 11, 23), QTime(8, 0), Qt::OffsetFromUTC, 0);
    const int total = kYears * kEntriesPerYear;
    for (int i = 0; i < total; ++i) {
        JournalEntry e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.occurredAt = start.addSecs(qint64(i) * (3650LL * 86400 / total)).toOffsetFromUtc(3600 * int(random() % 3));
        e.urge = int(random() % 11);
        e.situation = words(random, 20 + int(random() % 60));
        e.thoughts = words(random, int(random() % 30));
        e.feelings = {u"lonely"_s, u"tired"_s};
        e.triggers = {u"argument"_s};
        e.tried = {{ideaIds.at(int(random() % unsigned(ideaIds.size()))), {}, int(random() % 11)},
                   {{}, u"went for a walk"_s, std::nullopt}};
        e.outcome = JournalOutcome(random() % 3);
        e.createdAt = e.occurredAt.addSecs(600);
        e.updatedAt = e.createdAt;
        entries.append(e);
    }
    JournalStore(db).putAll(entries);
    return profile;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double ms(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

// Processor time of this process: on a machine shared with other builds the wall time says
// as much about them as about the import.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.first() == u"--make-profile"_s) {
        makeProfile(ProfilePaths::resolve(args.at(1)));
        std::printf("profile made in %s\n", qPrintable(args.at(1)));
        return 0;
    }
    const int runs = args.isEmpty() ? 3 : std::max(1, args.first().toInt());

    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    const ProfilePaths sourcePaths = ProfilePaths::resolve(dir.filePath(u"source"_s));
    auto source = makeProfile(sourcePaths);
    ProfileSettings sourceSettings(sourcePaths);
    std::printf("generated: %d journal entries, %d plan versions, %d ideas in %.0f ms\n",
                JournalStore(source->database()).count(), SafetyPlanStore(source->database()).count(),
                int(StrategyStore(source->database()).all().size()), ms(timer));

    std::vector<double> exportMs, exportCpuMs, sealMs, openMs, importMs, importCpuMs;
    QByteArray json, sealed;
    const SecureBuffer passphrase = SecureBuffer::fromUtf8(u"export passphrase"_s);
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        double cpu = cpuMs();
        json = Exporter(source->database(), sourceSettings).readable(ExportContent::Full);
        exportMs.push_back(ms(timer));
        exportCpuMs.push_back(cpuMs() - cpu);
        timer.restart();
        sealed = ProtectedFile::seal(json, passphrase, Argon2Params::forTests());
        sealMs.push_back(ms(timer));
        timer.restart();
        (void)ProtectedFile::open(sealed, passphrase);
        openMs.push_back(ms(timer));

        const ProfilePaths targetPaths = ProfilePaths::resolve(dir.filePath(u"target%1"_s.arg(run)));
        auto target =
            UnlockedProfile::create(targetPaths, SecureBuffer::fromUtf8(kPassphrase), Argon2Params::forTests()).profile;
        ProfileSettings targetSettings(targetPaths);
        timer.restart();
        cpu = cpuMs();
        Importer importer(target->database(), targetSettings);
        importer.apply(importer.prepare(json));
        importMs.push_back(ms(timer));
        importCpuMs.push_back(cpuMs() - cpu);
    }
    std::printf("readable file: %.1f MB; protected file: %.1f MB\n", json.size() / 1e6, sealed.size() / 1e6);
    std::printf("median of %d runs:\n", runs);
    std::printf("  export (stores -> JSON):        %8.0f ms  (processor time %.0f ms)\n", median(exportMs),
                median(exportCpuMs));
    std::printf("  seal (test KDF + secretstream): %8.0f ms\n", median(sealMs));
    std::printf("  open (test KDF + secretstream): %8.0f ms\n", median(openMs));
    std::printf(
        "  import into a new profile:      %8.0f ms  (processor time %.0f ms; check, preview, one transaction)\n",
        median(importMs), median(importCpuMs));
    double load[1] = {0};
    if (getloadavg(load, 1) == 1) std::printf("load average at the end: %.1f (2 = both cores busy)\n", load[0]);
    return 0;
}
