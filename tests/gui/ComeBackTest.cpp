// Mooring started again while its window is open but off the screen (F12): the window comes
// back to the front, locked, or on "I need help now" when that was asked for.
#include "FoundationDriver.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/main/QuickHide.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/ComeBackPipe.h"
#include "support/TempProfile.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a kettle on the stove"_s;

void pressQuickHide() { QTest::keyClick(focused(), quickHideKey()[0].key(), quickHideKey()[0].keyboardModifiers()); }

}  // namespace

TEST_CASE("After F12 the window comes back locked, in front, when Mooring is started again", "[come-back][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);

    pressQuickHide();
    REQUIRE(waitUntil([&] { return window->isMinimized() && window->profile() == nullptr; }, 5000));

    QSignalSpy cameBack(window.get(), &MainWindow::cameBack);
    window->comeBack(false);
    CHECK(cameBack.count() == 1);
    CHECK(window->isVisible());
    CHECK_FALSE(window->isMinimized());
    CHECK(qobject_cast<UnlockScreen*>(window->currentScreen()) != nullptr);
    CHECK(window->profile() == nullptr);  // coming back never unlocks
    CHECK(QTest::qWaitForWindowActive(window.get(), 3000));
}

TEST_CASE("Started again with --help-now, the window comes back on the help screen", "[come-back][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    pressQuickHide();
    REQUIRE(waitUntil([&] { return window->isMinimized(); }, 5000));

    window->comeBack(true);
    CHECK(window->isVisible());
    CHECK_FALSE(window->isMinimized());
    CHECK(qobject_cast<CrisisScreen*>(window->currentScreen()) != nullptr);
}

TEST_CASE("A window that was hidden, or maximised before F12, comes back as it was", "[come-back][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    window->hide();
    REQUIRE_FALSE(window->isVisible());
    window->comeBack(false);
    CHECK(window->isVisible());
    REQUIRE(QTest::qWaitForWindowActive(window.get(), 3000));

    window->showMaximized();
    REQUIRE(waitUntil([&] { return window->isMaximized(); }, 3000));
    window->quickHide();  // what F12 does (the key itself is pressed in the tests above)
    REQUIRE(waitUntil([&] { return window->isMinimized(); }, 5000));
    window->comeBack(false);
    CHECK_FALSE(window->isMinimized());
    CHECK(window->isMaximized());
}

TEST_CASE("A request through the pipe reaches the window", "[come-back][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    ComeBackPipe pipe(folder.paths(),
                      [&](ComeBackPipe::Request r) { window->comeBack(r == ComeBackPipe::Request::HelpNow); });
    REQUIRE(pipe.listening());
    pressQuickHide();
    REQUIRE(waitUntil([&] { return window->isMinimized(); }, 5000));
    REQUIRE(ComeBackPipe::ask(folder.paths(), ComeBackPipe::Request::HelpNow));
    CHECK(waitUntil([&] { return !window->isMinimized(); }, 5000));
    CHECK(qobject_cast<CrisisScreen*>(window->currentScreen()) != nullptr);
}

TEST_CASE("F12 while unlocking: the window comes back locked, not open", "[come-back][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
    REQUIRE(focusName() == "passphraseEdit");
    type(kPassphrase);
    pressEnter();
    // The key is still being worked out in the background when someone comes into the room.
    REQUIRE(unlock->isBusy());
    pressQuickHide();
    REQUIRE(waitUntil([&] { return !unlock->isBusy(); }, 10000));
    QCoreApplication::processEvents();
    CHECK(window->profile() == nullptr);
    CHECK(window->isMinimized());

    window->comeBack(false);
    CHECK(window->currentScreen() == unlock);
    CHECK(window->profile() == nullptr);
    CHECK(unlock->problem().contains(u"stayed locked"_s));
    // Unlocking again works as always.
    REQUIRE(QTest::qWaitForWindowActive(window.get(), 3000));
    unlock->setFocus();
    typePassphraseAndUnlock(*window, kPassphrase);
    CHECK(window->profile() != nullptr);
}

TEST_CASE("Started again with --help-now while a dialog is open, help comes in front of it", "[come-back][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    QMessageBox box(QMessageBox::Question, u"Mooring"_s, u"A question that waits for an answer"_s,
                    QMessageBox::Ok | QMessageBox::Cancel, window.get());
    bool stillOpenAfterFiveSeconds = false;
    QTimer::singleShot(0, window.get(), [&] { window->comeBack(true); });
    QTimer::singleShot(5000, &box, [&] {
        stillOpenAfterFiveSeconds = true;
        box.done(QMessageBox::Cancel);
    });
    box.exec();  // a real modal loop: the request arrives while it runs
    CHECK_FALSE(stillOpenAfterFiveSeconds);
    REQUIRE(waitUntil([&] { return qobject_cast<CrisisScreen*>(window->currentScreen()) != nullptr; }, 5000));
    CHECK(QApplication::activeModalWidget() == nullptr);
}
