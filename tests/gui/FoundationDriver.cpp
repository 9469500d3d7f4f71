#include "FoundationDriver.h"

#include "gui/common/DialogHooks.h"
#include "gui/setup/SetupScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/Argon2Params.h"
#include "storage/Backups.h"
#include "storage/UnlockedProfile.h"

#include <QDirIterator>
#include <QLabel>

#include <sys/stat.h>

namespace mooring::foundation {

MainWindowOptions foundationOptions(const ProfilePaths& paths) {
    return MainWindowOptions(ProfileAccess{paths, Argon2Params::forTests()});
}

std::unique_ptr<MainWindow> openWindow(const ProfilePaths& paths, QSize size) {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    auto window = std::make_unique<MainWindow>(foundationOptions(paths));
    window->resize(size);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs) { return QTest::qWaitFor(done, timeoutMs); }

QWidget* focused() {
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

std::string focusName() { return focused()->objectName().toStdString(); }

void type(const QString& text) { QTest::keyClicks(focused(), text); }
void pressEnter() { QTest::keyClick(focused(), Qt::Key_Return); }
void pressTab() { QTest::keyClick(focused(), Qt::Key_Tab); }

QStringList completeSetup(MainWindow& window, const QString& passphrase) {
    auto* setup = child<SetupScreen>(&window, "setupScreen");
    REQUIRE(setup->step() == SetupScreen::Step::Welcome);
    pressEnter();  // "Begin", with the region as chosen
    REQUIRE(setup->step() == SetupScreen::Step::Passphrase);
    REQUIRE(focusName() == "newPassphraseEdit");
    type(passphrase);
    pressEnter();  // on to "Type it again"
    REQUIRE(focusName() == "confirmPassphraseEdit");
    type(passphrase);
    pressEnter();
    REQUIRE(waitUntil([&] { return setup->step() == SetupScreen::Step::RecoveryCode; }));

    QStringList groups;
    for (int i = 1; auto* label = setup->findChild<QLabel*>(QStringLiteral("group%1").arg(i)); ++i)
        groups << label->text();
    REQUIRE(groups.size() == 7);
    pressEnter();  // "I've written it down"
    REQUIRE(setup->step() == SetupScreen::Step::ConfirmGroup);
    REQUIRE(focusName() == "confirmGroupEdit");
    type(groups.at(setup->askedGroupIndex()).toLower());
    pressEnter();
    REQUIRE(waitUntil([&] { return window.profile() != nullptr; }));
    return groups;
}

void typePassphraseAndUnlock(MainWindow& window, const QString& passphrase) {
    auto* unlock = child<UnlockScreen>(&window, "unlockScreen");
    REQUIRE(window.currentScreen() == unlock);
    REQUIRE(focusName() == "passphraseEdit");
    type(passphrase);
    pressEnter();
    // Either it opened (the unlock screen goes) or it said why (busy no more).
    REQUIRE(waitUntil([&] { return window.profile() != nullptr || !unlock->isBusy(); }));
    // Unlocking starts the day's backup off the GUI thread; "nothing on disk changed"
    // checks, file counts and idle times must not race it (docs/backups.md). Under a
    // sanitizer on a loaded machine it can take several seconds, so the wait is generous;
    // a backup that cannot be made is not this helper's to judge (its own tests do that).
    if (window.profile()) {
        waitUntil([paths = window.profile()->paths()] { return !Backups(paths).dailyDue(); }, 30000);
        // Its thread hands the profile back through the event loop: let that happen now.
        QCoreApplication::processEvents();
    }
}

int fileMode(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) return -1;
    return int(info.st_mode & 07777);
}

QString makeProfile(const ProfilePaths& paths, const QString& passphrase) {
    UnlockedProfile::Created created =
        UnlockedProfile::create(paths, SecureBuffer::fromUtf8(passphrase), Argon2Params::forTests());
    return QString::fromUtf8(created.recoveryCode.view().data(), qsizetype(created.recoveryCode.size()));
}

QMap<QString, QByteArray> snapshot(const QString& dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        files.insert(path, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)"));
    }
    return files;
}

}  // namespace mooring::foundation
