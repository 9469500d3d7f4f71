// Each fault gets its own clear, kind message, and nothing on disk changes.
#include "FoundationDriver.h"

#include "domain/Error.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/main/StartupLock.h"
#include "gui/setup/SetupScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/ProfileLock.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;

namespace {

const QString kPassphrase = QStringLiteral("harbour lights at dusk");

void overwrite(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// What storage itself says for this profile and passphrase: the screen must show the same.
QString storageMessage(const ProfilePaths& paths, const QString& passphrase) {
    try {
        UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(passphrase));
    } catch (const Error& error) {
        return error.message();
    }
    FAIL("the profile opened, so there was no fault to show");
    return {};
}

}  // namespace

TEST_CASE("Damaged or missing files: a calm note at the top, nothing changed", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    const QByteArray keyBytes = bytesOf(tmp.paths().keyFile());

    SECTION("key file truncated") { overwrite(tmp.paths().keyFile(), keyBytes.left(keyBytes.size() / 2)); }
    SECTION("key file altered") {
        QByteArray altered = keyBytes;
        altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 0x5a);
        overwrite(tmp.paths().keyFile(), altered);
    }
    SECTION("database missing") { REQUIRE(QFile::remove(tmp.paths().database())); }
    SECTION("database damaged") {
        QByteArray db = bytesOf(tmp.paths().database());
        for (int i = 40; i < 200; ++i) db[i] = char(db.at(i) ^ 0xff);
        overwrite(tmp.paths().database(), db);
    }
    SECTION("key file missing: said before anything is typed") {
        REQUIRE(QFile::remove(tmp.paths().keyFile()));
        auto window = openWindow(tmp.paths());
        auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
        // Never an offer to start over on top of the data that is there.
        REQUIRE(window->currentScreen() == unlock);
        CHECK(unlock->problem().contains(QStringLiteral("mooring.keys")));
    }

    const QString expected = storageMessage(tmp.paths(), kPassphrase);
    const auto before = snapshot(tmp.dir());
    auto window = openWindow(tmp.paths());
    auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
    REQUIRE(window->currentScreen() == unlock);
    typePassphraseAndUnlock(*window, kPassphrase);

    CHECK(window->profile() == nullptr);
    CHECK(unlock->problem().toStdString() == expected.toStdString());
    CHECK_FALSE(child<MessageBanner>(unlock, "passphraseError")->isVisible());
    CHECK(child<QLineEdit>(unlock, "passphraseEdit")->text().isEmpty());
    CHECK(snapshot(tmp.dir()) == before);
}

TEST_CASE("Wrong passphrase and damaged file are told apart", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, QStringLiteral("not it at all"));
    auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
    const QString nextToField = child<MessageBanner>(unlock, "passphraseError")->text();
    CHECK_FALSE(nextToField.isEmpty());
    CHECK(unlock->problem().isEmpty());

    QByteArray keyBytes = bytesOf(tmp.paths().keyFile());
    overwrite(tmp.paths().keyFile(), keyBytes.left(10));
    typePassphraseAndUnlock(*window, kPassphrase);
    CHECK_FALSE(unlock->problem().isEmpty());
    CHECK(unlock->problem() != nextToField);
}

TEST_CASE("A place where no folder can be made: setup says so and changes nothing", "[foundation]") {
    // Works even for root, unlike a read-only folder: the profile's parent is a file.
    QTemporaryDir parent;
    const QString blocker = parent.filePath(QStringLiteral("not-a-folder"));
    overwrite(blocker, QByteArray("just a file"));
    const ProfilePaths paths(blocker + QStringLiteral("/profile"));
    auto window = openWindow(paths);
    auto* setup = child<SetupScreen>(window.get(), "setupScreen");
    pressEnter();
    type(kPassphrase);
    pressEnter();
    type(kPassphrase);
    pressEnter();
    auto* continueButton = child<QPushButton>(setup, "continueButton");
    REQUIRE(waitUntil([&] { return continueButton->isEnabled(); }));
    auto* banner = child<MessageBanner>(setup, "problemBanner");
    CHECK(banner->isVisible());
    CHECK_FALSE(banner->text().isEmpty());
    CHECK(setup->step() == SetupScreen::Step::Passphrase);
    CHECK(window->profile() == nullptr);
    CHECK(bytesOf(blocker) == QByteArray("just a file"));
    // The fields are ready for another try.
    CHECK(child<QLineEdit>(setup, "newPassphraseEdit")->isEnabled());
}

TEST_CASE("A folder that cannot be written: setup says so and leaves nothing behind", "[foundation]") {
    if (::geteuid() == 0) {
        WARN("running as root: permissions do not stop root, so this case cannot be shown here");
        return;
    }
    QTemporaryDir parent;
    const ProfilePaths paths(parent.path() + QStringLiteral("/profile"));
    REQUIRE(QFile::setPermissions(parent.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    auto window = openWindow(paths);
    auto* setup = child<SetupScreen>(window.get(), "setupScreen");
    pressEnter();
    type(kPassphrase);
    pressEnter();
    type(kPassphrase);
    pressEnter();
    auto* continueButton = child<QPushButton>(setup, "continueButton");
    REQUIRE(waitUntil([&] { return continueButton->isEnabled(); }));
    CHECK(child<MessageBanner>(setup, "problemBanner")->isVisible());
    CHECK(setup->step() == SetupScreen::Step::Passphrase);
    CHECK(window->profile() == nullptr);
    CHECK_FALSE(QFile::exists(paths.dir()));
    QFile::setPermissions(parent.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("Profile open elsewhere: main's lock check says so kindly and stops", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    {
        ProfileLock other(tmp.paths());  // the other Mooring
        const auto before = snapshot(tmp.dir());
        CHECK(takeProfileLock(tmp.paths()) == nullptr);
        REQUIRE(DialogHooks::shownMessages().size() == 1);
        CHECK(DialogHooks::shownMessages().first().contains(QStringLiteral("already open")));
        CHECK(snapshot(tmp.dir()) == before);
    }
    // Once the other one has closed, this one may start.
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    CHECK(takeProfileLock(tmp.paths()) != nullptr);
    CHECK(DialogHooks::shownMessages().isEmpty());
    DialogHooks::reset();
}
