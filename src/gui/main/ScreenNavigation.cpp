// How the person moves between the window's screens: each is made when first needed,
// with the open session, and wired to the screens it leads to. Dropped on lock
// (LockSequence.cpp).
#include "gui/main/MainWindow.h"

#include "gui/crisis/CrisisScreen.h"
#include "gui/home/HomeScreen.h"
#include "gui/journal/JournalScreen.h"
#include "gui/library/LibraryScreen.h"
#include "gui/main/DropScreen.h"
#include "gui/main/HomeTiles.h"
#include "gui/plan/PlanEditor.h"
#include "gui/recovery/RecoveryScreen.h"
#include "gui/review/ReviewScreen.h"
#include "gui/setback/SetbackPanel.h"
#include "gui/settings/SettingsScreen.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "session/ProfileSession.h"

#include <QStackedWidget>

namespace mooring {

void MainWindow::showScreen(QWidget* screen) {
    if (m_stack->indexOf(screen) < 0) m_stack->addWidget(screen);
    m_stack->setCurrentWidget(screen);
    updateChrome();
    screen->setFocus();
}

void MainWindow::showHome() {
    if (!m_session) return;
    if (!m_home) m_home = makeHomeScreen(this);
    showScreen(m_home);
    Q_EMIT homeShown();
}

void MainWindow::showSettings() {
    if (!m_session) return;
    if (!m_settingsScreen) {
        m_settingsScreen = new SettingsScreen(m_options.access, *m_settings, *m_session);
        connect(m_settingsScreen, &SettingsScreen::backRequested, this, &MainWindow::showHome);
        connect(m_settingsScreen, &SettingsScreen::settingsChanged, this, &MainWindow::applySettings);
        connect(m_settingsScreen, &SettingsScreen::restoreRequested, this, &MainWindow::restoreBackup);
        connect(m_settingsScreen, &SettingsScreen::rekeyRequested, this, &MainWindow::openRekey);
    }
    showScreen(m_settingsScreen);
}

void MainWindow::showToolbox() {
    if (!m_session) return;
    if (!m_toolbox) {
        m_toolbox = new ToolboxScreen(*m_session);
        connect(m_toolbox, &ToolboxScreen::backRequested, this, &MainWindow::showHome);
    }
    showScreen(m_toolbox);
}

void MainWindow::showPlan() {
    if (!m_session) return;
    if (!m_plan) {
        m_plan = new PlanEditor(*m_session, m_settings.get());
        connect(m_plan, &PlanEditor::leaveRequested, this, &MainWindow::showHome);
    }
    showScreen(m_plan);
}

void MainWindow::showJournal() {
    if (!m_session) return;
    if (!m_journal) {
        m_journal = new JournalScreen(*m_session);
        connect(m_journal, &JournalScreen::backRequested, this, &MainWindow::showHome);
        connect(m_journal, &JournalScreen::setbackRecorded, this, &MainWindow::showSetback);
    }
    showScreen(m_journal);
}

void MainWindow::showReview() {
    if (!m_session) return;
    if (!m_review) {
        m_review = new ReviewScreen(*m_session);
        connect(m_review, &ReviewScreen::backRequested, this, &MainWindow::showHome);
        connect(m_review, &ReviewScreen::warningSignOffered, this, [this](const QString& trigger) {
            showPlan();
            if (!m_plan) return;
            // Opens the plan with the trigger filled in as a warning sign, to keep or drop there.
            m_plan->suggestItems(PlanSection::WarningSigns, {trigger});
        });
    }
    showScreen(m_review);
}

void MainWindow::newJournalEntry() {
    if (!m_session) return;
    showJournal();
    m_journal->newEntry();
}

void MainWindow::showHelpNow() {
    if (!m_crisis) {
        // Made inside the stack: given a parent later, its style would be worked out twice.
        m_crisis = new CrisisScreen(*m_settings, m_stack);
        m_crisis->setObjectName(QStringLiteral("crisisScreen"));
        connect(m_crisis, &CrisisScreen::leaveRequested, this, &MainWindow::leaveHelpNow);
        connect(m_crisis, &CrisisScreen::libraryRequested, this, &MainWindow::showLibrary);
        connect(m_crisis, &CrisisScreen::journalEntryRequested, this,
                [this](const QDateTime& startedAt, int minutes, UrgeTimer::Outcome outcome) {
                    if (!m_session) return;  // offered only while unlocked; checked again here
                    showJournal();
                    m_journal->newEntryAfterUrgeTimer(startedAt, minutes, outcome);
                });
        if (m_session) m_crisis->setSession(m_session.get());
    }
    if (currentScreen() != m_crisis) m_returnTo = currentScreen();
    showScreen(m_crisis);
}

void MainWindow::showLibrary() {
    if (!m_library) {
        m_library = new LibraryScreen(*m_settings);
        connect(m_library, &LibraryScreen::helpNowRequested, this, &MainWindow::showHelpNow);
        connect(m_library, &LibraryScreen::backRequested, this, [this] {
            if (m_libraryReturnTo && m_libraryReturnTo != m_library && m_stack->indexOf(m_libraryReturnTo) >= 0)
                showScreen(m_libraryReturnTo);
            else if (m_session)
                showHome();
            else
                showStartScreen();
        });
    }
    if (currentScreen() != m_library) m_libraryReturnTo = currentScreen();
    m_library->showList();
    showScreen(m_library);
}

void MainWindow::showSetback(const QString& entryId) {
    if (!m_session) return;
    if (m_setback && m_setback->entryId() != entryId) dropScreen(m_stack, m_setback);
    if (!m_setback) {
        m_setback = new SetbackPanel(*m_session, *m_settings, entryId);
        connect(m_setback, &SetbackPanel::backRequested, this, &MainWindow::showHome);
        connect(m_setback, &SetbackPanel::planRequested, this, &MainWindow::showPlan);
        connect(m_setback, &SetbackPanel::planStepsRequested, this, [this] {
            showHelpNow();
            m_crisis->showPanel(CrisisScreen::Panel::Plan);
        });
        connect(m_setback, &SetbackPanel::talkRequested, this, [this] {
            showHelpNow();
            m_crisis->showPanel(CrisisScreen::Panel::Talk);
        });
        connect(m_setback, &SetbackPanel::addToPlanRequested, this,
                [this](const QStringList& warningSigns, const QStringList& coping) {
                    showPlan();
                    if (!m_plan) return;
                    // Suggestions only: the plan changes when the person saves it.
                    m_plan->suggestItems(PlanSection::InternalCoping, coping);
                    if (!warningSigns.isEmpty()) m_plan->suggestItems(PlanSection::WarningSigns, warningSigns);
                });
    }
    m_setback->showFirstPage();
    showScreen(m_setback);
}

void MainWindow::showRecovery() {
    if (!m_session) return;
    if (!m_recovery) {
        m_recovery = new RecoveryScreen(*m_session);
        connect(m_recovery, &RecoveryScreen::backRequested, this, &MainWindow::showHome);
        connect(m_recovery, &RecoveryScreen::journalRequested, this, &MainWindow::showJournal);
        connect(m_recovery, &RecoveryScreen::toolboxRequested, this, &MainWindow::showToolbox);
        connect(m_recovery, &RecoveryScreen::planRequested, this, &MainWindow::showPlan);
        connect(m_recovery, &RecoveryScreen::urgeTimerRequested, this, [this] {
            showHelpNow();
            m_crisis->showPanel(CrisisScreen::Panel::RideOut);
        });
        connect(m_recovery, &RecoveryScreen::libraryPageRequested, this, [this](const QString& id) {
            showLibrary();
            m_library->openPage(id);
        });
        m_recovery->setReviewAvailable(true);
        connect(m_recovery, &RecoveryScreen::reviewRequested, this, &MainWindow::showReview);
    }
    showScreen(m_recovery);
}

void MainWindow::leaveHelpNow() {
    if (m_returnTo && m_returnTo != m_crisis && m_stack->indexOf(m_returnTo) >= 0)
        showScreen(m_returnTo);
    else if (m_session)
        showHome();
    else
        showStartScreen();
}

}  // namespace mooring
