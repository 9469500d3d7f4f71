// The day's first backup runs off the GUI thread from the open database. Locking, closing
// the window or restoring must wait for it: otherwise it goes on writing with the key after
// the person locked, and a sample profile's folder cannot be removed on exit.
#include "FoundationDriver.h"

#include "gui/unlock/UnlockScreen.h"
#include "storage/Backups.h"
#include "support/TempProfile.h"

#include <QDir>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;

namespace {

const QString kPassphrase = QStringLiteral("a lantern on the jetty");

// Types the passphrase and waits only for the profile to open, not for the backup.
void unlockWithoutWaitingForBackup(MainWindow& window) {
    auto* unlock = child<UnlockScreen>(&window, "unlockScreen");
    REQUIRE(focusName() == "passphraseEdit");
    type(kPassphrase);
    pressEnter();
    REQUIRE(waitUntil([&] { return window.profile() != nullptr || !unlock->isBusy(); }));
    REQUIRE(window.profile() != nullptr);
}

int dailyBackups(const ProfilePaths& paths) {
    int count = 0;
    for (const BackupInfo& info : Backups(paths).list()) count += info.kind == BackupKind::Daily ? 1 : 0;
    return count;
}

QStringList unfinishedBackups(const ProfilePaths& paths) {
    return QDir(paths.backups()).entryList({QStringLiteral(".incomplete-*")}, QDir::Dirs | QDir::Hidden);
}

}  // namespace

TEST_CASE("Locking at once after unlocking waits for the day's backup, and nothing is written afterwards",
          "[foundation][backup]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    REQUIRE(Backups(tmp.paths()).dailyDue());
    auto window = openWindow(tmp.paths());

    unlockWithoutWaitingForBackup(*window);
    window->lockNow();
    REQUIRE(window->profile() == nullptr);

    // The backup is whole the moment the lock is done, not some time later.
    CHECK_FALSE(Backups(tmp.paths()).dailyDue());
    CHECK(dailyBackups(tmp.paths()) == 1);
    CHECK(unfinishedBackups(tmp.paths()).isEmpty());
    const auto afterLock = snapshot(tmp.dir());
    QTest::qWait(300);  // events a finished thread may still post
    CHECK(snapshot(tmp.dir()) == afterLock);

    // Unlocking again the same day makes no second one.
    unlockWithoutWaitingForBackup(*window);
    window->lockNow();
    CHECK(dailyBackups(tmp.paths()) == 1);
}

TEST_CASE("Closing the window at once after unlocking leaves a whole backup behind", "[foundation][backup]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    {
        auto window = openWindow(tmp.paths());
        unlockWithoutWaitingForBackup(*window);
    }  // the window goes here, as when the program quits
    CHECK(dailyBackups(tmp.paths()) == 1);
    CHECK(unfinishedBackups(tmp.paths()).isEmpty());
}
