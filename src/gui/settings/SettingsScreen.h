#pragma once

#include "gui/common/ProfileAccess.h"
#include "session/ProfileSession.h"  // QPointer needs the whole class

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class SettingsScreen;
}

namespace mooring {

class ProfileSettings;
class ReadAloud;
class ReadAloudSection;
class RecoveryCodeSection;

// Change passphrase (current, new, new, strength); where you live; text size, colours,
// less movement; a plain window title; locking by itself. Display and privacy choices
// take effect and are saved at once.
class SettingsScreen : public QWidget {
    Q_OBJECT
public:
    SettingsScreen(ProfileAccess access, ProfileSettings& settings, ProfileSession& session, QWidget* parent = nullptr);
    ~SettingsScreen() override;

    bool isBusy() const noexcept { return m_busy; }
    // A new recovery code is on screen, in use already, and not yet typed back.
    bool newRecoveryCodeNotYetKept() const;
    // The window's shared voice, for "Try it" under "Read aloud".
    void setReadAloud(ReadAloud* reader);

Q_SIGNALS:
    void backRequested();
    void settingsChanged();                            // the window re-applies text size, colours and its title
    void restoreRequested(const QString& backupName);  // asked and confirmed (BackupsSection)
    void rekeyRequested();  // "I think someone knows my passphrase…": the window opens RekeyDialog

private:
    void changePassphrase();
    void setBusy(bool busy);
    void store(const std::function<void(ProfileSettings&)>& change);

    ProfileAccess m_access;
    ProfileSettings& m_settings;
    QPointer<ProfileSession> m_session;  // guarded: the lock closes it before this screen goes
    const std::unique_ptr<Ui::SettingsScreen> m_ui;
    bool m_busy = false;
    RecoveryCodeSection* m_recoveryCode = nullptr;
    ReadAloudSection* m_readAloud = nullptr;
};

}  // namespace mooring
