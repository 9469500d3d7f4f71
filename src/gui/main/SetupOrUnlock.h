#pragma once

#include "gui/common/ProfileAccess.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QStackedWidget;
class QWidget;

namespace mooring {

class ProfileSettings;
class SetupScreen;
class UnlockScreen;
class UnlockedProfile;

// The way into the profile: the setup screen while there is none yet, the unlock screen
// once there is one. Each is made when first needed, inside the window's stack, and goes
// once it has handed over the opened profile.
class SetupOrUnlock : public QObject {
    Q_OBJECT
public:
    using Opened = std::function<void(std::unique_ptr<UnlockedProfile>)>;
    SetupOrUnlock(ProfileAccess access, ProfileSettings& settings, QStackedWidget& stack, Opened opened);

    QWidget* screen();  // setup or unlock, whichever the profile folder calls for
    QWidget* unlockScreen();
    // On the unlock screen, when it is there (after a restore, new keys, a failed opening).
    void showNotice(const QString& text);
    void showProblem(const QString& text);
    // F12 took the window off the screen: an unlock under way must not leave the profile
    // open behind it.
    void windowHidden();

Q_SIGNALS:
    void libraryRequested();  // readable from the unlock screen, without a passphrase

private:
    ProfileAccess m_access;
    ProfileSettings& m_settings;
    QStackedWidget& m_stack;
    Opened m_opened;
    QPointer<SetupScreen> m_setup;
    QPointer<UnlockScreen> m_unlock;
    bool m_hiddenWhileUnlocking = false;
};

}  // namespace mooring
