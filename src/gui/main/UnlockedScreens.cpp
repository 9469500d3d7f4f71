#include "gui/main/UnlockedScreens.h"

#include "gui/checkin/CheckInScreen.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/RoomWords.h"
#include "gui/home/HomeScreen.h"
#include "gui/home/HomeTile.h"
#include "gui/journal/JournalScreen.h"
#include "gui/main/DropScreen.h"
#include "gui/plan/PlanEditor.h"
#include "gui/recovery/RecoveryScreen.h"
#include "gui/review/ReviewScreen.h"
#include "gui/setback/SetbackPanel.h"
#include "gui/settings/NewRecoveryCodeDialog.h"
#include "gui/settings/SettingsScreen.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "session/ProfileSession.h"
#include "storage/ProfileSettings.h"

#include <QPushButton>
#include <QStackedWidget>

#include <utility>

namespace mooring {

UnlockedScreens::UnlockedScreens(ProfileSession& session, ProfileSettings& settings, ProfileAccess access,
                                 QStackedWidget& stack)
    : m_session(session), m_settings(settings), m_access(std::move(access)), m_stack(stack) {}

UnlockedScreens::~UnlockedScreens() {
    // Out of the stack at once, deleted once the event loop is back (the lock may have been
    // asked for by one of their own buttons). What they hold unsaved is kept on the
    // session's aboutToClose, which comes after this.
    dropScreen(&m_stack, m_home);
    dropScreen(&m_stack, m_settingsScreen);
    dropScreen(&m_stack, m_toolbox);
    dropScreen(&m_stack, m_plan);
    dropScreen(&m_stack, m_journal);
    dropScreen(&m_stack, m_review);
    dropScreen(&m_stack, m_setback);
    dropScreen(&m_stack, m_recovery);
    dropScreen(&m_stack, m_checkIn);
}

void UnlockedScreens::show(QWidget* screen) {
    if (m_stack.indexOf(screen) < 0) m_stack.addWidget(screen);
    Q_EMIT showRequested(screen);
}

void UnlockedScreens::showHome() {
    if (!m_home) m_home = makeHome();
    show(m_home);
    Q_EMIT homeShown();
}

HomeScreen* UnlockedScreens::makeHome() {
    // Made inside the stack, as every screen here: given a parent later, its style would be
    // worked out twice.
    auto* home = new HomeScreen(&m_stack);
    connect(home, &HomeScreen::helpRequested, this, &UnlockedScreens::helpNowRequested);
    connect(home, &HomeScreen::settingsRequested, this, &UnlockedScreens::showSettings);
    const auto addTile = [home, this](const char* objectName, const QString& title, const QString& text,
                                      void (UnlockedScreens::*leadsTo)()) {
        HomeTile* tile = home->addTile(title, text);
        tile->setObjectName(QLatin1String(objectName));
        connect(tile, &QPushButton::clicked, this, leadsTo);
    };
    addTile("toolboxTile", tr("My coping toolbox"),
            tr("Things to do instead when the urge comes, and your safety box."), &UnlockedScreens::showToolbox);
    addTile("planTile", tr("My safety plan"),
            tr("The steps to follow when things get hard, made with care ahead of time."), &UnlockedScreens::showPlan);
    addTile("journalTile", tr("My journal"),
            tr("What happened before an urge and what helped. Ctrl+J starts a new entry from anywhere."),
            &UnlockedScreens::showJournal);
    addTile("checkInTile", tr("Check in"), tr("A few moments for how today is going. Ctrl+K opens it from anywhere."),
            &UnlockedScreens::showCheckIn);
    addTile("reviewTile", tr("My week"),
            tr("A look back at the week: patterns, what helped, and a note for what you want to change. "
               "Printable for your next session."),
            &UnlockedScreens::showReview);
    addTile("libraryTile", tr("Understand self-harm and recovery"),
            tr("Short pages in plain words, for you and the people around you."), &UnlockedScreens::libraryRequested);
    addTile("recoveryTile", tr("Where I am in recovery"),
            tr("Say where you feel you are, in your own words, with ideas for next steps."),
            &UnlockedScreens::showRecovery);
    HomeTile* setback =
        home->addTile(tr("I had a setback"), tr("Care for right now, your plan and your people, and later, if you "
                                                "like, a gentle look back."));
    setback->setObjectName(QStringLiteral("setbackTile"));
    connect(setback, &QPushButton::clicked, this, [this] { showSetback({}); });
    // The day's backup ends after the start page is up. Its word about room on the disk goes
    // there, where nothing is urgent: never over the help screen, never as a question.
    MessageBanner* notice = home->notice();
    connect(&m_session, &ProfileSession::backupsNeedRoom, notice, [notice](const BackupRoom& room) {
        notice->showMessage(RoomWords::backupsNeedRoom(room) + u' ' + tr("Settings shows how much room Mooring takes."),
                            MessageBanner::Tone::Info);
    });
    return home;
}

void UnlockedScreens::showSettings() {
    if (!m_settingsScreen) {
        m_settingsScreen = new SettingsScreen(m_access, m_settings, m_session, &m_stack);
        connect(m_settingsScreen, &SettingsScreen::backRequested, this, &UnlockedScreens::showHome);
        connect(m_settingsScreen, &SettingsScreen::settingsChanged, this, &UnlockedScreens::settingsChanged);
        connect(m_settingsScreen, &SettingsScreen::restoreRequested, this, &UnlockedScreens::restoreRequested);
        connect(m_settingsScreen, &SettingsScreen::rekeyRequested, this, &UnlockedScreens::rekeyRequested);
    }
    show(m_settingsScreen);
}

void UnlockedScreens::showToolbox() {
    if (!m_toolbox) {
        m_toolbox = new ToolboxScreen(m_session, &m_stack);
        connect(m_toolbox, &ToolboxScreen::backRequested, this, &UnlockedScreens::showHome);
    }
    show(m_toolbox);
}

void UnlockedScreens::showPlan() {
    if (!m_plan) {
        m_plan = new PlanEditor(m_session, &m_settings, &m_stack);
        connect(m_plan, &PlanEditor::leaveRequested, this, &UnlockedScreens::showHome);
    }
    show(m_plan);
}

void UnlockedScreens::showJournal() { show(journal()); }

JournalScreen* UnlockedScreens::journal() {
    if (!m_journal) {
        m_journal = new JournalScreen(m_session, &m_stack);
        connect(m_journal, &JournalScreen::backRequested, this, &UnlockedScreens::showHome);
        connect(m_journal, &JournalScreen::setbackRecorded, this, &UnlockedScreens::showSetback);
    }
    return m_journal;
}

// The form is opened before the screen shows, so the focus goes straight to it once, not
// first to the journal's list and then to the form.
void UnlockedScreens::newJournalEntry() {
    journal()->newEntry();
    show(m_journal);
}

void UnlockedScreens::newJournalEntryAfterUrgeTimer(const QDateTime& startedAt, int minutes,
                                                    UrgeTimer::Outcome outcome) {
    journal()->newEntryAfterUrgeTimer(startedAt, minutes, outcome);
    show(m_journal);
}

void UnlockedScreens::showCheckIn() {
    if (!m_checkIn) {
        m_checkIn = new CheckInScreen(m_session, &m_stack);
        connect(m_checkIn, &CheckInScreen::backRequested, this, &UnlockedScreens::showHome);
        connect(m_checkIn, &CheckInScreen::journalRequested, this, &UnlockedScreens::newJournalEntry);
        connect(m_checkIn, &CheckInScreen::helpRequested, this, &UnlockedScreens::helpNowRequested);
    }
    m_checkIn->openToday();
    show(m_checkIn);
    m_checkIn->focusFirstQuestion();
}

void UnlockedScreens::showReview() {
    if (!m_review) {
        m_review = new ReviewScreen(m_session, &m_stack);
        connect(m_review, &ReviewScreen::backRequested, this, &UnlockedScreens::showHome);
        connect(m_review, &ReviewScreen::warningSignOffered, this, [this](const QString& trigger) {
            showPlan();
            // Opens the plan with the trigger filled in as a warning sign, to keep or drop there.
            m_plan->suggestItems(PlanSection::WarningSigns, {trigger});
        });
    }
    show(m_review);
}

void UnlockedScreens::showSetback(const QString& entryId) {
    // The panel belongs to one setback: another one starts afresh.
    if (m_setback && m_setback->entryId() != entryId) dropScreen(&m_stack, m_setback);
    if (!m_setback) {
        m_setback = new SetbackPanel(m_session, m_settings, entryId, &m_stack);
        connect(m_setback, &SetbackPanel::backRequested, this, &UnlockedScreens::showHome);
        connect(m_setback, &SetbackPanel::planRequested, this, &UnlockedScreens::showPlan);
        connect(m_setback, &SetbackPanel::planStepsRequested, this,
                [this] { Q_EMIT helpPanelRequested(CrisisScreen::Panel::Plan); });
        connect(m_setback, &SetbackPanel::talkRequested, this,
                [this] { Q_EMIT helpPanelRequested(CrisisScreen::Panel::Talk); });
        connect(m_setback, &SetbackPanel::addToPlanRequested, this,
                [this](const QStringList& warningSigns, const QStringList& coping) {
                    showPlan();
                    // Suggestions only: the plan changes when the person saves it.
                    m_plan->suggestItems(PlanSection::InternalCoping, coping);
                    if (!warningSigns.isEmpty()) m_plan->suggestItems(PlanSection::WarningSigns, warningSigns);
                });
    }
    m_setback->showFirstPage();
    show(m_setback);
}

void UnlockedScreens::showRecovery() {
    if (!m_recovery) {
        m_recovery = new RecoveryScreen(m_session, &m_stack);
        connect(m_recovery, &RecoveryScreen::backRequested, this, &UnlockedScreens::showHome);
        connect(m_recovery, &RecoveryScreen::journalRequested, this, &UnlockedScreens::showJournal);
        connect(m_recovery, &RecoveryScreen::toolboxRequested, this, &UnlockedScreens::showToolbox);
        connect(m_recovery, &RecoveryScreen::planRequested, this, &UnlockedScreens::showPlan);
        connect(m_recovery, &RecoveryScreen::urgeTimerRequested, this,
                [this] { Q_EMIT helpPanelRequested(CrisisScreen::Panel::RideOut); });
        connect(m_recovery, &RecoveryScreen::libraryPageRequested, this, &UnlockedScreens::libraryPageRequested);
        m_recovery->setReviewAvailable(true);
        connect(m_recovery, &RecoveryScreen::reviewRequested, this, &UnlockedScreens::showReview);
    }
    show(m_recovery);
}

bool UnlockedScreens::readyToLock(LockReason reason) {
    // An entry being written is saved (encrypted) or let go first, as the person says.
    if (m_journal && !m_journal->askAboutDraftBeforeLock()) return false;
    return !m_plan || keepPlanBeforeLock(reason);
}

bool UnlockedScreens::keepPlanBeforeLock(LockReason reason) {
    if (!m_plan->isDirty()) return true;
    // Ctrl+L: the person is here to answer "save, discard or go back".
    if (reason == LockReason::Asked) return m_plan->maybeLeave();
    // Nobody may be there: the changes become a version of their own rather than being lost.
    // If even that fails (disk full), stay unlocked this time: the editor says what happened
    // and keeps every word, and the next idle moment tries again.
    return m_plan->saveWithNote(tr("Kept when Mooring locked by itself"));
}

void UnlockedScreens::holdDraftForLock() {
    if (m_journal) m_journal->holdDraftForLock();
}

bool UnlockedScreens::showHeldDraft() {
    if (!JournalScreen::hasHeldDraft(m_session)) return false;
    showJournal();
    return true;
}

void UnlockedScreens::offerHeldDraft() {
    if (m_journal) m_journal->offerHeldDraft();
}

bool UnlockedScreens::newRecoveryCodeOnScreen() const {
    return m_settingsScreen && m_settingsScreen->newRecoveryCodeNotYetKept();
}

bool UnlockedScreens::letGoOfUnkeptCode() {
    if (!newRecoveryCodeOnScreen()) return true;
    // The new code is in use already and the old one is not: as Ctrl+L asks about unsaved
    // words, the dialog asks before it closes (staying is its default).
    QList<QPointer<NewRecoveryCodeDialog>> dialogs;  // guarded: asking runs the event loop
    for (NewRecoveryCodeDialog* dialog : m_settingsScreen->findChildren<NewRecoveryCodeDialog*>())
        dialogs.append(dialog);
    for (const QPointer<NewRecoveryCodeDialog>& dialog : std::as_const(dialogs)) {
        if (!dialog || !dialog->isVisible() || !dialog->codeNotYetKept()) continue;
        dialog->reject();
        if (dialog && dialog->isVisible()) return false;
    }
    return true;
}

}  // namespace mooring
