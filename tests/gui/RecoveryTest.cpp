// "Where I am in recovery": optional, in the person's own words, kept in the
// encrypted database (never settings.ini); next steps lead into the program.
#include "FoundationDriver.h"

#include "gui/crisis/CrisisScreen.h"
#include "gui/library/LibraryScreen.h"
#include "gui/recovery/RecoveryScreen.h"
#include "storage/Database.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QRadioButton>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {
const QString kPassphrase = u"a calm harbour at dusk"_s;
}

TEST_CASE("Recovery: nothing chosen at first; a choice and words are kept after locking", "[recovery][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    child<QPushButton>(window.get(), "recoveryTile")->click();
    auto* screen = child<RecoveryScreen>(window.get(), "recoveryScreen");
    REQUIRE(window->currentScreen() == screen);
    CHECK_FALSE(screen->chosenPlace());
    CHECK(child<QRadioButton>(screen, "recoveryPlaceNone")->isChecked());

    child<QRadioButton>(screen, "recoveryChoice-learning")->click();
    screen->wordsField()->setFocus();
    QTest::keyClicks(screen->wordsField(), u"Practising the timer most evenings"_s);
    child<QPushButton>(screen, "recoverySave")->click();
    const RecoveryPlaceNote kept = RecoveryPlaceStore(window->profile()->database()).load();
    CHECK(kept.place == RecoveryPlace::Learning);
    CHECK(kept.words == u"Practising the timer most evenings"_s);
    QFile ini(folder.paths().settings());
    if (ini.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = ini.readAll();
        CHECK_FALSE(bytes.contains("Practising"));
        CHECK_FALSE(bytes.contains("learning"));
    }

    // Moving freely: any place, any time; then back after locking.
    child<QRadioButton>(screen, "recoveryChoice-noticing")->click();
    window->lockNow();
    typePassphraseAndUnlock(*window, kPassphrase);
    window->showRecovery();
    screen = child<RecoveryScreen>(window.get(), "recoveryScreen");
    CHECK(screen->chosenPlace() == RecoveryPlace::Noticing);  // kept on leaving, without Save
    CHECK(screen->wordsField()->toPlainText() == u"Practising the timer most evenings"_s);

    // "Not sure" with no words keeps nothing at all.
    child<QRadioButton>(screen, "recoveryPlaceNone")->click();
    screen->wordsField()->clear();
    REQUIRE(screen->save());
    Statement rows(window->profile()->database(), "SELECT count(*) FROM recovery_place");
    REQUIRE(rows.step());
    CHECK(rows.integer(0) == 0);
}

TEST_CASE("Recovery: next steps open the weekly review, the urge timer, the journal and a library page",
          "[recovery][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    window->showRecovery();
    auto* screen = child<RecoveryScreen>(window.get(), "recoveryScreen");
    child<QPushButton>(screen, "stepReview")->click();  // the weekly review, now in the window
    CHECK(window->currentScreen()->objectName() == u"reviewScreen"_s);
    window->showRecovery();

    child<QPushButton>(screen, "stepUrgeTimer")->click();
    auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
    CHECK(window->currentScreen() == crisis);
    CHECK(crisis->currentPanel() == CrisisScreen::Panel::RideOut);
    child<QPushButton>(crisis, "crisisBack")->click();
    CHECK(window->currentScreen() == screen);

    child<QPushButton>(screen, "stepJournal")->click();
    CHECK(window->currentScreen()->objectName() == u"journalScreen"_s);
    window->showRecovery();
    child<QPushButton>(screen, "stepReadUrges")->click();
    auto* library = child<LibraryScreen>(window.get(), "libraryScreen");
    CHECK(window->currentScreen() == library);
    CHECK(library->isReading());
    CHECK(library->currentPageId() == u"urges"_s);
}
