#include "gui/main/LockSequence.h"

#include "domain/Error.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/OpenDialogs.h"
#include "gui/main/UnlockedScreens.h"
#include "gui/settings/RekeyDialog.h"
#include "session/ProfileSession.h"
#include "storage/ProfileSettings.h"

#include <QApplication>
#include <QWidget>

#include <utility>

namespace mooring {

LockSequence::LockSequence(Window window, ProfileSettings& settings, ProfileAccess access,
                           std::optional<std::chrono::milliseconds> idleLockOverride)
    : QObject(window.widget),  // found with the window's children, its IdleLock too (tests)
      m_window(std::move(window)),
      m_settings(settings),
      m_access(std::move(access)),
      m_idleLockOverride(idleLockOverride),
      m_idleLock(this) {
    connect(&m_idleLock, &IdleLock::idle, this, &LockSequence::lockWhenIdle);
}

void LockSequence::startIdleLock() {
    const int minutes = m_settings.idleLockMinutes();
    m_idleLock.start(m_idleLockOverride.value_or(std::chrono::minutes(minutes)));
}

bool LockSequence::readyToLock(LockReason reason) {
    UnlockedScreens* screens = m_window.screens();
    if (!m_window.session() || !screens) return false;
    if (!screens->readyToLock(reason)) {
        if (reason == LockReason::Idle) startIdleLock();  // try again at the next idle moment
        return false;
    }
    m_idleLock.stop();
    return true;
}

void LockSequence::lock(LockReason reason) {
    if (readyToLock(reason)) m_window.close(reason, {});
}

void LockSequence::lockWhenIdle() {
    // A new recovery code on screen is in use already: locking by itself would throw it away
    // while the person is most likely writing it down. It waits for the next idle moment.
    if (UnlockedScreens* screens = m_window.screens(); screens && screens->newRecoveryCodeOnScreen()) {
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

void LockSequence::quickHide() {
    // Someone came into the room: off the screen first, before anything is saved or asked.
    // Every dialog and menu closes unasked (a new recovery code on screen too: it is a secret,
    // and another can be made after unlocking).
    OpenDialogs::closeAll();
    m_window.widget->showMinimized();
    Q_EMIT hidden();
    // Then the lock, once the code behind those dialogs has finished. Nothing is lost: as
    // with the idle lock, an entry being written is kept encrypted and offered after
    // unlocking, and unsaved plan changes become a version of their own.
    OpenDialogs::afterUnwinding(this, [this] { lockUnattended(); });
}

void LockSequence::lockUnattended() {
    // Nobody may be there to answer: the draft is kept encrypted and offered after unlocking.
    if (UnlockedScreens* screens = m_window.screens()) screens->holdDraftForLock();
    lock(LockReason::Idle);
}

void LockSequence::restoreBackup(const QString& name) {
    if (!readyToLock(LockReason::Asked)) return;
    QString problem;
    m_window.close(LockReason::Asked, [&problem, &name](ProfileSession& session) {
        // A few seconds at most for a large profile; the person has just asked for it and waits.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            // The files are replaced only with everything closed; the profile's own key file
            // stays, with today's passphrase.
            session.closeAndRestore(name);
        } catch (const Error& error) {
            problem = error.message();
        } catch (const std::exception&) {
            problem = MessageBanner::unexpectedProblem();
        }
        QApplication::restoreOverrideCursor();
    });
    if (!problem.isEmpty())
        Q_EMIT problemForUnlock(problem);
    else
        Q_EMIT noticeForUnlock(QCoreApplication::translate(
            "mooring",
            "Your backup is back in place, and what you had before is kept as a backup too. Please unlock "
            "again with the passphrase you use today."));
}

void LockSequence::openRekey() {
    ProfileSession* session = m_window.session();
    if (!session || m_rekey) return;
    // The files are replaced only with everything closed: the dialog locks first, as a
    // restore does, once the current passphrase is known to be right.
    auto* dialog = new RekeyDialog(
        m_access, *session,
        [this] {
            lock(LockReason::Asked);
            return m_window.session() == nullptr;
        },
        m_window.widget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->rekeyed()) Q_EMIT noticeForUnlock(RekeyDialog::doneNotice());
    });
    m_rekey = dialog;
    dialog->open();
}

}  // namespace mooring
