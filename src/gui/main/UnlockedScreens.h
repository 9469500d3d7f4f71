#pragma once

#include "gui/common/ProfileAccess.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/UrgeTimer.h"
#include "gui/main/LockReason.h"

#include <QObject>
#include <QPointer>

class QDateTime;
class QStackedWidget;
class QWidget;

namespace mooring {

class CheckInScreen;
class HomeScreen;
class JournalScreen;
class PlanEditor;
class ProfileSession;
class ProfileSettings;
class RecoveryScreen;
class ReviewScreen;
class SetbackPanel;
class SettingsScreen;
class ToolboxScreen;

// The screens that exist only while a profile is open: home, settings, toolbox, plan,
// journal, week, setback, recovery and the check-in. Made when the session opens and
// destroyed on lock, so nothing the person wrote stays on a screen once Mooring is locked. Each screen is
// built on first need inside the window's stack, and knows where "Back" leads; what lies
// outside (help now, the library, the window's settings) is asked for by signal.
class UnlockedScreens : public QObject {
    Q_OBJECT
public:
    UnlockedScreens(ProfileSession& session, ProfileSettings& settings, ProfileAccess access, QStackedWidget& stack);
    ~UnlockedScreens() override;  // takes every screen out of the stack

    void showHome();
    void showSettings();
    void showToolbox();
    void showPlan();
    void showJournal();
    void showReview();
    void showSetback(const QString& entryId);
    void showRecovery();
    void newJournalEntry();
    void showCheckIn();  // today's check-in (Ctrl+K), the first question in focus
    void newJournalEntryAfterUrgeTimer(const QDateTime& startedAt, int minutes, UrgeTimer::Outcome outcome);

    // Before a lock: words being written and plan changes are kept, let go or the person
    // stays, as they say (asked) or kept without asking (idle). False: stay unlocked.
    bool readyToLock(LockReason reason);
    // Nobody may be there to answer: the entry being written is kept encrypted, to be
    // offered again after unlocking.
    void holdDraftForLock();
    // An entry held at the last lock is offered again: true if there is one (the journal
    // is on screen then; the question waits for offerHeldDraft()).
    bool showHeldDraft();
    void offerHeldDraft();
    // A new recovery code is on screen that the person has not said they kept.
    bool newRecoveryCodeOnScreen() const;
    // Ctrl+L over such a code asks first; false: the person stays with it.
    bool letGoOfUnkeptCode();

Q_SIGNALS:
    void showRequested(QWidget* screen);  // the window brings it to the front
    void homeShown();
    void helpNowRequested();
    void helpPanelRequested(CrisisScreen::Panel panel);
    void libraryRequested();
    void libraryPageRequested(const QString& pageId);
    // Passed on from settings, for the window.
    void settingsChanged();
    void restoreRequested(const QString& backupName);
    void rekeyRequested();

private:
    HomeScreen* makeHome();
    JournalScreen* journal();  // made on first need, not shown
    bool keepPlanBeforeLock(LockReason reason);
    void show(QWidget* screen);

    ProfileSession& m_session;
    ProfileSettings& m_settings;
    ProfileAccess m_access;
    QStackedWidget& m_stack;

    QPointer<HomeScreen> m_home;
    QPointer<SettingsScreen> m_settingsScreen;
    QPointer<ToolboxScreen> m_toolbox;
    QPointer<PlanEditor> m_plan;
    QPointer<JournalScreen> m_journal;
    QPointer<ReviewScreen> m_review;
    QPointer<SetbackPanel> m_setback;
    QPointer<RecoveryScreen> m_recovery;
    QPointer<CheckInScreen> m_checkIn;
};

}  // namespace mooring
