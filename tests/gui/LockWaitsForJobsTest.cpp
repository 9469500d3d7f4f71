// Ctrl+L while settings' work is still running with the open profile: the lock waits for
// it. The key is wiped only once the backup is whole or the key file is written, and
// nothing touches the profile's folder after the lock is done.
#include "FoundationDriver.h"

#include "gui/settings/BackupsSection.h"
#include "gui/settings/SettingsScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "session/ProfileSession.h"
#include "storage/Backups.h"
#include "storage/KeyFile.h"
#include "storage/KeyVault.h"
#include "storage/SecureBuffer.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>

#include <atomic>
#include <chrono>
#include <thread>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a lantern on the jetty"_s;
const QString kNewPassphrase = u"tide tables by the harbour wall"_s;

// Every file under the profile folder, one line each: its size, its last change to the
// millisecond and a hash of its bytes (a failure then reads as a list of files).
QStringList folderState(const QString& dir) {
    QStringList state;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QFile file(info.filePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        state << u"%1 %2 bytes, changed %3, %4"_s.arg(
            QDir(dir).relativeFilePath(info.filePath()), QString::number(info.size()),
            QString::number(info.lastModified().toMSecsSinceEpoch()),
            QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(16)));
    }
    state.sort();
    return state;
}

int manualBackups(const ProfilePaths& paths) {
    int count = 0;
    for (const BackupInfo& info : Backups(paths).list()) count += info.kind == BackupKind::Manual ? 1 : 0;
    return count;
}

QStringList unfinishedBackups(const ProfilePaths& paths) {
    return QDir(paths.backups()).entryList({u".incomplete-*"_s}, QDir::Dirs | QDir::Hidden);
}

bool newPassphraseOpensKeyFile(const ProfilePaths& paths) {
    try {
        KeyVault::open(KeyFile::load(paths.keyFile()).passphraseSlot(), SecureBuffer::fromUtf8(kNewPassphrase));
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

// Makes every job of the open session take a while, so Ctrl+L surely comes while it runs.
void slowJobsDown(MainWindow& window, std::atomic<bool>& started) {
    REQUIRE(window.session() != nullptr);
    window.session()->setJobStartHookForTests([&started] {
        started = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
    });
}

void pressCtrlL(MainWindow& window) { QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier); }

// After the lock: the folder stays exactly as it is while events are handled for a while.
void checkNothingWritesAfterwards(const ProfilePaths& paths) {
    const QStringList state = folderState(paths.dir());
    QTest::qWait(500);  // what a finished thread may still post arrives here
    CHECK(folderState(paths.dir()) == state);
}

}  // namespace

TEST_CASE("Ctrl+L while 'Back up now' runs: the key is wiped only after the backup is whole", "[backups][lock][gui]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    window->showSettings();
    auto* section = child<BackupsSection>(window.get(), "backupsSection");
    REQUIRE(manualBackups(tmp.paths()) == 0);

    std::atomic<bool> jobStarted = false;
    slowJobsDown(*window, jobStarted);
    // What is on disk the moment the key is wiped.
    bool closed = false;
    bool profileGoneAtClose = false;
    int manualAtClose = -1;
    QStringList unfinishedAtClose;
    QObject::connect(window->session(), &ProfileSession::closed, [&] {
        closed = true;
        profileGoneAtClose = window->profile() == nullptr;
        manualAtClose = manualBackups(tmp.paths());
        unfinishedAtClose = unfinishedBackups(tmp.paths());
    });

    auto* backUp = child<QPushButton>(section, "backUpNowButton");
    backUp->setFocus();
    QTest::keyClick(backUp, Qt::Key_Space);
    pressCtrlL(*window);  // at once, while the backup is being made

    REQUIRE(closed);
    CHECK(jobStarted);
    CHECK(profileGoneAtClose);
    CHECK(window->profile() == nullptr);
    CHECK(manualAtClose == 1);  // renamed into place only once it was made and checked
    CHECK(unfinishedAtClose.isEmpty());
    CHECK(window->currentScreen() == child<UnlockScreen>(window.get(), "unlockScreen"));
    checkNothingWritesAfterwards(tmp.paths());

    // Unlocked again: the backup opens with the key and is listed as asked for.
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    const std::vector<BackupInfo> backups = Backups(tmp.paths()).list();
    REQUIRE_FALSE(backups.empty());
    CHECK(backups.front().kind == BackupKind::Manual);
    CHECK_NOTHROW(Backups(tmp.paths()).check(backups.front().name, window->profile()->dataKey()));
    window->showSettings();
    CHECK(child<QListWidget>(window.get(), "backupsList")->item(0)->text().contains(u"you asked"_s));
}

TEST_CASE("Ctrl+L while the passphrase is being changed: the key is wiped only after the key file is written",
          "[settings][lock][gui]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    window->showSettings();
    auto* settings = child<SettingsScreen>(window.get(), "settingsScreen");
    REQUIRE(focusName() == "currentPassphraseEdit");
    REQUIRE_FALSE(newPassphraseOpensKeyFile(tmp.paths()));

    std::atomic<bool> jobStarted = false;
    slowJobsDown(*window, jobStarted);
    bool closed = false;
    bool profileGoneAtClose = false;
    bool newSlotAtClose = false;
    QObject::connect(window->session(), &ProfileSession::closed, [&] {
        closed = true;
        profileGoneAtClose = window->profile() == nullptr;
        newSlotAtClose = newPassphraseOpensKeyFile(tmp.paths());
    });

    type(kPassphrase);
    pressEnter();
    type(kNewPassphrase);
    pressEnter();
    type(kNewPassphrase);
    pressEnter();
    REQUIRE(settings->isBusy());
    pressCtrlL(*window);  // at once, while the key file is being written

    REQUIRE(closed);
    CHECK(jobStarted);
    CHECK(profileGoneAtClose);
    CHECK(window->profile() == nullptr);
    CHECK(newSlotAtClose);  // the new passphrase's slot was in the key file before the key went
    checkNothingWritesAfterwards(tmp.paths());

    // The old passphrase opens nothing now; the new one opens the profile.
    typePassphraseAndUnlock(*window, kPassphrase);
    CHECK(window->profile() == nullptr);
    typePassphraseAndUnlock(*window, kNewPassphrase);
    CHECK(window->profile() != nullptr);
}
