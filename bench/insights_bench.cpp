// How the weekly review holds up over years: generated profiles of 1, 5, 10 and
// 20 years (about 2,000 entries a year, fixed seeds: GeneratedJournal.h) in a real
// encrypted profile, and for each the median of:
//   - one week's summary: the store fetch the screen and the CLI share (ReviewFetch: the
//     week and the four before it, the days and ideas kept added up, the toolbox titles),
//     summarizeWeek() (counts, grid, the four-week comparison, since the start) and
//     describeWeek();
//   - "what helps me" over all time, ranked.
// "cold" = a fresh connection after unlocking (SQLCipher's page cache empty); "warm" = the
// same connection once more. Not a test: it prints.
//
//   build-rel/bench/insights_bench [years...]     (default: 1 5 10 20)
//   MOORING_BENCH_DIR=/some/disk  puts the profiles there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "GeneratedJournal.h"

#include "exchange/ReviewFetch.h"
#include "insights/Week.h"
#include "insights/WeekSentences.h"
#include "insights/WeekSummary.h"
#include "insights/WhatHelps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

using bench::median;
using bench::threadCpuMs;

// The last timeMs() call's CPU time: on a machine shared with builds, the wall clock
// mostly measures waiting for a core; CPU time shows the work itself.
double g_lastCpuMs = 0;

double timeMs(const std::function<void()>& work) {
    QElapsedTimer t;
    const double cpu = threadCpuMs();
    t.start();
    work();
    const double wall = double(t.nsecsElapsed()) / 1e6;
    g_lastCpuMs = threadCpuMs() - cpu;
    return wall;
}

// What the review screen and `mooring-cli review` do for one week.
WeekSummary weekSummary(Database& db, const Week& week, double* fetchMs = nullptr) {
    ReviewInput input;
    const double fetch = timeMs([&] { input = fetchReviewInput(db, week); });
    if (fetchMs) *fetchMs = fetch;
    WeekSummary summary = summarizeWeek(week, input);
    (void)describeWeek(summary);
    return summary;
}

// Where one warm week's time goes, in CPU ms: entries, days, ideas, titles, arithmetic.
void printBreakdown(Database& db, const Week& week) {
    JournalStore journal(db);
    ReviewInput input;
    std::vector<double> parts;
    timeMs([&] {
        input.entries = journal.entriesBetween(week.shifted(-RecentWeeks::kWeeks).fetchFrom(), week.fetchTo());
    });
    parts.push_back(g_lastCpuMs);
    timeMs([&] { input.days = journal.journalDays({}, week.last()); });
    parts.push_back(g_lastCpuMs);
    timeMs([&] { input.tallies = journal.triedTallies(); });
    parts.push_back(g_lastCpuMs);
    timeMs([&] { input.titles = strategyTitles(StrategyStore(db).all()); });
    parts.push_back(g_lastCpuMs);
    timeMs([&] { (void)describeWeek(summarizeWeek(week, input)); });
    parts.push_back(g_lastCpuMs);
    std::printf(
        "      (cpu ms, warm: 5 weeks' entries %.2f, %lld days %.2f, %lld ideas %.2f, titles %.2f, "
        "arithmetic %.2f)\n",
        parts[0], static_cast<long long>(input.days.size()), parts[1], static_cast<long long>(input.tallies.size()),
        parts[2], parts[3], parts[4]);
}

struct Figures {
    int years = 0;
    int entries = 0;
    double fileMiB = 0;
    double weekColdMs = 0, weekWarmMs = 0, fetchWarmMs = 0;
    double helpsColdMs = 0, helpsWarmMs = 0;
    double weekColdCpu = 0, helpsColdCpu = 0;
    int weekEntries = 0, helpful = 0;
};

Figures run(int years) {
    Figures f;
    f.years = years;
    QTemporaryDir tmp(bench::benchFolder(u"insights-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);
    f.entries = bench::generateJournal(paths, years);
    f.fileMiB = double(QFileInfo(paths.database()).size()) / (1024.0 * 1024.0);

    // The latest week reads the most "since the start"; older weeks are spread over the years.
    const Week latest = Week::containing(bench::kEnd.date(), Qt::Monday);
    std::vector<double> cold, warm, fetch, helpsCold, helpsWarm, coldCpu, helpsCpu;
    for (int r = 0; r < 15; ++r) {
        const Week week = r % 3 == 0 ? latest : latest.shifted(-(r * 7 * years) % (52 * years));
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase));
        Database& db = profile->database();
        cold.push_back(timeMs([&] { f.weekEntries = weekSummary(db, week).entries; }));
        coldCpu.push_back(g_lastCpuMs);
        double fetched = 0;
        warm.push_back(timeMs([&] { (void)weekSummary(db, week, &fetched); }));
        fetch.push_back(fetched);
    }
    for (int r = 0; r < 11; ++r) {
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase));
        Database& db = profile->database();
        helpsCold.push_back(timeMs([&] { f.helpful = int(fetchWhatHelps(db).size()); }));
        helpsCpu.push_back(g_lastCpuMs);
        helpsWarm.push_back(timeMs([&] { (void)fetchWhatHelps(db); }));
    }
    {
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase));
        (void)weekSummary(profile->database(), latest);
        printBreakdown(profile->database(), latest);
    }
    f.weekColdMs = median(cold);
    f.weekWarmMs = median(warm);
    f.fetchWarmMs = median(fetch);
    f.helpsColdMs = median(helpsCold);
    f.helpsWarmMs = median(helpsWarm);
    f.weekColdCpu = median(coldCpu);
    f.helpsColdCpu = median(helpsCpu);
    return f;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Mooring"_s);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::max(1, std::atoi(argv[i])));
    if (sizes.empty()) sizes = {1, 5, 10, 20};

    std::printf("insights_bench: medians in ms; budgets: one week's summary < 20, what helps me < 50\n");
    std::printf("%5s %7s %6s | %9s %8s %9s %11s | %10s %9s %10s | %s\n", "years", "entries", "MiB", "week cold",
                "(cpu)", "week warm", "(fetch warm)", "helps cold", "(cpu)", "helps warm",
                "growth vs first size (week cold, helps cold)");
    double firstWeek = 0, firstHelps = 0;
    for (int years : sizes) {
        const Figures f = run(years);
        if (firstWeek == 0) {
            firstWeek = f.weekColdMs;
            firstHelps = f.helpsColdMs;
        }
        std::printf("%5d %7d %6.1f | %9.2f %8.2f %9.2f %11.2f | %10.2f %9.2f %10.2f | x%.1f, x%.1f\n", f.years,
                    f.entries, f.fileMiB, f.weekColdMs, f.weekColdCpu, f.weekWarmMs, f.fetchWarmMs, f.helpsColdMs,
                    f.helpsColdCpu, f.helpsWarmMs, f.weekColdMs / firstWeek, f.helpsColdMs / firstHelps);
        std::fflush(stdout);
    }
    return 0;
}
