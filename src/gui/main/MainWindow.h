#pragma once

#include "domain/Clock.h"
#include "gui/common/AppWideKeys.h"
#include "gui/common/ProfileAccess.h"
#include "gui/main/LockSequence.h"
#include "gui/main/SetupOrUnlock.h"

#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QPushButton;
class QStackedWidget;

namespace mooring {

class CrisisScreen;
class HelpNowButton;
class LibraryScreen;
class ProfileSession;
class ProfileSettings;
class ReadAloud;
class TestKdfNotice;
class TrayReminders;
class UnlockedProfile;
class UnlockedScreens;

struct MainWindowOptions {
    explicit MainWindowOptions(ProfileAccess profileAccess) : access(std::move(profileAccess)) {}

    ProfileAccess access;           // tests: a temporary profile and Argon2Params::forTests()
    bool startWithHelpNow = false;  // --help-now
    // Tests: lock after this much idle time instead of the minutes in settings.
    std::optional<std::chrono::milliseconds> idleLockOverride;
    // --sample: opens the sample profile without asking (its passphrase is never shown)
    // and says on screen and in the title that nothing in it is real.
    std::function<std::unique_ptr<UnlockedProfile>()> openSample;
    bool startInTray = false;  // --tray: the tray icon is there even with no reminder chosen
    Clock reminderClock;       // tests: the time reminders go by
};

// The one window: a calm top bar ("I need help now"; "Lock now" once unlocked) over a
// stack of screens. Only the first screen is built at start (no database, no key
// derivation until the person acts). The window owns the open session; the screens of the
// open profile are UnlockedScreens', made when it opens and dropped on lock, and when to
// lock is LockSequence's.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(MainWindowOptions options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The open profile, or null while locked.
    ProfileSession* session() const noexcept { return m_session.get(); }
    UnlockedProfile* profile() const;
    QWidget* currentScreen() const;
    ProfileSettings& settings() noexcept { return *m_settings; }
    TrayReminders& tray() noexcept { return *m_tray; }
    static QString sampleNotice();   // the sample profile's title and banner
    static QString testKdfNotice();  // over a profile whose passphrase has the test-only cost

public Q_SLOTS:
    void lockNow();  // Ctrl+L: wipes the key, closes the database, shows the unlock screen
    void showHelpNow();
    void showHome();
    void showSettings();
    void showToolbox();
    void showPlan();
    void showJournal();
    void showReview();       // "My week": the weekly review
    void showCheckIn();      // Ctrl+K from anywhere once unlocked, and the tray's reminders
    void newJournalEntry();  // Ctrl+J from anywhere once unlocked (quick capture)
    void quickHide();        // F12: minimises at once, then locks as the idle lock does
    // Mooring started again while this window is open: back to the front as it is (after
    // F12, on the lock screen), or on "I need help now" when that was asked for.
    void comeBack(bool helpNow);
    void showLibrary();                             // "Understand": readable before unlocking, nothing personal in it
    void showSetback(const QString& entryId = {});  // after a setback (journal "acted", or home)
    void showRecovery();                            // "Where I am in recovery"

Q_SIGNALS:
    void profileReady();  // the key is derived and the database open; home comes next
    void homeShown();
    void cameBack();  // comeBack() is done: shown, raised and asked to be active

protected:
    void changeEvent(QEvent* event) override;

private:
    // F1, F12 or Ctrl+L pressed here or in a dialog in front of this window.
    void keyRequested(AppWideKeys::Action action, QWidget* from);
    bool isMine(const QWidget* widget) const;
    void offerHeldDraft();
    void showScreen(QWidget* screen);
    void forward(void (UnlockedScreens::*show)());
    void showStartScreen();
    void enterUnlocked(std::unique_ptr<UnlockedProfile> profile);
    // The lock's last part, once everything is asked and kept: the screens of the open
    // profile go, lastStep (a restore) runs on the session, the session closes.
    void closeSession(LockReason reason, const std::function<void(ProfileSession&)>& lastStep);
    void leaveHelpNow();
    void applySettings();
    void updateChrome();

    MainWindowOptions m_options;
    std::unique_ptr<ProfileSettings> m_settings;
    // The open profile and everything running with it; closing it waits for that work.
    std::unique_ptr<ProfileSession> m_session;
    // Home, the journal, the plan and every other screen of the open profile; null while locked.
    std::unique_ptr<UnlockedScreens> m_screens;
    LockSequence m_lock;

    QStackedWidget* m_stack;
    SetupOrUnlock m_wayIn;
    QWidget* m_topBar;
    HelpNowButton* m_helpNow;
    QPushButton* m_lockButton;
    TestKdfNotice* m_testKdfNotice;
    // "Read this to me": one voice for the help screen and the library, silenced on F12 and lock.
    ReadAloud* m_readAloud;
    bool m_offerDraftWhenShown = false;  // a held draft waits until the window is back

    QPointer<CrisisScreen> m_crisis;
    QPointer<QWidget> m_returnTo;  // where "Back" from the crisis screen leads
    QPointer<LibraryScreen> m_library;
    QPointer<QWidget> m_libraryReturnTo;    // where "Back" from the library leads
    std::unique_ptr<TrayReminders> m_tray;  // the tray icon and the reminders, when chosen
};

}  // namespace mooring
