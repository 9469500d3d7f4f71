// The daily check-in on a long-used profile: the 10-year generated journal
// (GeneratedJournal.h: about 2,000 entries a year) plus a check-in on most days of those
// ten years (fixed seed), in a real encrypted profile in a temporary folder. Medians of:
// saving a new day's check-in, saving the same day again (a replace), reading one week's
// check-ins on a fresh connection ("cold") and once more ("warm"), and opening the real
// check-in page (offscreen) until it has painted with today's answers. Budget: a save
// under 15 ms. Not a test: it prints.
//
//   build/ci/bench/checkin_bench [years]     (default: 10; runs on the offscreen platform)
//   MOORING_BENCH_DIR=/some/disk  puts the profile there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "GeneratedJournal.h"
#include "UntilPainted.h"

#include "gui/checkin/CheckInScreen.h"
#include "session/ProfileSession.h"
#include "storage/CheckInStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <utility>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

double timeMs(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// A check-in shaped like a real one: most days some feelings, now and then what helped and
// a note; self-care answered on some days and left out on others.
CheckIn generated(std::mt19937& random, const QDate& day, const QStringList& strategyIds) {
    static const QStringList feelings{u"tired"_s,   u"calm"_s, u"lonely"_s,  u"hopeful"_s,
                                      u"anxious"_s, u"numb"_s, u"content"_s, u"restless"_s};
    const auto pick = [&random](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    const auto chance = [&random](double p) { return std::bernoulli_distribution(p)(random); };
    CheckIn c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.day = day;
    c.overall = pick(11);
    if (chance(0.7)) c.urge = pick(11);
    for (int i = pick(4); i > 0; --i) c.feelings << feelings.at(pick(int(feelings.size())));
    for (int i = pick(3); i > 0; --i) {
        if (chance(0.5) && !strategyIds.isEmpty())
            c.helped << CheckInHelp{strategyIds.at(pick(int(strategyIds.size()))), {}};
        else
            c.helped << CheckInHelp{{}, u"a walk after dinner"_s};
    }
    if (chance(0.8)) c.selfCare.sleepHours = 4 + pick(17) * 0.5;
    if (chance(0.8)) c.selfCare.ate = chance(0.8);
    if (chance(0.5)) c.selfCare.medication = chance(0.9);
    if (chance(0.7)) c.selfCare.moved = chance(0.6);
    if (chance(0.4)) c.note = u"Slept badly, better after lunch with Sam."_s;
    c.createdAt = c.updatedAt = QDateTime(day, QTime(21, 0), Qt::OffsetFromUTC, 0);
    return c.trimmed();
}

int fillCheckIns(Database& db, int years) {
    QStringList strategyIds;
    for (const CopingStrategy& s : StrategyStore(db).all()) strategyIds << s.id;
    std::mt19937 random(20261207);
    CheckInStore store(db);
    Transaction transaction(db);  // generating only: one transaction
    int made = 0;
    const QDate last = bench::kEnd.date();
    for (QDate day = last.addYears(-years); day < last; day = day.addDays(1)) {
        if (std::bernoulli_distribution(0.85)(random)) {
            store.put(generated(random, day, strategyIds));
            ++made;
        }
    }
    transaction.commit();
    return made;
}

// Opens the check-in page on the session until it has painted, `runs` times; wall and CPU ms.
std::pair<std::vector<double>, std::vector<double>> openPage(ProfileSession& session, int runs) {
    std::vector<double> wall, cpu;
    QWidget* screen = nullptr;
    bench::PaintWatch watch(screen);
    for (int r = 0; r < runs; ++r) {
        std::unique_ptr<CheckInScreen> page;
        const bench::Timing t = bench::untilPainted(watch, [&] {
            page = std::make_unique<CheckInScreen>(session);
            screen = page.get();
            page->resize(960, 760);
            page->show();
        });
        wall.push_back(t.wallMs);
        cpu.push_back(t.cpuMs);
        screen = nullptr;
    }
    return {wall, cpu};
}

}  // namespace

int main(int argc, char* argv[]) {
    bench::offscreenUnlessAsked();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Mooring"_s);
    const int years = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    QTemporaryDir tmp(bench::benchFolder(u"checkin-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);

    const int entries = bench::generateJournal(paths, years);
    int checkIns = 0;
    {
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase));
        checkIns = fillCheckIns(profile->database(), years);
    }
    const double fileMiB = double(QFileInfo(paths.database()).size()) / (1024.0 * 1024.0);

    std::vector<double> saveNew, saveNewCpu, replace, replaceCpu, weekCold, weekWarm;
    std::mt19937 random(7);
    const QDate today = bench::kEnd.date();
    int weekSize = 0;
    for (int r = 0; r < 21; ++r) {
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase));
        Database& db = profile->database();
        const QDateTime now(today, QTime(21, 30), Qt::OffsetFromUTC, 0);
        CheckInStore store(db, [now] { return now; });
        // A week somewhere in the years, read first on the fresh connection.
        const QDate weekStart = today.addDays(-7 - 7 * ((r * 37) % (52 * years)));
        weekCold.push_back(timeMs([&] { weekSize = int(store.range(weekStart, weekStart.addDays(6)).size()); }));
        weekWarm.push_back(timeMs([&] { (void)store.range(weekStart, weekStart.addDays(6)); }));

        store.remove(today);  // so the next save is a new day's
        CheckIn c = generated(random, today, {});
        c.id.clear();
        double cpu = bench::threadCpuMs();
        saveNew.push_back(timeMs([&] { store.save(c); }));
        saveNewCpu.push_back(bench::threadCpuMs() - cpu);
        c.overall = (*c.overall + 1) % 11;
        cpu = bench::threadCpuMs();
        replace.push_back(timeMs([&] { store.save(c); }));
        replaceCpu.push_back(bench::threadCpuMs() - cpu);
    }

    // The page on the whole profile, today's check-in saved (as the last run left it).
    const QDateTime evening(today, QTime(21, 45), Qt::OffsetFromUTC, 0);
    ProfileSession session(UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase)),
                           [evening] { return evening; });
    const auto [openWall, openCpu] = openPage(session, 21);

    using bench::median;
    std::printf("checkin_bench: %d years, %d journal entries, %d check-ins, %.1f MiB; medians of 21 runs in ms\n",
                years, entries, checkIns, fileMiB);
    std::printf("save a new day:      %7.2f wall  %6.2f cpu   (budget 15)\n", median(saveNew), median(saveNewCpu));
    std::printf("save again (replace): %6.2f wall  %6.2f cpu   (budget 15)\n", median(replace), median(replaceCpu));
    std::printf("read a week, cold:   %7.2f wall  (%d check-ins in the last one read)\n", median(weekCold), weekSize);
    std::printf("read a week, warm:   %7.2f wall\n", median(weekWarm));
    std::printf("open the page:       %7.2f wall  %6.2f cpu   (until painted, today's answers in it)\n",
                median(openWall), median(openCpu));
    return 0;
}
