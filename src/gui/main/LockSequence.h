#pragma once

#include "gui/common/ProfileAccess.h"
#include "gui/main/IdleLock.h"
#include "gui/main/LockReason.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class QWidget;

namespace mooring {

class ProfileSession;
class ProfileSettings;
class RekeyDialog;
class UnlockedScreens;

// When the open profile is locked, and what is asked or kept first. Ctrl+L and the lock
// button ask the person; the idle lock and F12 happen to a window nobody may be watching,
// so nothing is asked and nothing is lost. A restore and new keys lock on the way. The
// closing itself is the window's (Window::close): it owns the session and the screens.
class LockSequence : public QObject {
    Q_OBJECT
public:
    // What the lock needs of the window it locks; read at each step, never kept.
    struct Window {
        QWidget* widget;                            // minimised by F12; owns the dialogs
        std::function<ProfileSession*()> session;   // null while locked
        std::function<UnlockedScreens*()> screens;  // null while locked
        // Drops the screens, runs lastStep (if any) on the session and closes it, then shows
        // what comes next. Called once everything has been asked and kept.
        std::function<void(LockReason, const std::function<void(ProfileSession&)>& lastStep)> close;
    };

    LockSequence(Window window, ProfileSettings& settings, ProfileAccess access,
                 std::optional<std::chrono::milliseconds> idleLockOverride);

    void startIdleLock();  // after unlocking and when the settings change
    void lock(LockReason reason);
    void quickHide();                         // F12
    void restoreBackup(const QString& name);  // settings' "Restore…", confirmed there
    void openRekey();                         // settings' "I think someone knows my passphrase…"

Q_SIGNALS:
    void hidden();  // F12 took the window off the screen
    // For the unlock screen that follows a restore or new keys.
    void noticeForUnlock(const QString& text);
    void problemForUnlock(const QString& text);

private:
    bool readyToLock(LockReason reason);  // asks the screens; false: stay unlocked
    void lockWhenIdle();
    void lockUnattended();  // the idle lock and F12: nobody is asked, nothing is lost

    Window m_window;
    ProfileSettings& m_settings;
    ProfileAccess m_access;
    std::optional<std::chrono::milliseconds> m_idleLockOverride;
    IdleLock m_idleLock;
    // A child of the window, not of settings: it stays while the window locks under it.
    QPointer<RekeyDialog> m_rekey;
};

}  // namespace mooring
