// Are unlocking and "My week" any slower with a full hope box? Two real encrypted profiles
// of the same generated journal (GeneratedJournal.h's entries, ten years by default), one
// without media and one that also holds 200 photos (about 400 KB, 20 KB thumbnails) and 30
// recordings of 300 KB, added a year's share at a time between the journal's years as a
// person would add them. Both are unlocked in the real MainWindow (offscreen), by turns:
//   - unlock: the passphrase typed and "Unlock" clicked until the home screen's first paint
//     (the key derivation is the test-fast one, Argon2Params::forTests()), and, as
//     home_after_unlock measures it, from profileReady (key derived, database open);
//   - My week: the home screen's "My week" tile clicked until the screen has painted
//     (UntilPainted.h: a further round of the event loop paints nothing more).
// Timed twice: later in the day (today's backup already made), and as the day's first unlock,
// when the daily backup (docs/backups.md) copies the database beside the home screen and
// My week, and locking waits for it to end (each run's locking is timed too). An unlock of
// each profile before any of it is not counted (the process's first window, fonts, styles).
// Not a test: it prints.
//
//   build/ci/bench/unlock_full_box_bench [runs] [years]   (default: 11 runs of each, 10 years)
//   MOORING_BENCH_DIR=/some/disk  puts the profiles there instead of the temp folder.
#include "BenchSetup.h"
#include "BenchStats.h"
#include "GeneratedJournal.h"
#include "GeneratedMedia.h"
#include "UntilPainted.h"

#include "gui/main/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

// GeneratedJournal.h's journal, ending `end` (the window's clock is the real one, so "My
// week" opens on a week with entries), with the media's share added after each year's entries.
int makeProfile(const ProfilePaths& paths, int years, const QDateTime& end, const bench::GeneratedMedia* media) {
    if (!media) return bench::generateJournal(paths, years, end);
    return bench::generateJournal(paths, years, end, [&](Database& db, int year) {
        media->add(db, MediaPlace::reasonsForLiving(), year * 200 / years, (year + 1) * 200 / years, year * 30 / years,
                   (year + 1) * 30 / years);
    });
}

// The first paint of anything on the home screen, as home_after_unlock notes it.
class HomePaint : public QObject {
public:
    QElapsedTimer* clock = nullptr;
    qint64 paintedAt = -1;
    double cpuAt = 0;  // the GUI thread's CPU time then

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && paintedAt < 0)
            for (auto* w = qobject_cast<QWidget*>(watched); w; w = w->parentWidget())
                if (w->objectName() == u"homeScreen"_s) {
                    paintedAt = clock->nsecsElapsed();
                    cpuAt = bench::threadCpuMs();
                    break;
                }
        return false;
    }
};

bool waitFor(const std::function<bool()>& done, int timeoutMs = 60000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Run {
    double clickToHome = 0, readyToHome = 0, readyCpu = 0, week = 0, weekCpu = 0, lock = 0;
    bool ok = false;
};

Run unlockAndOpenWeek(const ProfilePaths& paths, QElapsedTimer& clock, HomePaint& home) {
    Run r;
    MainWindow window(MainWindowOptions(ProfileAccess{paths, Argon2Params::forTests()}));
    window.resize(1100, 850);
    window.show();
    if (!waitFor([&] { return window.isVisible(); })) return r;
    for (int i = 0; i < 10; ++i) QCoreApplication::processEvents();
    qint64 readyAt = -1;
    double readyCpu = 0;
    QObject::connect(&window, &MainWindow::profileReady, [&] {
        readyAt = clock.nsecsElapsed();
        readyCpu = bench::threadCpuMs();
    });
    home.paintedAt = -1;
    window.findChild<QLineEdit*>(u"passphraseEdit"_s)->setText(bench::kPassphrase);
    const qint64 clickedAt = clock.nsecsElapsed();
    window.findChild<QPushButton*>(u"unlockButton"_s)->click();
    if (!waitFor([&] { return readyAt >= 0 && home.paintedAt >= 0; })) return r;
    r.clickToHome = double(home.paintedAt - clickedAt) / 1e6;
    r.readyToHome = double(home.paintedAt - readyAt) / 1e6;
    r.readyCpu = home.cpuAt - readyCpu;
    for (int i = 0; i < 10; ++i) QCoreApplication::processEvents();  // the home screen settles

    QWidget* watched = &window;
    bench::PaintWatch watch(watched);
    const bench::Timing t =
        bench::untilPainted(watch, [&] { window.findChild<QPushButton*>(u"reviewTile"_s)->click(); });
    r.week = t.wallMs;
    r.weekCpu = t.cpuMs;
    r.ok = t.painted && window.currentScreen() && window.currentScreen()->objectName() == u"reviewScreen"_s;
    QElapsedTimer locking;
    locking.start();
    window.lockNow();  // waits for the day's backup, if it is still running
    r.lock = double(locking.nsecsElapsed()) / 1e6;
    return r;
}

struct Profile {
    const char* name;
    ProfilePaths paths;
    std::vector<Run> later, firstOfDay;
};

double med(const std::vector<Run>& runs, double Run::*field) {
    std::vector<double> v;
    for (const Run& r : runs) v.push_back(r.*field);
    return bench::median(v);
}

void print(const char* title, const Profile& plain, const Profile& full, std::vector<Run> Profile::*runs) {
    std::printf("%s: medians of %zu runs in ms, wall (offscreen, 1100x850)\n", title, (plain.*runs).size());
    std::printf("  %-18s | %13s | %13s | %5s | %8s | %5s | %8s\n", "", "click -> home", "ready -> home", "(cpu)",
                "My week", "(cpu)", "locking");
    for (const Profile* p : {&plain, &full})
        std::printf("  %-18s | %13.1f | %13.1f | %5.1f | %8.1f | %5.1f | %8.1f\n", p->name,
                    med(p->*runs, &Run::clickToHome), med(p->*runs, &Run::readyToHome), med(p->*runs, &Run::readyCpu),
                    med(p->*runs, &Run::week), med(p->*runs, &Run::weekCpu), med(p->*runs, &Run::lock));
    for (const Profile* p : {&plain, &full}) {
        double home = 0, week = 0;
        for (const Run& r : p->*runs) home = std::max(home, r.readyToHome), week = std::max(week, r.week);
        std::printf("  %-18s   the slowest: ready -> home %.1f, My week %.1f\n", p->name, home, week);
    }
    const auto ratio = [&](double Run::*field) { return med(full.*runs, field) / med(plain.*runs, field); };
    std::printf("  %-18s | %13.2f | %13.2f | %5.2f | %8.2f | %5.2f | %8.2f\n", "ratio with/without",
                ratio(&Run::clickToHome), ratio(&Run::readyToHome), ratio(&Run::readyCpu), ratio(&Run::week),
                ratio(&Run::weekCpu), ratio(&Run::lock));
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char* argv[]) {
    bench::offscreenUnlessAsked();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Mooring"_s);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 11;
    const int years = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;
    QTemporaryDir tmp(bench::benchFolder(u"unlock-full-box"_s));

    const QDateTime end = QDateTime::currentDateTime().addSecs(-3600);
    Profile plain{"without media", ProfilePaths(tmp.path() + u"/plain"_s), {}, {}};
    Profile full{"with a full box", ProfilePaths(tmp.path() + u"/full"_s), {}, {}};
    QElapsedTimer made;
    made.start();
    const int entries = makeProfile(plain.paths, years, end, nullptr);
    const bench::GeneratedMedia media;
    makeProfile(full.paths, years, end, &media);
    qint64 photoBytes = 0, thumbBytes = 0;
    for (int i = 0; i < 200; ++i)
        photoBytes += media.photos.at(i % 8).size(), thumbBytes += media.thumbnails.at(i % 8).size();
    const auto mib = [](const ProfilePaths& p) { return double(QFileInfo(p.database()).size()) / (1024.0 * 1024.0); };
    std::printf("unlock_full_box_bench: %d years, %d entries, the same in both; made in %.1f s\n", years, entries,
                double(made.elapsed()) / 1e3);
    std::printf(
        "  without media: %.1f MiB; with 200 photos (%.0f KB each, thumbnails %.1f KB) and 30 recordings "
        "(%.0f KB): %.1f MiB\n",
        mib(plain.paths), double(photoBytes) / 200 / 1e3, double(thumbBytes) / 200 / 1e3,
        double(media.recording.size()) / 1e3, mib(full.paths));
    std::fflush(stdout);

    QElapsedTimer clock;
    clock.start();
    HomePaint home;
    home.clock = &clock;
    app.installEventFilter(&home);
    // Not counted: the process's first window (fonts, styles) and the day's first backups.
    for (Profile* p : {&plain, &full}) unlockAndOpenWeek(p->paths, clock, home);
    // Later in the day (today's backup made), then as the day's first unlock: today's backup
    // removed before each, so the daily backup runs beside the home screen and My week.
    for (const bool first : {false, true})
        for (int r = 0; r < runs; ++r) {
            // By turns, the order changed every run, so the machine's load falls on both alike.
            for (Profile* p : r % 2 ? std::array{&full, &plain} : std::array{&plain, &full}) {
                if (first) QDir(p->paths.backups()).removeRecursively();
                const Run run = unlockAndOpenWeek(p->paths, clock, home);
                if (!run.ok) std::printf("run %d, %s: never painted\n", r + 1, p->name);
                (first ? p->firstOfDay : p->later).push_back(run);
            }
        }
    app.removeEventFilter(&home);
    print("later in the day (today's backup made)", plain, full, &Profile::later);
    print("the day's first unlock (the daily backup running beside it)", plain, full, &Profile::firstOfDay);
    return 0;
}
