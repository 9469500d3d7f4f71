// The foundation as a person meets it: setup, unlock (wrong, then right), lock, the
// recovery code, changing the passphrase. Typed with QTest, checked on screen and on disk.
#include "FoundationDriver.h"

#include "gui/common/MessageBanner.h"
#include "gui/home/HomeScreen.h"
#include "gui/settings/SettingsScreen.h"
#include "gui/setup/SetupScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QFile>
#include <QLabel>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;

namespace {

const QString kPassphrase = QStringLiteral("harbour lights at dusk");
const QString kNewPassphrase = QStringLiteral("seven quiet gulls circling");

void pressCtrlL() { QTest::keyClick(focused(), Qt::Key_L, Qt::ControlModifier); }

bool noWidgetOfType(const char* className) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (QWidget* widget : QApplication::allWidgets()) {
        if (widget->inherits(className)) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("First start: setup by keyboard, files private, group typed back, then home", "[foundation]") {
    TempProfile tmp;
    auto window = openWindow(tmp.paths());
    auto* setup = child<SetupScreen>(window.get(), "setupScreen");
    REQUIRE(window->currentScreen() == setup);
    // Nothing is written before the person has chosen a passphrase.
    CHECK_FALSE(QFile::exists(tmp.paths().keyFile()));
    CHECK_FALSE(QFile::exists(tmp.paths().database()));

    // Welcome: region by keyboard (type-ahead: the first letters of Ireland), then Enter for "Begin".
    REQUIRE(focusName() == "regionBox");
    QTest::keyClicks(focused(), QStringLiteral("Irel"));
    pressEnter();
    REQUIRE(setup->step() == SetupScreen::Step::Passphrase);

    SECTION("a short passphrase, then two that differ, get kind notes and nothing is made") {
        type(QStringLiteral("short"));
        CHECK(child<QLabel>(setup, "strengthHint")->text().contains(QStringLiteral("at least")));
        pressEnter();
        type(QStringLiteral("short"));
        pressEnter();
        auto* problem = child<MessageBanner>(setup, "newPassphraseProblem");
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(QStringLiteral("at least 8")));
        CHECK(focusName() == "newPassphraseEdit");

        child<QLineEdit>(setup, "newPassphraseEdit")->selectAll();
        type(kPassphrase);
        pressEnter();
        type(QStringLiteral("something else entirely"));
        pressEnter();
        CHECK(problem->text().contains(QStringLiteral("don't match")));
        CHECK(focusName() == "confirmPassphraseEdit");
        CHECK(setup->step() == SetupScreen::Step::Passphrase);
        CHECK_FALSE(QFile::exists(tmp.paths().keyFile()));
    }

    SECTION("the whole way to home") {
        type(kPassphrase);
        CHECK(child<QLabel>(setup, "strengthLabel")->text() != QStringLiteral("Easy to guess"));
        pressEnter();
        type(kPassphrase);
        pressEnter();
        // Working: the button says so and waits.
        auto* continueButton = child<QPushButton>(setup, "continueButton");
        CHECK_FALSE(continueButton->isEnabled());
        // Both fields were emptied as soon as the passphrase was taken into secure memory.
        CHECK(child<QLineEdit>(setup, "newPassphraseEdit")->text().isEmpty());
        CHECK(child<QLineEdit>(setup, "confirmPassphraseEdit")->text().isEmpty());
        REQUIRE(waitUntil([&] { return setup->step() == SetupScreen::Step::RecoveryCode; }));

        CHECK(fileMode(tmp.paths().keyFile()) == 0600);
        CHECK(fileMode(tmp.paths().database()) == 0600);
        CHECK(fileMode(tmp.dir()) == 0700);
        CHECK(ProfileSettings(tmp.paths()).region() == QStringLiteral("IE"));

        QStringList groups;
        for (int i = 1; i <= 7; ++i) {
            auto* label = child<QLabel>(setup, QStringLiteral("group%1").arg(i).toLatin1().constData());
            CHECK(label->isVisible());
            groups << label->text();
        }
        CHECK(groups.join(QString()).size() == 28);
        REQUIRE(focusName() == "writtenDownButton");
        pressEnter();
        REQUIRE(setup->step() == SetupScreen::Step::ConfirmGroup);

        const int asked = setup->askedGroupIndex();
        REQUIRE(asked >= 0);
        CHECK(child<QLabel>(setup, "confirmQuestion")->text().contains(QStringLiteral("group %1 of 7").arg(asked + 1)));
        // A group from elsewhere in the code is not the one asked for.
        type(groups.at((asked + 1) % 7));
        pressEnter();
        auto* problem = child<MessageBanner>(setup, "confirmProblem");
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(QStringLiteral("isn't quite group %1").arg(asked + 1)));
        CHECK(window->profile() == nullptr);
        CHECK(setup->step() == SetupScreen::Step::ConfirmGroup);

        // Typed as people do: small letters, a space in the middle.
        QString typed = groups.at(asked).toLower();
        typed.insert(2, u' ');
        type(typed);  // the field's text was selected, so this replaces it
        pressEnter();
        REQUIRE(waitUntil([&] { return window->profile() != nullptr; }));
        CHECK(window->currentScreen()->objectName().toStdString() == "homeScreen");
        CHECK(noWidgetOfType("mooring::SetupScreen"));  // the code is no longer on any screen

        // Quit and start again: the unlock screen, and the passphrase opens it.
        window.reset();
        window = openWindow(tmp.paths());
        REQUIRE(window->currentScreen()->objectName().toStdString() == "unlockScreen");
        typePassphraseAndUnlock(*window, kPassphrase);
        CHECK(window->profile() != nullptr);
    }
}

TEST_CASE("Later starts: unlock screen; wrong passphrase, then right; Ctrl+L locks", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
    REQUIRE(window->currentScreen() == unlock);
    CHECK(window->windowTitle() == QStringLiteral("Mooring"));
    CHECK_FALSE(child<QPushButton>(window.get(), "lockButton")->isVisible());
    CHECK(child<QPushButton>(window.get(), "helpNowButton")->isVisible());

    const auto before = snapshot(tmp.dir());
    type(QStringLiteral("not the right one"));
    pressEnter();
    auto* button = child<QPushButton>(unlock, "unlockButton");
    CHECK(button->text() == QStringLiteral("Unlocking…"));
    CHECK_FALSE(button->isEnabled());
    CHECK(child<QLineEdit>(unlock, "passphraseEdit")->text().isEmpty());
    REQUIRE(waitUntil([&] { return !unlock->isBusy(); }));

    auto* error = child<MessageBanner>(unlock, "passphraseError");
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(child<MessageBanner>(unlock, "problemBanner")->isVisible());
    CHECK(focusName() == "passphraseEdit");
    CHECK(button->isEnabled());
    CHECK(window->profile() == nullptr);
    CHECK(snapshot(tmp.dir()) == before);

    type(kPassphrase);
    pressEnter();
    REQUIRE(waitUntil([&] { return window->profile() != nullptr; }));
    CHECK(window->currentScreen()->objectName().toStdString() == "homeScreen");
    CHECK(child<QPushButton>(window.get(), "lockButton")->isVisible());

    SECTION("Ctrl+L from home") { pressCtrlL(); }
    SECTION("Ctrl+L from settings, with the focus in a field") {
        window->showSettings();
        REQUIRE(window->currentScreen()->objectName().toStdString() == "settingsScreen");
        child<QLineEdit>(window->currentScreen(), "currentPassphraseEdit")->setFocus();
        pressCtrlL();
    }
    SECTION("the Lock now button at the top") {
        QTest::mouseClick(child<QPushButton>(window.get(), "lockButton"), Qt::LeftButton);
    }
    CHECK(window->profile() == nullptr);
    CHECK(window->currentScreen()->objectName().toStdString() == "unlockScreen");
    CHECK(noWidgetOfType("mooring::HomeScreen"));
    CHECK(noWidgetOfType("mooring::SettingsScreen"));
    CHECK_FALSE(child<QPushButton>(window.get(), "lockButton")->isVisible());
    CHECK(focusName() == "passphraseEdit");

    // And it opens again.
    typePassphraseAndUnlock(*window, kPassphrase);
    CHECK(window->profile() != nullptr);
}

TEST_CASE("The recovery code sets a new passphrase", "[foundation]") {
    TempProfile tmp;
    const QString code = makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
    QTest::mouseClick(child<QPushButton>(unlock, "useRecoveryButton"), Qt::LeftButton);
    REQUIRE(unlock->isShowingRecovery());
    REQUIRE(focusName() == "recoveryCodeEdit");

    SECTION("a wrong code: a note by the field, nothing changed") {
        const auto before = snapshot(tmp.dir());
        // A real code, well formed, but another profile's.
        TempProfile other;
        type(makeProfile(other.paths(), kPassphrase));
        pressTab();
        type(kNewPassphrase);
        pressTab();
        type(kNewPassphrase);
        pressEnter();
        REQUIRE(waitUntil([&] { return !unlock->isBusy(); }));
        auto* error = child<MessageBanner>(unlock, "recoveryCodeError");
        CHECK(error->isVisible());
        CHECK_FALSE(error->text().isEmpty());
        CHECK(window->profile() == nullptr);
        CHECK(snapshot(tmp.dir()) == before);
        CHECK(focusName() == "recoveryCodeEdit");
    }

    SECTION("the right code, typed loosely, then the new passphrase works and the old does not") {
        type(code.toLower().replace(u'-', u' '));
        pressTab();
        REQUIRE(focusName() == "newPassphraseEdit");
        type(kNewPassphrase);
        pressEnter();
        type(kNewPassphrase);
        pressEnter();
        REQUIRE(waitUntil([&] { return window->profile() != nullptr; }));
        CHECK(window->currentScreen()->objectName().toStdString() == "homeScreen");

        pressCtrlL();
        REQUIRE(window->profile() == nullptr);
        typePassphraseAndUnlock(*window, kPassphrase);
        CHECK(window->profile() == nullptr);
        typePassphraseAndUnlock(*window, kNewPassphrase);
        CHECK(window->profile() != nullptr);
    }
}

TEST_CASE("Settings: change the passphrase, lock, unlock with the new one", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    QTest::mouseClick(child<QPushButton>(window.get(), "settingsTile"), Qt::LeftButton);
    auto* settings = child<SettingsScreen>(window.get(), "settingsScreen");
    REQUIRE(window->currentScreen() == settings);
    REQUIRE(focusName() == "currentPassphraseEdit");

    SECTION("a wrong current passphrase changes nothing") {
        const auto before = snapshot(tmp.dir());
        type(QStringLiteral("a guess that is wrong"));
        pressEnter();
        type(kNewPassphrase);
        pressEnter();
        type(kNewPassphrase);
        pressEnter();
        REQUIRE(waitUntil([&] { return !settings->isBusy(); }));
        CHECK(child<MessageBanner>(settings, "currentPassphraseError")->isVisible());
        CHECK(snapshot(tmp.dir()) == before);
    }

    SECTION("the right one: a calm confirmation, and the new passphrase opens it") {
        type(kPassphrase);
        pressEnter();
        REQUIRE(focusName() == "newPassphraseEdit");
        type(kNewPassphrase);
        pressEnter();
        type(kNewPassphrase);
        pressEnter();
        CHECK(settings->isBusy());
        REQUIRE(waitUntil([&] { return !settings->isBusy(); }));
        auto* banner = child<MessageBanner>(settings, "passphraseBanner");
        CHECK(banner->isVisible());
        CHECK(banner->tone() == MessageBanner::Tone::Info);
        CHECK(child<QLineEdit>(settings, "currentPassphraseEdit")->text().isEmpty());

        pressCtrlL();
        REQUIRE(window->profile() == nullptr);
        typePassphraseAndUnlock(*window, kPassphrase);
        CHECK(window->profile() == nullptr);
        typePassphraseAndUnlock(*window, kNewPassphrase);
        CHECK(window->profile() != nullptr);
    }
}
