#include "gui/main/WindowTestHook.h"

#include "gui/main/MainWindow.h"

#include <QTimer>

#include <cstdio>

namespace mooring {

namespace {

void report(const char* what, const MainWindow& window) {
    const QWidget* screen = window.currentScreen();
    std::printf("%s visible=%d minimized=%d screen=%s\n", what, window.isVisible() ? 1 : 0,
                window.isMinimized() ? 1 : 0, screen ? qPrintable(screen->objectName()) : "none");
    std::fflush(stdout);  // the test reads it while the program runs on
}

}  // namespace

void installWindowTestHook(MainWindow& window) {
    if (qEnvironmentVariable("MOORING_TEST_WINDOW_HOOK") != QLatin1String("1")) return;
    QTimer::singleShot(0, &window, [&window] {
        window.quickHide();
        // The lock may follow from the event loop: report once it has had its turn.
        QTimer::singleShot(50, &window, [&window] { report("hidden", window); });
    });
    QObject::connect(&window, &MainWindow::cameBack, &window, [&window] { report("came-back", window); });
}

}  // namespace mooring
