// Settings' "I think someone knows my passphrase…", driven as a person would: unlock,
// settings, the button, the current passphrase and a new one typed, the new recovery code
// read off the screen and one group typed back. Then, from outside with the storage API:
// the new passphrase opens the profile and the old one does not, the backups open with
// the new data key, and nothing of the old key file or the old data key is left in the
// folder. A wrong current passphrase, or a disk that refuses, changes no byte.
#include "FoundationDriver.h"

#include "domain/Error.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/NewPassphraseForm.h"
#include "gui/main/IdleLock.h"
#include "gui/settings/RekeyDialog.h"
#include "gui/settings/SettingsScreen.h"
#include "gui/setup/ConfirmGroupPage.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/AtomicFile.h"
#include "storage/Backups.h"
#include "storage/JournalStore.h"
#include "storage/UnlockedProfile.h"
#include "support/JournalSamples.h"
#include "support/TempProfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QRadioButton>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;
using namespace Qt::StringLiterals;

namespace {

const QString kOld = u"lanterns along the quay"_s;
const QString kNew = u"a boat that stays in harbour"_s;

SecureBuffer secret(const QString& text) { return SecureBuffer::fromUtf8(text); }

bool passphraseOpens(const ProfilePaths& paths, const QString& passphrase) {
    try {
        return UnlockedProfile::unlock(paths, secret(passphrase)) != nullptr;
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::WrongSecret) return false;
        throw;
    }
}

bool codeOpens(const ProfilePaths& paths, const QString& code) {
    try {
        return UnlockedProfile::unlockWithRecoveryCode(paths, secret(code)) != nullptr;
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::WrongSecret) return false;
        throw;
    }
}

QByteArray bytesOf(const SecureBuffer& buffer) {
    return QByteArray(reinterpret_cast<const char*>(buffer.bytes().data()), qsizetype(buffer.bytes().size()));
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList groupsOnScreen(const QWidget* dialog) {
    QStringList groups;
    for (int i = 1; auto* label = dialog->findChild<QLabel*>(QStringLiteral("group%1").arg(i)); ++i)
        groups << label->text();
    return groups;
}

std::size_t backupCount(const ProfilePaths& paths) { return Backups(paths).list().size(); }

// Unlocked with the daily backup made and one more by hand, and one journal entry.
std::unique_ptr<MainWindow> unlockedWithBackups(const TempProfile& tmp) {
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kOld);
    REQUIRE(window->profile() != nullptr);
    REQUIRE(waitUntil([&] { return backupCount(tmp.paths()) == 1; }));
    JournalStore(window->profile()->database())
        .add(mooring::test::quickEntry(QDateTime(QDate(2026, 11, 20), QTime(9, 30)), 3, u"before new keys"_s));
    Backups(tmp.paths()).make(window->profile()->database(), window->profile()->dataKey(), BackupKind::Manual);
    REQUIRE(backupCount(tmp.paths()) == 2);
    return window;
}

// Settings, the button by Tab and Enter; returns the dialog with the focus in its first field.
RekeyDialog* openDialogByKeyboard(MainWindow& window) {
    QTest::mouseClick(child<QPushButton>(&window, "settingsTile"), Qt::LeftButton);
    auto* settings = child<SettingsScreen>(&window, "settingsScreen");
    REQUIRE(window.currentScreen() == settings);
    for (int i = 0; i < 12 && focusName() != "someoneKnowsButton"; ++i) pressTab();
    REQUIRE(focusName() == "someoneKnowsButton");
    pressEnter();
    auto* dialog = child<RekeyDialog>(&window, "rekeyDialog");
    REQUIRE(waitUntil([&] { return dialog->isVisible() && focusName() == "rekeyCurrentEdit"; }));
    CHECK(dialog->step() == RekeyDialog::Step::Ask);
    CHECK(child<QRadioButton>(dialog, "rekeyCopyBackups")->isChecked());  // keeping is the default
    return dialog;
}

// The current passphrase, then the new one twice; Enter in the last field starts.
void fillIn(const RekeyDialog* dialog, const QString& current) {
    type(current);
    pressEnter();
    REQUIRE(focusName() == "newPassphraseEdit");  // moved on: nothing started yet
    CHECK_FALSE(child<MessageBanner>(dialog, "newPassphraseProblem")->isVisible());
    type(kNew);
    pressEnter();
    REQUIRE(focusName() == "confirmPassphraseEdit");
    type(kNew);
}

struct FaultReset {
    ~FaultReset() { AtomicFile::injectFaultForTests(std::nullopt); }
};

}  // namespace

TEST_CASE("Settings: new keys for everything when someone may know the passphrase", "[foundation][rekey]") {
    TempProfile tmp;
    const QString oldCode = makeProfile(tmp.paths(), kOld);
    auto window = unlockedWithBackups(tmp);
    const QByteArray oldKeyFile = readFile(tmp.paths().keyFile());
    const QByteArray oldDataKey = bytesOf(window->profile()->dataKey());
    QPointer<RekeyDialog> dialog = openDialogByKeyboard(*window);

    const bool removeBackups = GENERATE(false, true);
    fillIn(dialog, kOld);
    if (removeBackups) child<QRadioButton>(dialog, "rekeyRemoveBackups")->setChecked(true);
    child<NewPassphraseForm>(dialog, "rekeyNewForm")->confirmField()->setFocus();
    pressEnter();
    CHECK(dialog->isBusy());
    REQUIRE(waitUntil([&] { return !dialog->isBusy(); }));
    INFO(child<MessageBanner>(dialog, "rekeyProblem")->text().toStdString());
    REQUIRE(dialog->step() == RekeyDialog::Step::Code);
    CHECK(dialog->rekeyed());
    // The window let go of everything before the files were replaced.
    CHECK(window->profile() == nullptr);
    auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
    CHECK(window->currentScreen() == unlock);
    CHECK(focusName() == "writtenDownButton");
    const QStringList groups = groupsOnScreen(dialog);
    REQUIRE(groups.size() == RecoveryCode::groupCount());
    const QString newCode = groups.join(u'-');

    // Nobody touched anything for the idle time: the code stays on screen.
    auto* idle = window->findChild<IdleLock*>();
    REQUIRE(idle != nullptr);
    Q_EMIT idle->idle();
    REQUIRE(dialog);
    CHECK(groupsOnScreen(dialog) == groups);

    pressEnter();  // "I've written it down"
    REQUIRE(dialog->step() == RekeyDialog::Step::Confirm);
    type(groups.at(child<ConfirmGroupPage>(dialog, "confirmGroupPage")->askedIndex()));
    pressEnter();
    REQUIRE(waitUntil([&] { return dialog.isNull(); }));
    CHECK(unlock->problem() == RekeyDialog::doneNotice());
    // Counted before unlocking again, which makes a new daily backup if none is left.
    CHECK(backupCount(tmp.paths()) == (removeBackups ? 0U : 2U));
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));

    // The new passphrase unlocks in the window, and the entry is still there.
    typePassphraseAndUnlock(*window, kNew);
    REQUIRE(window->profile() != nullptr);
    CHECK(JournalStore(window->profile()->database()).count() == 1);
    const SecureBuffer newKey = SecureBuffer::fromBytes(window->profile()->dataKey().bytes());
    CHECK(bytesOf(newKey) != oldDataKey);
    window->lockNow();
    REQUIRE(window->profile() == nullptr);
    window.reset();

    // Every backup there now opens with the new data key: the two copied, or a new daily one.
    const Backups backups(tmp.paths());
    const auto list = backups.list();
    CHECK(list.size() == (removeBackups ? 1U : 2U));
    for (const BackupInfo& backup : list) {
        INFO(backup.name.toStdString());
        CHECK_NOTHROW(backups.check(backup.name, newKey));
    }
    CHECK(passphraseOpens(tmp.paths(), kNew));
    CHECK_FALSE(passphraseOpens(tmp.paths(), kOld));
    CHECK(codeOpens(tmp.paths(), newCode));
    CHECK_FALSE(codeOpens(tmp.paths(), oldCode));
    // Nothing of the old key is left anywhere in the folder: no old key file, no raw key.
    const auto files = snapshot(tmp.dir());
    CHECK(files.contains(tmp.paths().keyFile()));
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        INFO(file.key().toStdString());
        CHECK_FALSE(file.value().contains(oldKeyFile));
        CHECK_FALSE(file.value().contains(oldDataKey));
        CHECK_FALSE(QFileInfo(file.key()).fileName().contains(u"rekey"_s));  // nothing of the work left behind
    }
}

TEST_CASE("Settings: new keys need the right current passphrase, and a refusing disk changes nothing",
          "[foundation][rekey]") {
    TempProfile tmp;
    const QString oldCode = makeProfile(tmp.paths(), kOld);
    auto window = unlockedWithBackups(tmp);
    QPointer<RekeyDialog> dialog = openDialogByKeyboard(*window);
    const auto before = snapshot(tmp.dir());

    SECTION("a wrong current passphrase: told next to the field, still unlocked") {
        fillIn(dialog, u"a guess that is wrong"_s);
        pressEnter();
        REQUIRE(waitUntil([&] { return !dialog->isBusy(); }));
        CHECK(child<MessageBanner>(dialog, "rekeyCurrentProblem")->isVisible());
        CHECK_FALSE(child<MessageBanner>(dialog, "rekeyProblem")->isVisible());
        CHECK(focusName() == "rekeyCurrentEdit");
        CHECK(dialog->step() == RekeyDialog::Step::Ask);
        CHECK(window->profile() != nullptr);
        CHECK(snapshot(tmp.dir()) == before);
        QTest::keyClick(focused(), Qt::Key_Escape);  // nothing made: it closes without asking
        REQUIRE(waitUntil([&] { return dialog.isNull(); }));
        window->lockNow();
    }
    SECTION("the disk refuses the new copy: said plainly, and the old passphrase still opens") {
        FaultReset reset;
        AtomicFile::injectFaultForTests(AtomicFile::Step::Commit);
        fillIn(dialog, kOld);
        pressEnter();
        REQUIRE(waitUntil([&] { return !dialog->isBusy() && window->profile() == nullptr; }));
        auto* problem = child<MessageBanner>(dialog, "rekeyProblem");
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(u"Nothing was changed"_s));
        CHECK_FALSE(dialog->rekeyed());
        CHECK(dialog->step() == RekeyDialog::Step::Ask);
        CHECK(focusName() == "rekeyCancelButton");
        AtomicFile::injectFaultForTests(std::nullopt);
        pressEnter();  // "Close"
        REQUIRE(waitUntil([&] { return dialog.isNull(); }));
        CHECK(child<UnlockScreen>(window.get(), "unlockScreen")->problem().isEmpty());
    }
    window.reset();
    CHECK(snapshot(tmp.dir()) == before);
    CHECK(passphraseOpens(tmp.paths(), kOld));
    CHECK(codeOpens(tmp.paths(), oldCode));
    CHECK_FALSE(passphraseOpens(tmp.paths(), kNew));
}

TEST_CASE("Settings: locking by itself closes the new-keys dialog while nothing has changed", "[foundation][rekey]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kOld);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kOld);
    QPointer<RekeyDialog> dialog = openDialogByKeyboard(*window);
    type(kOld);  // typed, not yet sent
    auto* idle = window->findChild<IdleLock*>();
    REQUIRE(idle != nullptr);
    Q_EMIT idle->idle();
    CHECK(window->profile() == nullptr);
    REQUIRE(waitUntil([&] { return dialog.isNull(); }));
}
