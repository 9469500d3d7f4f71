// MainWindow::comeBack lives here to keep MainWindow.cpp short: it undoes what F12 did to
// the window (QuickHide.cpp) when Mooring is started again (storage/ComeBackPipe.h).
#include "gui/common/OpenDialogs.h"
#include "gui/main/MainWindow.h"

#include <QApplication>

namespace mooring {

void MainWindow::comeBack(bool helpNow) {
    // A dialog in front would keep help behind it: closed first, as F1 does.
    if (helpNow) OpenDialogs::closeAllThen(this, [this] { showHelpNow(); });
    // Whether minimised (F12) or hidden: shown again, maximised if it was before. The
    // screen stays as it is: after F12 that is the lock screen.
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    // A dialog that is open over the window comes back on top of it.
    if (QWidget* dialog = QApplication::activeModalWidget(); dialog && dialog != this) {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }
    Q_EMIT cameBack();
}

}  // namespace mooring
