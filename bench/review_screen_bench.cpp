// How fast the weekly review appears on screen (the target: painted under 150 ms)
// on the generated 1/5/10/20-year profiles insights_bench uses. The real ReviewScreen on the
// offscreen platform:
//   - open: the screen built (this week and "what helps me" loaded) until it has painted;
//   - week: showWeek() asked for until the screen has painted the new week, over several
//     weeks (the latest, and others spread over the years), as Alt+Left/Right would.
// "Painted" = the event loop has run until the paint events that follow the change were
// handled and a further round brought no more. Medians in wall ms and thread CPU ms (the
// machine is shared with builds: CPU time shows the work itself); "load cpu" is the part of
// a week's CPU spent in fetchWeekReview (exchange/ReviewFetch: stores and insights), the rest is widgets and
// painting. Not a test: it prints.
//
//   QT_QPA_PLATFORM=offscreen build-rel/bench/review_screen_bench [years...]  (default: 1 5 10 20)
//   MOORING_BENCH_DIR=/some/disk  puts the profiles there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "GeneratedJournal.h"
#include "UntilPainted.h"

#include "exchange/ReviewFetch.h"
#include "gui/review/ReviewScreen.h"
#include "session/ProfileSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

using bench::median;
using bench::PaintWatch;
using bench::threadCpuMs;
using bench::Timing;
using bench::untilPainted;

struct Figures {
    int years = 0;
    int entries = 0;
    double openWall = 0, openCpu = 0, weekWall = 0, weekCpu = 0, weekWorst = 0;
    double loadCpu = 0;  // of the week's CPU: fetchWeekReview alone (stores + insights)
    int unpainted = 0;
};

Figures run(int years) {
    Figures f;
    f.years = years;
    QTemporaryDir tmp(bench::benchFolder(u"review-screen-bench"_s));
    const ProfilePaths paths(tmp.path() + u"/profile"_s);
    f.entries = bench::generateJournal(paths, years);

    const QDateTime now = bench::kEnd;
    ProfileSession session(UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(bench::kPassphrase)),
                           [now] { return now; });
    QWidget* screen = nullptr;
    PaintWatch watch(screen);
    std::vector<double> openWall, openCpu, weekWall, weekCpu, loadCpu;
    for (int r = 0; r < 5; ++r) {
        std::unique_ptr<ReviewScreen> review;
        const Timing t = untilPainted(watch, [&] {
            review = std::make_unique<ReviewScreen>(session);
            screen = review.get();
            review->resize(1100, 850);
            review->show();
        });
        openWall.push_back(t.wallMs);
        openCpu.push_back(t.cpuMs);
        if (!t.painted) ++f.unpainted;

        // The latest week and the one before (Alt+Left), then weeks spread over the years.
        const Week latest = review->thisWeek();
        const std::vector<Week> weeks{latest.previous(), latest, latest.shifted(-(13 + r) * years),
                                      latest.shifted(-(26 + 7 * r) * years), latest.shifted(-51 * years + r)};
        for (const Week& week : weeks) {
            const Timing w = untilPainted(watch, [&] { review->showWeek(week); });
            weekWall.push_back(w.wallMs);
            weekCpu.push_back(w.cpuMs);
            if (!w.painted) ++f.unpainted;
            const double cpu = threadCpuMs();
            (void)fetchWeekReview(session.database(), week);
            loadCpu.push_back(threadCpuMs() - cpu);
        }
        screen = nullptr;
    }
    f.openWall = median(openWall);
    f.openCpu = median(openCpu);
    f.weekWall = median(weekWall);
    f.weekCpu = median(weekCpu);
    f.loadCpu = median(loadCpu);
    f.weekWorst = *std::max_element(weekWall.begin(), weekWall.end());
    return f;
}

}  // namespace

int main(int argc, char* argv[]) {
    bench::offscreenUnlessAsked();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Mooring"_s);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::max(1, std::atoi(argv[i])));
    if (sizes.empty()) sizes = {1, 5, 10, 20};

    std::printf("review_screen_bench: medians in ms until painted; budget 150 (offscreen, 1100x850)\n");
    std::printf("%5s %7s | %9s %8s | %9s %8s %9s %10s | %s\n", "years", "entries", "open", "(cpu)", "week", "(cpu)",
                "worst", "(load cpu)", "growth vs first size (open, week)");
    double firstOpen = 0, firstWeek = 0;
    for (int years : sizes) {
        const Figures f = run(years);
        if (firstOpen == 0) {
            firstOpen = f.openWall;
            firstWeek = f.weekWall;
        }
        std::printf("%5d %7d | %9.1f %8.1f | %9.1f %8.1f %9.1f %10.1f | x%.1f, x%.1f%s\n", f.years, f.entries,
                    f.openWall, f.openCpu, f.weekWall, f.weekCpu, f.weekWorst, f.loadCpu, f.openWall / firstOpen,
                    f.weekWall / firstWeek, f.unpainted ? "  (some runs never painted!)" : "");
        std::fflush(stdout);
    }
    return 0;
}
