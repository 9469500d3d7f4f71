// Settings' "Make a new recovery code…", driven as a person would: unlock, settings, Tab to
// the button, the current passphrase, the new code read off the screen, one group typed
// back. Then, with the storage API: the new code opens the profile, the old one does not.
#include "FoundationDriver.h"

#include "ScreenshotLooks.h"
#include "domain/Error.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/main/IdleLock.h"
#include "gui/settings/NewRecoveryCodeDialog.h"
#include "gui/settings/RecoveryCodeSection.h"
#include "gui/settings/SettingsScreen.h"
#include "gui/setup/ConfirmGroupPage.h"
#include "storage/AtomicFile.h"
#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

#include <QLabel>
#include <QPointer>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;

namespace {

const QString kPassphrase = QStringLiteral("lanterns along the quay");

SecureBuffer secret(const QString& text) { return SecureBuffer::fromUtf8(text); }

bool codeOpens(const ProfilePaths& paths, const QString& code) {
    try {
        return UnlockedProfile::unlockWithRecoveryCode(paths, secret(code)) != nullptr;
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::WrongSecret) return false;
        throw;
    }
}

void press(Qt::Key key) { QTest::keyClick(focused(), key); }

// Unlocked, on settings, and on to the dialog by Tab and Enter; returns the dialog.
NewRecoveryCodeDialog* openDialogByKeyboard(MainWindow& window) {
    QTest::mouseClick(child<QPushButton>(&window, "settingsTile"), Qt::LeftButton);
    auto* settings = child<SettingsScreen>(&window, "settingsScreen");
    REQUIRE(window.currentScreen() == settings);
    for (int i = 0; i < 12 && focusName() != "newRecoveryCodeButton"; ++i) pressTab();
    REQUIRE(focusName() == "newRecoveryCodeButton");
    pressEnter();
    auto* dialog = child<NewRecoveryCodeDialog>(settings, "newRecoveryCodeDialog");
    REQUIRE(waitUntil([&] { return dialog->isVisible() && focusName() == "newCodePassphraseEdit"; }));
    CHECK(dialog->step() == NewRecoveryCodeDialog::Step::Ask);
    return dialog;
}

QStringList groupsOnScreen(const QWidget* dialog) {
    QStringList groups;
    for (int i = 1; auto* label = dialog->findChild<QLabel*>(QStringLiteral("group%1").arg(i)); ++i)
        groups << label->text();
    return groups;
}

struct FaultReset {
    ~FaultReset() { AtomicFile::injectFaultForTests(std::nullopt); }
};

}  // namespace

TEST_CASE("Settings: a new recovery code replaces the old one", "[foundation][recovery-code]") {
    TempProfile tmp;
    const QString oldCode = makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    QPointer<NewRecoveryCodeDialog> dialog = openDialogByKeyboard(*window);

    type(kPassphrase);
    pressEnter();  // "Make the new code"
    REQUIRE(waitUntil([&] { return !dialog->isBusy(); }));
    REQUIRE(dialog->step() == NewRecoveryCodeDialog::Step::Code);
    CHECK(focusName() == "writtenDownButton");
    const QStringList groups = groupsOnScreen(dialog);
    REQUIRE(groups.size() == RecoveryCode::groupCount());
    const QString newCode = groups.join(u'-');

    SECTION("Esc while the code shows asks first, and staying is the default") {
        DialogHooks::reset();
        DialogHooks::setTestMode(true);
        press(Qt::Key_Escape);
        CHECK(DialogHooks::shownMessages().size() == 1);
        CHECK(dialog);
        CHECK(dialog->isVisible());
        CHECK(groupsOnScreen(dialog) == groups);
        DialogHooks::queueAnswer(QMessageBox::Yes);
        press(Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return dialog.isNull(); }));
    }
    SECTION("one group typed back, and the code is gone from the screen") {
        pressEnter();  // "I've written it down"
        REQUIRE(dialog->step() == NewRecoveryCodeDialog::Step::Confirm);
        REQUIRE(focusName() == "confirmGroupEdit");
        const int asked = child<ConfirmGroupPage>(dialog, "confirmGroupPage")->askedIndex();
        SECTION("a slip is told kindly and nothing closes") {
            type(QStringLiteral("zzzz"));
            pressEnter();
            CHECK(child<MessageBanner>(dialog, "confirmProblem")->isVisible());
            CHECK(dialog->step() == NewRecoveryCodeDialog::Step::Confirm);
            child<QLineEdit>(dialog, "confirmGroupEdit")->selectAll();
        }
        type(groups.at(asked).toLower());
        pressEnter();
        REQUIRE(waitUntil([&] { return dialog.isNull(); }));
        auto* banner = child<MessageBanner>(window.get(), "recoveryCodeBanner");
        CHECK(banner->isVisible());
        CHECK(banner->tone() == MessageBanner::Tone::Info);
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        CHECK(focusName() == "newRecoveryCodeButton");
    }
    // Whichever way it closed, nothing of the code is left on a label.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (QLabel* label : window->findChildren<QLabel*>()) {
        INFO("label " << label->objectName().toStdString());
        for (const QString& group : groups) CHECK_FALSE(label->text().contains(group));
    }

    window->lockNow();
    REQUIRE(window->profile() == nullptr);
    window.reset();
    CHECK(codeOpens(tmp.paths(), newCode));
    CHECK_FALSE(codeOpens(tmp.paths(), oldCode));
    // The new code resets the passphrase, as the unlock screen's "use my recovery code" does.
    UnlockedProfile::unlockWithRecoveryCode(tmp.paths(), secret(newCode))
        ->changePassphrase(secret(QStringLiteral("a fresh start")), Argon2Params::forTests());
    CHECK(UnlockedProfile::unlock(tmp.paths(), secret(QStringLiteral("a fresh start"))));
}

TEST_CASE("Settings: locking by itself waits while a new recovery code is being written down",
          "[foundation][recovery-code]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    auto* idle = window->findChild<IdleLock*>();
    REQUIRE(idle != nullptr);
    QPointer<NewRecoveryCodeDialog> dialog = openDialogByKeyboard(*window);
    type(kPassphrase);
    pressEnter();
    REQUIRE(waitUntil([&] { return !dialog->isBusy(); }));
    REQUIRE(dialog->step() == NewRecoveryCodeDialog::Step::Code);
    const QStringList groups = groupsOnScreen(dialog);

    // Nobody touched anything for the idle time: the code is in use, so it stays.
    Q_EMIT idle->idle();
    CHECK(window->profile() != nullptr);
    REQUIRE(dialog);
    CHECK(groupsOnScreen(dialog) == groups);
    CHECK(idle->isActive());  // still watching, for after the code is kept

    pressEnter();  // "I've written it down"
    REQUIRE(dialog->step() == NewRecoveryCodeDialog::Step::Confirm);
    Q_EMIT idle->idle();
    CHECK(window->profile() != nullptr);
    REQUIRE(dialog);

    type(groups.at(child<ConfirmGroupPage>(dialog, "confirmGroupPage")->askedIndex()));
    pressEnter();
    REQUIRE(waitUntil([&] { return dialog.isNull(); }));
    // Kept: the next idle moment locks as always.
    Q_EMIT idle->idle();
    CHECK(window->profile() == nullptr);
}

TEST_CASE("Settings: a new recovery code needs the current passphrase", "[foundation][recovery-code]") {
    TempProfile tmp;
    const QString oldCode = makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    QPointer<NewRecoveryCodeDialog> dialog = openDialogByKeyboard(*window);
    const auto before = snapshot(tmp.dir());

    SECTION("nothing typed") {
        pressEnter();
        CHECK(child<MessageBanner>(dialog, "newCodeProblem")->isVisible());
        CHECK_FALSE(dialog->isBusy());
    }
    SECTION("a wrong one") {
        type(QStringLiteral("a guess that is wrong"));
        pressEnter();
        REQUIRE(waitUntil([&] { return !dialog->isBusy(); }));
        CHECK(child<MessageBanner>(dialog, "newCodeProblem")->isVisible());
        CHECK(focusName() == "newCodePassphraseEdit");
        CHECK(child<QLineEdit>(dialog, "newCodePassphraseEdit")->text().isEmpty());
    }
    SECTION("the right one, but the key file cannot be written") {
        FaultReset reset;
        AtomicFile::injectFaultForTests(AtomicFile::Step::Commit);
        type(kPassphrase);
        pressEnter();
        REQUIRE(waitUntil([&] { return !dialog->isBusy(); }));
        auto* problem = child<MessageBanner>(dialog, "newCodeProblem");
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(QStringLiteral("still works")));
    }
    CHECK(dialog->step() == NewRecoveryCodeDialog::Step::Ask);
    CHECK_FALSE(dialog->codeReplaced());
    CHECK(snapshot(tmp.dir()) == before);
    press(Qt::Key_Escape);  // nothing made: it closes without asking
    REQUIRE(waitUntil([&] { return dialog.isNull(); }));
    CHECK_FALSE(child<MessageBanner>(window.get(), "recoveryCodeBanner")->isVisible());

    window->lockNow();
    window.reset();
    CHECK(codeOpens(tmp.paths(), oldCode));
}

TEST_CASE("Screenshots of making a new recovery code", "[foundation][recovery-code][screenshots]") {
    mooring::test::forEachLook([](const mooring::test::Look& look) {
        TempProfile tmp;
        makeProfile(tmp.paths(), kPassphrase);
        {
            ProfileSettings settings(tmp.paths());  // the window applies what is stored
            settings.setTextScalePercent(look.percent);
            settings.setTheme(look.theme);
            settings.save();
        }
        auto window = openWindow(tmp.paths(), QSize(960, 760));
        typePassphraseAndUnlock(*window, kPassphrase);
        REQUIRE(window->profile() != nullptr);
        QPointer<NewRecoveryCodeDialog> dialog = openDialogByKeyboard(*window);
        auto shoot = [&](QWidget* widget, const QString& name) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            mooring::test::saveScreenshot(widget, name + look.suffix);
        };
        auto* section = child<QWidget>(window.get(), "recoveryCodeSection");
        shoot(section, QStringLiteral("new-recovery-code-section"));
        type(QStringLiteral("not it"));
        pressEnter();
        REQUIRE(waitUntil([&] { return !dialog->isBusy(); }));
        shoot(dialog, QStringLiteral("new-recovery-code-ask"));
        type(kPassphrase);
        pressEnter();
        REQUIRE(waitUntil([&] { return !dialog->isBusy(); }));
        REQUIRE(dialog->step() == NewRecoveryCodeDialog::Step::Code);
        shoot(dialog, QStringLiteral("new-recovery-code-shown"));
        pressEnter();
        shoot(dialog, QStringLiteral("new-recovery-code-confirm"));
        window->lockNow();
    });
}
