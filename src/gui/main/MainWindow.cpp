#include "gui/main/MainWindow.h"

#include "domain/Error.h"
#include "gui/common/AppWideKeys.h"
#include "gui/common/Appearance.h"
#include "gui/common/FocusRing.h"
#include "gui/common/HelpNowButton.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/OpenDialogs.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/exchange/ExchangeMenu.h"
#include "gui/home/HomeScreen.h"
#include "gui/home/HomeTile.h"
#include "gui/journal/JournalScreen.h"
#include "gui/library/LibraryScreen.h"
#include "gui/main/IdleLock.h"
#include "gui/main/QuickHide.h"
#include "gui/main/WindowSize.h"
#include "gui/plan/PlanEditor.h"
#include "gui/recovery/RecoveryScreen.h"
#include "gui/review/ReviewScreen.h"
#include "gui/setback/SetbackPanel.h"
#include "gui/settings/NewRecoveryCodeDialog.h"
#include "gui/settings/RekeyDialog.h"
#include "gui/settings/SettingsScreen.h"
#include "gui/setup/SetupScreen.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "session/ProfileSession.h"
#include "storage/KeyFile.h"
#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace mooring {

namespace {

template <typename Screen>
void drop(QStackedWidget* stack, QPointer<Screen>& screen) {
    QWidget* widget = screen;
    screen = nullptr;
    if (!widget) return;
    stack->removeWidget(widget);
    widget->hide();
    // Deleted later, not now: the request to drop it may come from one of its own buttons.
    widget->setParent(nullptr);
    widget->deleteLater();
}

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
      m_stack(new QStackedWidget(this)),
      m_topBar(new QWidget(this)),
      m_helpNow(new HelpNowButton(m_topBar)),
      m_lockButton(new QPushButton(m_topBar)),
      m_idleLock(new IdleLock(this)),
      m_testKdfNotice(new MessageBanner(this)),
      m_keyFileWatch(new QFileSystemWatcher(this)) {
    setObjectName(QStringLiteral("mainWindow"));

    m_helpNow->setObjectName(QStringLiteral("helpNowButton"));
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    const QKeySequence lockKey = AppWideKeys::keyFor(AppWideKeys::Action::Lock);
    m_lockButton->setText(tr("&Lock now  (%1)").arg(lockKey.toString(QKeySequence::NativeText)));
    m_lockButton->setAccessibleName(tr("Lock now"));
    m_lockButton->setToolTip(tr("Lock now (%1)").arg(lockKey.toString(QKeySequence::NativeText)));
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
    // Shown while a profile whose passphrase has the test-only cost is open (updateChrome).
    m_testKdfNotice->setObjectName(QStringLiteral("testKdfNotice"));
    column->addWidget(m_testKdfNotice);
    connect(m_keyFileWatch, &QFileSystemWatcher::directoryChanged, this, [this] {
        checkPassphraseCost();
        updateChrome();
    });
    column->addWidget(m_stack, 1);
    setCentralWidget(central);

    // F1, F12 and Ctrl+L work in this window and in every dialog in front of it, modal ones
    // included: an application-wide filter sees them first (AppWideKeys.h). The buttons
    // only show the keys, so no key is bound twice.
    connect(AppWideKeys::install(), &AppWideKeys::requested, this, &MainWindow::keyRequested);
    connect(m_lockButton, &QPushButton::clicked, this, &MainWindow::lockNow);
    connect(m_helpNow, &QPushButton::clicked, this, &MainWindow::showHelpNow);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockWhenIdle);
    auto* journalKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_J), this, this, &MainWindow::newJournalEntry, Qt::WindowShortcut);
    journalKey->setObjectName(QStringLiteral("journalShortcut"));
    m_lockButton->setToolTip(
        m_lockButton->toolTip() + u' ' +
        tr("%1 locks and hides Mooring at once.").arg(quickHideKey().toString(QKeySequence::NativeText)));

    // File > Export… / Import… (shown only while unlocked, never on the crisis screen).
    ExchangeMenu::install(
        this, [this] { return m_session.get(); }, *m_settings, m_options.access);

    resize(kDefaultWindowSize);
    if (m_options.startWithHelpNow)
        showHelpNow();
    else
        showStartScreen();
    updateChrome();
}

MainWindow::~MainWindow() {
    if (m_crisis) m_crisis->setSession(nullptr);
    // Screens that keep what was written when they are hidden (review note, reflection,
    // recovery words) must do so now, while the database is open: QWidget's own
    // destructor would hide them only after the session is gone.
    m_stack->hide();
    // Waits for a backup still running: before a sample's folder is removed.
    m_session.reset();
}

UnlockedProfile* MainWindow::profile() const {
    return m_session && m_session->isOpen() ? &m_session->profile() : nullptr;
}

QWidget* MainWindow::currentScreen() const { return m_stack->currentWidget(); }

void MainWindow::showScreen(QWidget* screen) {
    if (m_stack->indexOf(screen) < 0) m_stack->addWidget(screen);
    m_stack->setCurrentWidget(screen);
    updateChrome();
    screen->setFocus();
}

QString MainWindow::sampleNotice() {
    return tr("Sample profile — nothing here is real, and it is deleted when you close Mooring");
}

QString MainWindow::testKdfNotice() {
    return tr(
        "This profile was made with quick test settings, so its passphrase is only weakly protected. "
        "Before you keep anything personal here, please change your passphrase in Settings: Mooring "
        "then protects it properly.");
}

void MainWindow::checkPassphraseCost() {
    m_testKdf = false;
    // A window that writes test-cost profiles itself (the test suites) knows what it made.
    const std::optional<Argon2Params>& own = m_options.access.argon2;
    if (m_session && !(own && own->isBelowFloor())) {
        try {
            m_testKdf = KeyFile::load(m_session->paths().keyFile()).passphraseSlot().params.isBelowFloor();
        } catch (const Error&) {
            // It opened a moment ago; a key file being replaced right now is checked next time.
        }
    }
    const QStringList watched = m_keyFileWatch->directories();
    if (m_testKdf && watched.isEmpty())
        m_keyFileWatch->addPath(m_session->paths().dir());
    else if (!m_testKdf && !watched.isEmpty())
        m_keyFileWatch->removePaths(watched);
}

void MainWindow::showStartScreen() {
    if (m_options.openSample) {
        // Its passphrase is never shown, so it opens (and after locking, opens again) by itself.
        enterUnlocked(m_options.openSample());
        return;
    }
    const ProfilePaths& paths = m_options.access.paths;
    if (UnlockedProfile::probe(paths) == UnlockedProfile::State::Missing) {
        if (!m_setup) {
            m_setup = new SetupScreen(m_options.access, *m_settings);
            connect(m_setup, &SetupScreen::completed, this, [this] {
                std::unique_ptr<UnlockedProfile> profile = m_setup->takeProfile();
                drop(m_stack, m_setup);
                enterUnlocked(std::move(profile));
            });
        }
        showScreen(m_setup);
        return;
    }
    showUnlockScreen();
}

void MainWindow::showUnlockScreen() {
    const ProfilePaths& paths = m_options.access.paths;
    if (!m_unlock) {
        m_unlock = new UnlockScreen(m_options.access);
        connect(m_unlock, &UnlockScreen::unlocked, this, [this] {
            std::unique_ptr<UnlockedProfile> profile = m_unlock->takeProfile();
            if (std::exchange(m_hiddenWhileUnlocking, false)) {
                // Hidden with F12 while unlocking: whoever is in the room must not find it
                // open when the window comes back. It closes again at once, as a lock does.
                profile.reset();
                m_unlock->showNotice(
                    tr("Mooring stayed locked because it was hidden while unlocking. Unlock again whenever "
                       "you are ready."));
                return;
            }
            drop(m_stack, m_unlock);
            enterUnlocked(std::move(profile));
        });
        connect(m_unlock, &UnlockScreen::libraryRequested, this, &MainWindow::showLibrary);
        if (!QFile::exists(paths.keyFile()))
            // The journal is there but the file that holds its key is not: never offer to
            // start over on top of it.
            m_unlock->showProblem(tr("Mooring found your data but not its key file (mooring.keys), so it cannot be "
                                     "opened right now. If you have a copy of that file, for example in a backup, "
                                     "please put it back in this folder and start Mooring again: %1. Nothing has "
                                     "been changed.")
                                      .arg(QDir::toNativeSeparators(paths.dir())));
    }
    showScreen(m_unlock);
}

void MainWindow::enterUnlocked(std::unique_ptr<UnlockedProfile> profile) {
    if (!profile) return;
    try {
        m_session = std::make_unique<ProfileSession>(std::move(profile));
    } catch (const Error& error) {
        // This copy cannot share the database with background work: the profile has closed
        // again, unchanged, and the unlock screen says why (the sample's too, with nothing to type).
        showUnlockScreen();
        m_unlock->showProblem(error.message());
        return;
    }
    checkPassphraseCost();
    Q_EMIT profileReady();
    if (m_crisis) m_crisis->setSession(m_session.get());
    startIdleLock();
    m_session->startDailyBackupIfDue();
    showHome();
    // An entry that was being written when Mooring locked on its own is offered again, but
    // never over a window F12 has just taken off the screen (the sample profile opens again
    // at once): the question waits until the window is back.
    if (JournalScreen::hasHeldDraft(*m_session)) {
        showJournal();
        if (isMinimized())
            m_offerDraftWhenShown = true;
        else
            offerHeldDraft();
    }
}

void MainWindow::offerHeldDraft() {
    m_offerDraftWhenShown = false;
    if (m_session && m_journal) m_journal->offerHeldDraft();
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && m_offerDraftWhenShown && !isMinimized())
        // Asked from the event loop, not from inside this state change.
        QMetaObject::invokeMethod(this, &MainWindow::offerHeldDraft, Qt::QueuedConnection);
}

void MainWindow::showHome() {
    if (!m_session) return;
    if (!m_home) {
        m_home = new HomeScreen;
        connect(m_home, &HomeScreen::helpRequested, this, &MainWindow::showHelpNow);
        connect(m_home, &HomeScreen::settingsRequested, this, &MainWindow::showSettings);
        HomeTile* toolbox = m_home->addTile(tr("My coping toolbox"),
                                            tr("Things to do instead when the urge comes, and your safety box."));
        toolbox->setObjectName(QStringLiteral("toolboxTile"));
        connect(toolbox, &QPushButton::clicked, this, &MainWindow::showToolbox);
        HomeTile* plan = m_home->addTile(tr("My safety plan"),
                                         tr("The steps to follow when things get hard, made with care ahead of time."));
        plan->setObjectName(QStringLiteral("planTile"));
        connect(plan, &QPushButton::clicked, this, &MainWindow::showPlan);
        HomeTile* journal = m_home->addTile(
            tr("My journal"),
            tr("What happened before an urge and what helped. Ctrl+J starts a new entry from anywhere."));
        journal->setObjectName(QStringLiteral("journalTile"));
        connect(journal, &QPushButton::clicked, this, &MainWindow::showJournal);
        HomeTile* review =
            m_home->addTile(tr("My week"), tr("A look back at the week: patterns, what helped, and a note for "
                                              "what you want to change. Printable for your next session."));
        review->setObjectName(QStringLiteral("reviewTile"));
        connect(review, &QPushButton::clicked, this, &MainWindow::showReview);
        HomeTile* library = m_home->addTile(tr("Understand self-harm and recovery"),
                                            tr("Short pages in plain words, for you and the people around you."));
        library->setObjectName(QStringLiteral("libraryTile"));
        connect(library, &QPushButton::clicked, this, &MainWindow::showLibrary);
        HomeTile* recovery = m_home->addTile(tr("Where I am in recovery"),
                                             tr("Say where you feel you are, in your own words, with ideas for next "
                                                "steps."));
        recovery->setObjectName(QStringLiteral("recoveryTile"));
        connect(recovery, &QPushButton::clicked, this, &MainWindow::showRecovery);
        HomeTile* setback = m_home->addTile(tr("I had a setback"),
                                            tr("Care for right now, your plan and your people, and later, if you "
                                               "like, a gentle look back."));
        setback->setObjectName(QStringLiteral("setbackTile"));
        connect(setback, &QPushButton::clicked, this, [this] { showSetback(); });
    }
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
    if (m_setback && m_setback->entryId() != entryId) drop(m_stack, m_setback);
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

void MainWindow::lockNow() { lock(LockReason::Asked); }

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
            if (m_session && letGoOfUnkeptCode()) OpenDialogs::closeAllThen(this, [this] { lockNow(); });
            break;
    }
}

bool MainWindow::letGoOfUnkeptCode() {
    if (!m_settingsScreen || !m_settingsScreen->newRecoveryCodeNotYetKept()) return true;
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

bool MainWindow::leaveUnlocked(LockReason reason) {
    // An entry being written is saved (encrypted) or let go first, as the person says.
    if (m_journal && !m_journal->askAboutDraftBeforeLock()) return false;
    if (m_plan && !keepPlanBeforeLock(reason)) {
        if (reason == LockReason::Idle) startIdleLock();  // try again at the next idle moment
        return false;
    }
    m_idleLock->stop();
    if (m_crisis) m_crisis->setSession(nullptr);
    drop(m_stack, m_home);
    drop(m_stack, m_settingsScreen);
    drop(m_stack, m_toolbox);
    drop(m_stack, m_plan);
    drop(m_stack, m_journal);
    drop(m_stack, m_review);
    // What these hold unsaved is kept on the session's aboutToClose, which comes after this.
    drop(m_stack, m_setback);
    drop(m_stack, m_recovery);
    m_returnTo = nullptr;
    return true;
}

void MainWindow::lock(LockReason reason) {
    if (!m_session) return;
    // Locking by itself must not pull someone out of "I need help now" (an urge timer can
    // run for 15 minutes untouched): that screen stays, with nothing personal left on it.
    const bool stayOnHelp = reason == LockReason::Idle && m_crisis && currentScreen() == m_crisis;
    if (!leaveUnlocked(reason)) return;
    m_session.reset();      // waits for work still running, closes the database, wipes the key
    checkPassphraseCost();  // nothing open: no note, no watching
    if (stayOnHelp) {
        updateChrome();
        return;  // "Back" from help now leads to the unlock screen
    }
    showStartScreen();
}

void MainWindow::restoreBackup(const QString& name) {
    if (!m_session || !leaveUnlocked(LockReason::Asked)) return;
    // A few seconds at most for a large profile; the person has just asked for it and waits.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    try {
        // The files are replaced only with everything closed; the profile's own key file
        // stays, with today's passphrase.
        m_session->closeAndRestore(name);
    } catch (const Error& error) {
        problem = error.message();
    } catch (const std::exception&) {
        problem = MessageBanner::unexpectedProblem();
    }
    QApplication::restoreOverrideCursor();
    m_session.reset();
    checkPassphraseCost();
    showStartScreen();
    if (!m_unlock) return;
    if (problem.isEmpty())
        m_unlock->showNotice(QCoreApplication::translate(
            "mooring",
            "Your backup is back in place, and what you had before is kept as a backup too. Please unlock "
            "again with the passphrase you use today."));
    else
        m_unlock->showProblem(problem);
}

void MainWindow::openRekey() {
    if (!m_session || m_rekey) return;
    // The files are replaced only with everything closed: the dialog locks first, as a
    // restore does, once the current passphrase is known to be right.
    auto* dialog = new RekeyDialog(
        m_options.access, *m_session,
        [this] {
            lock(LockReason::Asked);
            return m_session == nullptr;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->rekeyed() && m_unlock) m_unlock->showNotice(RekeyDialog::doneNotice());
    });
    m_rekey = dialog;
    dialog->open();
}

void MainWindow::startIdleLock() {
    const int minutes = m_settings->idleLockMinutes();
    m_idleLock->start(m_options.idleLockOverride.value_or(std::chrono::minutes(minutes)));
}

bool MainWindow::keepPlanBeforeLock(LockReason reason) {
    if (!m_plan->isDirty()) return true;
    // Ctrl+L: the person is here to answer "save, discard or go back".
    if (reason == LockReason::Asked) return m_plan->maybeLeave();
    // Nobody may be there: the changes become a version of their own rather than being lost.
    // If even that fails (disk full), stay unlocked this time: the editor says what happened
    // and keeps every word, and the next idle moment tries again.
    return m_plan->saveWithNote(tr("Kept when Mooring locked by itself"));
}

void MainWindow::lockWhenIdle() {
    // A new recovery code on screen is in use already: locking by itself would throw it away
    // while the person is most likely writing it down. It waits for the next idle moment.
    if (m_settingsScreen && m_settingsScreen->newRecoveryCodeNotYetKept()) {
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

void MainWindow::lockUnattended() {
    // Nobody may be there to answer: the draft is kept encrypted and offered after unlocking.
    if (m_journal) m_journal->holdDraftForLock();
    lock(LockReason::Idle);
}

void MainWindow::applySettings() {
    Appearance::apply(*m_settings);
    if (m_session) startIdleLock();
    updateChrome();
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
    // Its words are set (and announced) only when it appears: not on the way to the first paint.
    if (!(m_session && m_testKdf && !inCrisis))
        m_testKdfNotice->clearMessage();
    else if (m_testKdfNotice->isHidden())
        m_testKdfNotice->showMessage(testKdfNotice(), MessageBanner::Tone::Attention);
}

}  // namespace mooring
