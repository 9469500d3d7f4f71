// MainWindow::quickHide lives here to keep MainWindow.cpp short.
#include "gui/main/QuickHide.h"

#include "gui/common/AppWideKeys.h"
#include "gui/common/OpenDialogs.h"
#include "gui/main/MainWindow.h"
#include "gui/unlock/UnlockScreen.h"

namespace mooring {

QKeySequence quickHideKey() { return AppWideKeys::keyFor(AppWideKeys::Action::QuickHide); }

void MainWindow::quickHide() {
    // Someone came into the room: off the screen first, before anything is saved or asked.
    // Every dialog and menu closes unasked (a new recovery code on screen too: it is a secret,
    // and another can be made after unlocking).
    OpenDialogs::closeAll();
    showMinimized();
    // An unlock already under way still finishes; it must not leave the data open behind the
    // hidden window (see the unlocked handler in MainWindow::showUnlockScreen).
    if (!m_session && m_unlock && m_unlock->isBusy()) m_hiddenWhileUnlocking = true;
    // Then the lock, once the code behind those dialogs has finished. Nothing is lost: as
    // with the idle lock, an entry being written is kept encrypted and offered after
    // unlocking, and unsaved plan changes become a version of their own.
    OpenDialogs::afterUnwinding(this, [this] { lockUnattended(); });
}

}  // namespace mooring
