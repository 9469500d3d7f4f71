// How the person moves between the window's screens: the help screen and the library are
// the window's own (readable before unlocking); the open profile's screens are made and
// wired by UnlockedScreens, which the window asks.
#include "gui/main/MainWindow.h"

#include "gui/crisis/CrisisScreen.h"
#include "gui/library/LibraryScreen.h"
#include "gui/main/UnlockedScreens.h"
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
    if (m_screens) m_screens->showHome();
}
void MainWindow::showSettings() {
    if (m_screens) m_screens->showSettings();
}
void MainWindow::showToolbox() {
    if (m_screens) m_screens->showToolbox();
}
void MainWindow::showPlan() {
    if (m_screens) m_screens->showPlan();
}
void MainWindow::showJournal() {
    if (m_screens) m_screens->showJournal();
}
void MainWindow::showReview() {
    if (m_screens) m_screens->showReview();
}
void MainWindow::newJournalEntry() {
    if (m_screens) m_screens->newJournalEntry();
}
void MainWindow::showSetback(const QString& entryId) {
    if (m_screens) m_screens->showSetback(entryId);
}
void MainWindow::showRecovery() {
    if (m_screens) m_screens->showRecovery();
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
                    // Offered only while unlocked; checked again here.
                    if (m_screens) m_screens->newJournalEntryAfterUrgeTimer(startedAt, minutes, outcome);
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
            else if (m_screens)
                m_screens->showHome();
            else
                showStartScreen();
        });
    }
    if (currentScreen() != m_library) m_libraryReturnTo = currentScreen();
    m_library->showList();
    showScreen(m_library);
}

void MainWindow::leaveHelpNow() {
    if (m_returnTo && m_returnTo != m_crisis && m_stack->indexOf(m_returnTo) >= 0)
        showScreen(m_returnTo);
    else if (m_screens)
        m_screens->showHome();
    else
        showStartScreen();
}

}  // namespace mooring
