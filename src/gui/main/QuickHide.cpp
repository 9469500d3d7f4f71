// MainWindow::quickHide lives here to keep MainWindow.cpp short.
#include "gui/main/QuickHide.h"

#include "gui/main/MainWindow.h"

namespace mooring {

QKeySequence quickHideKey() { return QKeySequence(Qt::Key_F12); }

void MainWindow::quickHide() {
    // Someone came into the room: no questions (nobody wants a dialog now) and nothing
    // lost. As with the idle lock, an entry being written is kept encrypted and offered
    // after unlocking, and unsaved plan changes become a version of their own.
    lockWhenIdle();
    showMinimized();
}

}  // namespace mooring
