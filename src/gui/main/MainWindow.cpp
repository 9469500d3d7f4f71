// The window: its top bar and notices, the way in (setup or unlock), the help screen and the
// library (readable before unlocking), opening and closing the session, and the keys that
// work from every dialog. The open profile's screens are UnlockedScreens'; when to lock
// and what is asked first is LockSequence's; the tray and its reminders TrayReminders'.
#include "gui/main/MainWindow.h"

#include "domain/Error.h"
#include "gui/common/AppWideKeys.h"
#include "gui/common/Appearance.h"
#include "gui/common/FocusRing.h"
#include "gui/common/HelpNowButton.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/OpenDialogs.h"
#include "gui/common/ReadAloud.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/exchange/ExchangeMenu.h"
#include "gui/library/LibraryScreen.h"
#include "gui/main/QuickHide.h"
#include "gui/main/SetupOrUnlock.h"
#include "gui/main/TestKdfNotice.h"
#include "gui/main/TrayReminders.h"
#include "gui/main/UnlockedScreens.h"
#include "gui/main/WindowSize.h"
#include "session/ProfileSession.h"
#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace mooring {

namespace {

// Text size and colours are in force before the first widget is made, so every widget
// starts out at the person's size.
std::unique_ptr<ProfileSettings> loadSettingsAndApply(const ProfilePaths& paths) {
    auto settings = std::make_unique<ProfileSettings>(paths);
    Appearance::apply(*settings);
    FocusRing::install();
    return settings;
}

}  // namespace

MainWindow::MainWindow(MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent),
      m_options(std::move(options)),
      m_settings(loadSettingsAndApply(m_options.access.paths)),
      m_lock(LockSequence::Window{this, [this] { return m_session.get(); }, [this] { return m_screens.get(); },
                                  [this](LockReason reason, const std::function<void(ProfileSession&)>& lastStep) {
                                      closeSession(reason, lastStep);
                                  }},
             *m_settings, m_options.access, m_options.idleLockOverride),
      m_stack(new QStackedWidget(this)),
      m_wayIn(m_options.access, *m_settings, *m_stack,
              [this](std::unique_ptr<UnlockedProfile> profile) { enterUnlocked(std::move(profile)); }),
      m_topBar(new QWidget(this)),
      m_helpNow(new HelpNowButton(m_topBar)),
      m_lockButton(new QPushButton(m_topBar)),
      m_testKdfNotice(new TestKdfNotice(m_options.access.argon2, this)),
      m_readAloud(new ReadAloud(*m_settings, this)) {
    setObjectName(QStringLiteral("mainWindow"));

    m_helpNow->setObjectName(QStringLiteral("helpNowButton"));
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    const QKeySequence lockKey = AppWideKeys::keyFor(AppWideKeys::Action::Lock);
    m_lockButton->setText(tr("&Lock now  (%1)").arg(lockKey.toString(QKeySequence::NativeText)));
    m_lockButton->setAccessibleName(tr("Lock now"));
    m_lockButton->setToolTip(
        tr("Lock now (%1)").arg(lockKey.toString(QKeySequence::NativeText)) + u' ' +
        tr("%1 locks and hides Mooring at once.").arg(quickHideKey().toString(QKeySequence::NativeText)));
    m_lockButton->setAccessibleDescription(tr("Closes everything until your passphrase is typed again"));
    m_lockButton->setAutoDefault(true);
    Appearance::makeLargeTarget(m_lockButton);
    auto* bar = new QHBoxLayout(m_topBar);
    bar->setContentsMargins(24, 16, 24, 8);
    bar->setSpacing(12);
    bar->addWidget(m_helpNow);
    bar->addStretch(1);
    bar->addWidget(m_lockButton);
    m_topBar->setObjectName(QStringLiteral("topBar"));

    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_topBar);
    if (m_options.openSample) {
        // Said on every screen, so nobody mistakes the made-up person for a real one.
        auto* notice = new MessageBanner(central);
        notice->setObjectName(QStringLiteral("sampleNotice"));
        notice->showMessage(sampleNotice(), MessageBanner::Tone::Info);
        column->addWidget(notice);
    }
    column->addWidget(m_testKdfNotice);
    column->addWidget(m_stack, 1);
    setCentralWidget(central);

    // F1, F12 and Ctrl+L work in this window and in every dialog in front of it, modal ones
    // included: an application-wide filter sees them first (AppWideKeys.h). The buttons
    // only show the keys, so no key is bound twice.
    connect(AppWideKeys::install(), &AppWideKeys::requested, this, &MainWindow::keyRequested);
    connect(m_lockButton, &QPushButton::clicked, this, &MainWindow::lockNow);
    connect(m_helpNow, &QPushButton::clicked, this, &MainWindow::showHelpNow);
    auto* journalKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_J), this, this, &MainWindow::newJournalEntry, Qt::WindowShortcut);
    journalKey->setObjectName(QStringLiteral("journalShortcut"));
    auto* checkInKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this, this, &MainWindow::showCheckIn, Qt::WindowShortcut);
    checkInKey->setObjectName(QStringLiteral("checkInShortcut"));
    connect(&m_lock, &LockSequence::hidden, this, [this] {
        if (!m_session) m_wayIn.windowHidden();
    });
    connect(&m_lock, &LockSequence::noticeForUnlock, &m_wayIn, &SetupOrUnlock::showNotice);
    connect(&m_lock, &LockSequence::problemForUnlock, &m_wayIn, &SetupOrUnlock::showProblem);
    connect(&m_wayIn, &SetupOrUnlock::libraryRequested, this, &MainWindow::showLibrary);

    // File > Export… / Import… (shown only while unlocked, never on the crisis screen).
    ExchangeMenu::install(
        this, [this] { return m_session.get(); }, *m_settings, m_options.access);

    resize(kDefaultWindowSize);
    if (m_options.startWithHelpNow)
        showHelpNow();
    else
        showStartScreen();
    updateChrome();
    m_tray = std::make_unique<TrayReminders>(*this, *m_settings, m_options.startInTray, m_options.reminderClock);
}

MainWindow::~MainWindow() {
    if (m_crisis) m_crisis->setSession(nullptr);
    // Before the screens go: they keep unsaved words on the session's aboutToClose. It also
    // waits for a backup still running, before a sample's folder is removed.
    m_session.reset();
    // The screens go with the stack now, not once the event loop is back: it may not run again.
    delete m_stack;
    m_screens.reset();
}

UnlockedProfile* MainWindow::profile() const {
    return m_session && m_session->isOpen() ? &m_session->profile() : nullptr;
}

QWidget* MainWindow::currentScreen() const { return m_stack->currentWidget(); }

QString MainWindow::sampleNotice() {
    return tr("Sample profile — nothing here is real, and it is deleted when you close Mooring");
}

QString MainWindow::testKdfNotice() { return TestKdfNotice::text(); }

void MainWindow::showStartScreen() {
    if (m_options.openSample)
        // Its passphrase is never shown, so it opens (and after locking, opens again) by itself.
        enterUnlocked(m_options.openSample());
    else
        showScreen(m_wayIn.screen());
}

void MainWindow::enterUnlocked(std::unique_ptr<UnlockedProfile> profile) {
    if (!profile) return;
    try {
        m_session = std::make_unique<ProfileSession>(std::move(profile));
    } catch (const Error& error) {
        // This copy cannot share the database with background work: the profile has closed
        // again, unchanged, and the unlock screen says why (the sample's too, with nothing to type).
        showScreen(m_wayIn.unlockScreen());
        m_wayIn.showProblem(error.message());
        return;
    }
    m_testKdfNotice->profileOpened(m_session->paths());
    m_screens = std::make_unique<UnlockedScreens>(*m_session, *m_settings, m_options.access, *m_stack);
    connect(m_screens.get(), &UnlockedScreens::showRequested, this, &MainWindow::showScreen);
    connect(m_screens.get(), &UnlockedScreens::homeShown, this, &MainWindow::homeShown);
    connect(m_screens.get(), &UnlockedScreens::helpNowRequested, this, &MainWindow::showHelpNow);
    connect(m_screens.get(), &UnlockedScreens::helpPanelRequested, this, [this](CrisisScreen::Panel panel) {
        showHelpNow();
        m_crisis->showPanel(panel);
    });
    connect(m_screens.get(), &UnlockedScreens::libraryRequested, this, &MainWindow::showLibrary);
    connect(m_screens.get(), &UnlockedScreens::libraryPageRequested, this, [this](const QString& pageId) {
        showLibrary();
        m_library->openPage(pageId);
    });
    connect(m_screens.get(), &UnlockedScreens::settingsChanged, this, &MainWindow::applySettings);
    connect(m_screens.get(), &UnlockedScreens::restoreRequested, &m_lock, &LockSequence::restoreBackup);
    connect(m_screens.get(), &UnlockedScreens::rekeyRequested, &m_lock, &LockSequence::openRekey);
    Q_EMIT profileReady();
    if (m_crisis) m_crisis->setSession(m_session.get());
    m_lock.startIdleLock();
    m_session->startDailyBackupIfDue();
    m_screens->showHome();
    // An entry that was being written when Mooring locked on its own is offered again, but
    // never over a window F12 has just taken off the screen (the sample profile opens again
    // at once): the question waits until the window is back.
    if (m_screens->showHeldDraft()) {
        if (isMinimized())
            m_offerDraftWhenShown = true;
        else
            offerHeldDraft();
    }
}

void MainWindow::closeSession(LockReason reason, const std::function<void(ProfileSession&)>& lastStep) {
    // Locking by itself must not pull someone out of "I need help now" (an urge timer can
    // run for 15 minutes untouched): that screen stays, with nothing personal left on it.
    const bool stayOnHelp = reason == LockReason::Idle && m_crisis && currentScreen() == m_crisis;
    m_readAloud->stopReading();  // nothing is heard once locked, not even the help screen's words
    if (m_crisis) m_crisis->setSession(nullptr);
    m_screens.reset();  // every screen with personal data leaves the stack now
    m_returnTo = nullptr;
    if (lastStep) lastStep(*m_session);
    m_session.reset();  // waits for work still running, closes the database, wipes the key
    m_testKdfNotice->profileClosed();
    if (stayOnHelp)
        updateChrome();  // "Back" from help now leads to the unlock screen
    else
        showStartScreen();
}

void MainWindow::offerHeldDraft() {
    m_offerDraftWhenShown = false;
    if (m_screens) m_screens->offerHeldDraft();
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && m_offerDraftWhenShown && !isMinimized())
        // Asked from the event loop, not from inside this state change.
        QMetaObject::invokeMethod(this, &MainWindow::offerHeldDraft, Qt::QueuedConnection);
}

void MainWindow::lockNow() { m_lock.lock(LockReason::Asked); }

void MainWindow::quickHide() {
    m_readAloud->stopReading();  // silent at once, before the window goes
    m_lock.quickHide();
}

void MainWindow::comeBack(bool helpNow) {
    // A dialog in front would keep help behind it: closed first, as F1 does.
    if (helpNow) OpenDialogs::closeAllThen(this, [this] { showHelpNow(); });
    // Whether minimised (F12) or hidden: shown again, maximised if it was before. The
    // screen stays as it is: after F12 that is the lock screen.
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    // A dialog that is open over the window comes back on top of it.
    if (QWidget* dialog = QApplication::activeModalWidget(); dialog && dialog != this) {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }
    Q_EMIT cameBack();
}

bool MainWindow::isMine(const QWidget* widget) const {
    for (; widget; widget = widget->parentWidget()) {
        if (widget == this) return true;
        if (qobject_cast<const MainWindow*>(widget)) return false;
    }
    return true;  // a window without a parent belongs to the program, so to this window too
}

void MainWindow::keyRequested(AppWideKeys::Action action, QWidget* from) {
    if (!isMine(from)) return;
    switch (action) {
        case AppWideKeys::Action::HelpNow:
            // A modal dialog would stay in front of help and keep every click from it.
            OpenDialogs::closeAllThen(this, [this] { showHelpNow(); });
            break;
        case AppWideKeys::Action::QuickHide:
            quickHide();
            break;
        case AppWideKeys::Action::Lock:
            // Locked already: a dialog in front (new keys being made) is left alone.
            if (m_screens && m_screens->letGoOfUnkeptCode()) OpenDialogs::closeAllThen(this, [this] { lockNow(); });
            break;
    }
}

void MainWindow::applySettings() {
    Appearance::apply(*m_settings);
    if (m_session) m_lock.startIdleLock();
    updateChrome();
    m_tray->settingsChanged();
}

void MainWindow::updateChrome() {
    setWindowTitle(m_options.openSample               ? sampleNotice()
                   : m_settings->neutralWindowTitle() ? tr("Notes")
                                                      : tr("Mooring"));
    const bool inCrisis = m_crisis && currentScreen() == m_crisis;
    // The crisis screen is a screen of its own, with its own way back.
    m_topBar->setVisible(!inCrisis);
    m_lockButton->setVisible(m_session != nullptr);
    // Never over the crisis screen: that one only helps right now.
    m_testKdfNotice->setHelpOnScreen(inCrisis);
}

void MainWindow::showScreen(QWidget* screen) {
    if (m_stack->indexOf(screen) < 0) m_stack->addWidget(screen);
    // The new screen takes the focus before the old one goes: hiding a screen with the focus
    // passes it on to "I need help now", and clearFocus() names the old control once more.
    if (m_stack->currentWidget() != screen) {
        screen->show();
        if (!screen->isAncestorOf(QApplication::focusWidget())) screen->setFocus();
    }
    m_stack->setCurrentWidget(screen);
    updateChrome();
    // A screen that already placed the focus (a new journal entry) keeps it there.
    if (!screen->isAncestorOf(QApplication::focusWidget())) screen->setFocus();
}

// The screens of the open profile; nothing while locked.
void MainWindow::forward(void (UnlockedScreens::*show)()) {
    if (m_screens) (m_screens.get()->*show)();
}
void MainWindow::showHome() { forward(&UnlockedScreens::showHome); }
void MainWindow::showSettings() { forward(&UnlockedScreens::showSettings); }
void MainWindow::showToolbox() { forward(&UnlockedScreens::showToolbox); }
void MainWindow::showPlan() { forward(&UnlockedScreens::showPlan); }
void MainWindow::showJournal() { forward(&UnlockedScreens::showJournal); }
void MainWindow::showReview() { forward(&UnlockedScreens::showReview); }
void MainWindow::showCheckIn() { forward(&UnlockedScreens::showCheckIn); }
void MainWindow::newJournalEntry() { forward(&UnlockedScreens::newJournalEntry); }
void MainWindow::showSetback(const QString& entryId) {
    if (m_screens) m_screens->showSetback(entryId);
}
void MainWindow::showRecovery() { forward(&UnlockedScreens::showRecovery); }

void MainWindow::showHelpNow() {
    if (!m_crisis) {
        // Made inside the stack: given a parent later, its style would be worked out twice.
        m_crisis = new CrisisScreen(*m_settings, m_stack);
        m_crisis->setObjectName(QStringLiteral("crisisScreen"));
        m_crisis->setReadAloud(m_readAloud);
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
        m_library->setReadAloud(m_readAloud);
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
