// How long from "key derived, database open" to "home screen painted", the part of
// unlocking that is ours rather than Argon2's. Prints the median over several runs.
//
//   QT_QPA_PLATFORM=offscreen build/bench/home_after_unlock [runs]
#include "gui/main/MainWindow.h"
#include "storage/Argon2Params.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

bool isInside(QObject* object, const QString& name) {
    for (auto* widget = qobject_cast<QWidget*>(object); widget; widget = widget->parentWidget()) {
        if (widget->objectName() == name) return true;
    }
    return false;
}

// Notes the time of the first paint of anything on the home screen.
class PaintWatch : public QObject {
public:
    QElapsedTimer* clock = nullptr;
    qint64 paintedAt = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && paintedAt < 0 && isInside(watched, QStringLiteral("homeScreen")))
            paintedAt = clock->nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }
};

bool waitFor(const std::function<bool()>& done, int timeoutMs = 20000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mooring"));
    const int runs = argc > 1 ? std::max(3, std::atoi(argv[1])) : 15;

    QTemporaryDir tmp;
    const mooring::ProfilePaths paths(tmp.path() + QStringLiteral("/profile"));
    const QString passphrase = QStringLiteral("bench passphrase of some length");
    mooring::UnlockedProfile::create(paths, mooring::SecureBuffer::fromUtf8(passphrase),
                                     mooring::Argon2Params::forTests());

    QElapsedTimer clock;
    clock.start();
    PaintWatch watch;
    watch.clock = &clock;
    app.installEventFilter(&watch);

    std::vector<double> millis;
    for (int run = 0; run < runs; ++run) {
        mooring::MainWindow window(
            mooring::MainWindowOptions(mooring::ProfileAccess{paths, mooring::Argon2Params::forTests()}));
        window.resize(900, 720);
        window.show();
        if (!waitFor([&] { return window.isVisible(); })) return 2;
        qint64 readyAt = -1;
        QObject::connect(&window, &mooring::MainWindow::profileReady, [&] { readyAt = clock.nsecsElapsed(); });
        watch.paintedAt = -1;
        window.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(passphrase);
        window.findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
        if (!waitFor([&] { return readyAt >= 0 && watch.paintedAt >= 0; })) {
            std::fprintf(stderr, "run %d: the home screen never appeared\n", run + 1);
            return 1;
        }
        millis.push_back(double(watch.paintedAt - readyAt) / 1e6);
        window.lockNow();
    }

    const double first = millis.front();
    std::vector<double> sorted(millis.begin() + 1, millis.end());  // later runs: warm
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    std::printf("home_after_unlock: key derived -> home screen painted\n");
    std::printf("  first run (cold): %.2f ms\n", first);
    std::printf("  median of %zu warm runs: %.2f ms (min %.2f, max %.2f)\n", sorted.size(), median, sorted.front(),
                sorted.back());
    return 0;
}
