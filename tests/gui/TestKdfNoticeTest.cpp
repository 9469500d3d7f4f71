// A profile whose passphrase has the test-only key-derivation cost (MOORING_INSECURE_FAST_KDF)
// says so on every screen once it is open; a profile with a real cost never does.
#include "FoundationDriver.h"

#include "gui/common/MessageBanner.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/home/HomeScreen.h"
#include "gui/main/MainWindow.h"
#include "storage/Argon2Params.h"
#include "storage/KeyFile.h"
#include "storage/UnlockedProfile.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a lantern in the window"_s;

void makeProfileWith(const ProfilePaths& paths, const Argon2Params& params) {
    UnlockedProfile::create(paths, SecureBuffer::fromUtf8(kPassphrase), params);
}

// As mooring_main.cpp makes it: no parameters given, so new passphrases are calibrated.
std::unique_ptr<MainWindow> openAsTheAppDoes(const ProfilePaths& paths) {
    auto window = std::make_unique<MainWindow>(MainWindowOptions(ProfileAccess{paths, std::nullopt}));
    window->resize(900, 720);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

}  // namespace

TEST_CASE("A profile made with the quick test settings shows a kind warning after unlocking", "[gui][kdf]") {
    test::TempProfile profile;
    makeProfileWith(profile.paths(), Argon2Params::forTests());
    auto window = openAsTheAppDoes(profile.paths());
    auto* notice = child<MessageBanner>(window.get(), "testKdfNotice");
    CHECK_FALSE(notice->isVisible());  // nothing is said before the passphrase opens it

    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    CHECK(qobject_cast<HomeScreen*>(window->currentScreen()) != nullptr);
    CHECK(notice->isVisible());
    CHECK(notice->text() == MainWindow::testKdfNotice());
    CHECK(notice->text().contains(u"only weakly protected"_s));
    CHECK(notice->text().contains(u"change your passphrase in Settings"_s));
    CHECK(notice->tone() == MessageBanner::Tone::Attention);
    test::saveScreenshot(window.get(), u"test-kdf-notice"_s);

    // Still there on the other screens, but never over "I need help now".
    window->showJournal();
    CHECK(notice->isVisible());
    window->showHelpNow();
    CHECK(qobject_cast<CrisisScreen*>(window->currentScreen()) != nullptr);
    CHECK_FALSE(notice->isVisible());
    window->showHome();
    CHECK(notice->isVisible());

    // A new passphrase with a real cost (calibration's floor stands in for a calibrated one),
    // as the settings screen sets it: the warning goes at once, on the screen where it is.
    window->showSettings();
    CHECK(notice->isVisible());
    window->profile()->changePassphrase(SecureBuffer::fromUtf8(kPassphrase), Argon2Params::floor());
    REQUIRE_FALSE(KeyFile::load(profile.paths().keyFile()).passphraseSlot().params.isBelowFloor());
    CHECK(waitUntil([notice] { return !notice->isVisible(); }, 5000));
    window->showHome();
    CHECK_FALSE(notice->isVisible());

    // Locked: nothing about the profile is said.
    window->lockNow();
    REQUIRE(window->profile() == nullptr);
    CHECK_FALSE(notice->isVisible());
}

TEST_CASE("The warning goes once locked, and comes back for the same profile", "[gui][kdf]") {
    test::TempProfile profile;
    makeProfileWith(profile.paths(), Argon2Params::forTests());
    auto window = openAsTheAppDoes(profile.paths());
    auto* notice = child<MessageBanner>(window.get(), "testKdfNotice");
    typePassphraseAndUnlock(*window, kPassphrase);
    CHECK(notice->isVisible());
    window->lockNow();
    CHECK_FALSE(notice->isVisible());
    typePassphraseAndUnlock(*window, kPassphrase);
    CHECK(notice->isVisible());
}

TEST_CASE("A profile with a real passphrase cost shows no such warning", "[gui][kdf]") {
    test::TempProfile profile;
    makeProfileWith(profile.paths(), Argon2Params::floor());  // the weakest cost calibration chooses
    auto window = openAsTheAppDoes(profile.paths());
    auto* notice = child<MessageBanner>(window.get(), "testKdfNotice");
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    CHECK(qobject_cast<HomeScreen*>(window->currentScreen()) != nullptr);
    CHECK_FALSE(notice->isVisible());
    window->showJournal();
    CHECK_FALSE(notice->isVisible());
}

TEST_CASE("A window that makes test-cost profiles itself (the test suites) does not warn", "[gui][kdf]") {
    test::TempProfile profile;
    makeProfileWith(profile.paths(), Argon2Params::forTests());
    auto window = openWindow(profile.paths());  // ProfileAccess with Argon2Params::forTests()
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    CHECK_FALSE(child<MessageBanner>(window.get(), "testKdfNotice")->isVisible());
}
