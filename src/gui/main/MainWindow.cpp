// The window itself: its top bar and notices, the start (setup or unlock), opening the
// session and the keys that work from every dialog. The way between screens is in
// ScreenNavigation.cpp, the lock in LockSequence.cpp, the home tiles in HomeTiles.cpp.
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
#include "gui/library/LibraryScreen.h"
#include "gui/main/DropScreen.h"
#include "gui/main/IdleLock.h"
#include "gui/main/QuickHide.h"
#include "gui/main/UnlockedScreens.h"
#include "gui/main/WindowSize.h"
#include "gui/setup/SetupScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "session/ProfileSession.h"
#include "storage/KeyFile.h"
#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"

#include <QDir>
#include <QEvent>
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
    // Before the screens go: they keep unsaved words on the session's aboutToClose. It also
    // waits for a backup still running, before a sample's folder is removed.
    m_session.reset();
    // The screens go with the stack now, not later: nothing is left for an event loop that
    // may not run again.
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
                dropScreen(m_stack, m_setup);
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
            dropScreen(m_stack, m_unlock);
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
    connect(m_screens.get(), &UnlockedScreens::restoreRequested, this, &MainWindow::restoreBackup);
    connect(m_screens.get(), &UnlockedScreens::rekeyRequested, this, &MainWindow::openRekey);
    Q_EMIT profileReady();
    if (m_crisis) m_crisis->setSession(m_session.get());
    startIdleLock();
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
