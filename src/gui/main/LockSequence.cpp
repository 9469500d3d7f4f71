// The lock: what is asked or kept first (words being written, plan changes, a new
// recovery code), then every screen with personal data dropped and the session closed,
// which waits for its jobs. Also the two ways out that lock on the way: a restore and
// new keys.
#include "gui/main/MainWindow.h"

#include "domain/Error.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/OpenDialogs.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/main/IdleLock.h"
#include "gui/main/UnlockedScreens.h"
#include "gui/settings/RekeyDialog.h"
#include "gui/unlock/UnlockScreen.h"
#include "session/ProfileSession.h"
#include "storage/ProfileSettings.h"

#include <QApplication>
#include <QStackedWidget>

namespace mooring {

void MainWindow::lockNow() { lock(LockReason::Asked); }

bool MainWindow::leaveUnlocked(LockReason reason) {
    if (!m_screens->readyToLock(reason)) {
        if (reason == LockReason::Idle) startIdleLock();  // try again at the next idle moment
        return false;
    }
    m_idleLock->stop();
    if (m_crisis) m_crisis->setSession(nullptr);
    m_screens.reset();  // every screen with personal data leaves the stack now
    m_returnTo = nullptr;
    return true;
}

void MainWindow::lock(LockReason reason) {
    if (!m_session) return;
    // Locking by itself must not pull someone out of "I need help now" (an urge timer can
    // run for 15 minutes untouched): that screen stays, with nothing personal left on it.
    const bool stayOnHelp = reason == LockReason::Idle && m_crisis && currentScreen() == m_crisis;
    if (!leaveUnlocked(reason)) return;
    m_session.reset();      // waits for work still running, closes the database, wipes the key
    checkPassphraseCost();  // nothing open: no note, no watching
    if (stayOnHelp) {
        updateChrome();
        return;  // "Back" from help now leads to the unlock screen
    }
    showStartScreen();
}

void MainWindow::restoreBackup(const QString& name) {
    if (!m_session || !leaveUnlocked(LockReason::Asked)) return;
    // A few seconds at most for a large profile; the person has just asked for it and waits.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    try {
        // The files are replaced only with everything closed; the profile's own key file
        // stays, with today's passphrase.
        m_session->closeAndRestore(name);
    } catch (const Error& error) {
        problem = error.message();
    } catch (const std::exception&) {
        problem = MessageBanner::unexpectedProblem();
    }
    QApplication::restoreOverrideCursor();
    m_session.reset();
    checkPassphraseCost();
    showStartScreen();
    if (!m_unlock) return;
    if (problem.isEmpty())
        m_unlock->showNotice(QCoreApplication::translate(
            "mooring",
            "Your backup is back in place, and what you had before is kept as a backup too. Please unlock "
            "again with the passphrase you use today."));
    else
        m_unlock->showProblem(problem);
}

void MainWindow::openRekey() {
    if (!m_session || m_rekey) return;
    // The files are replaced only with everything closed: the dialog locks first, as a
    // restore does, once the current passphrase is known to be right.
    auto* dialog = new RekeyDialog(
        m_options.access, *m_session,
        [this] {
            lock(LockReason::Asked);
            return m_session == nullptr;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->rekeyed() && m_unlock) m_unlock->showNotice(RekeyDialog::doneNotice());
    });
    m_rekey = dialog;
    dialog->open();
}

void MainWindow::startIdleLock() {
    const int minutes = m_settings->idleLockMinutes();
    m_idleLock->start(m_options.idleLockOverride.value_or(std::chrono::minutes(minutes)));
}

void MainWindow::lockWhenIdle() {
    // A new recovery code on screen is in use already: locking by itself would throw it away
    // while the person is most likely writing it down. It waits for the next idle moment.
    if (m_screens && m_screens->newRecoveryCodeOnScreen()) {
        startIdleLock();
        return;
    }
    // The same for new keys being made, or their new recovery code on screen. Before that,
    // nothing has changed yet: the dialog closes with the others, and its secrets go with it.
    if (m_rekey && m_rekey->codeNotYetKept()) {
        startIdleLock();
        return;
    }
    // Every other dialog closes unasked. The lock waits until the code that opened them has
    // finished, since the lock deletes the screens that code belongs to.
    OpenDialogs::closeAllThen(this, [this] { lockUnattended(); });
}

void MainWindow::lockUnattended() {
    // Nobody may be there to answer: the draft is kept encrypted and offered after unlocking.
    if (m_screens) m_screens->holdDraftForLock();
    lock(LockReason::Idle);
}

}  // namespace mooring
