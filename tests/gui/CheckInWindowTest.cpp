// The check-in inside the real window: Ctrl+K only after unlocking, the home tile, focus on
// the first question, and answers that can be kept are kept when Mooring locks.
#include "FoundationDriver.h"

#include "gui/checkin/CheckInScreen.h"
#include "gui/common/DialogHooks.h"
#include "storage/CheckInStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QPlainTextEdit>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a calm harbour at dusk"_s;

CheckInScreen* checkInOf(MainWindow& window) { return qobject_cast<CheckInScreen*>(window.currentScreen()); }

void pressCtrl(Qt::Key key) { QTest::keyClick(focused(), key, Qt::ControlModifier); }

}  // namespace

TEST_CASE("Check-in in the window: Ctrl+K only after unlocking, home tile, kept on lock", "[checkin][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());

    pressCtrl(Qt::Key_K);  // locked: nothing private opens
    CHECK(checkInOf(*window) == nullptr);

    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    child<QPushButton>(window.get(), "checkInTile")->click();
    REQUIRE(checkInOf(*window) != nullptr);
    CHECK(focusName() == "overallSlider");
    window->showHome();
    CHECK(checkInOf(*window) == nullptr);

    pressCtrl(Qt::Key_K);
    REQUIRE(checkInOf(*window) != nullptr);
    CHECK(focusName() == "overallSlider");
    QTest::keyClick(focused(), Qt::Key_Right);  // how today is: 1, not saved yet
    CHECK(checkInOf(*window)->isDirty());

    // From inside a journal entry being written: the page opens, and the words there stay
    // (neither the field nor the journal takes the key for itself).
    pressCtrl(Qt::Key_J);
    QPlainTextEdit* words = nullptr;
    for (QPlainTextEdit* field : window->currentScreen()->findChildren<QPlainTextEdit*>()) {
        if (field->isVisible()) {
            words = field;
            break;
        }
    }
    REQUIRE(words != nullptr);
    words->setFocus();
    type(u"Words to keep"_s);
    QTest::keyClick(focused(), Qt::Key_Home);
    pressCtrl(Qt::Key_K);
    REQUIRE(checkInOf(*window) != nullptr);
    CHECK(words->toPlainText() == u"Words to keep"_s);
    CHECK(focusName() == "overallSlider");
    CHECK(checkInOf(*window)->isDirty());  // its answer from before is still there

    DialogHooks::queueAnswer(QMessageBox::Discard);  // the journal asks about its entry
    pressCtrl(Qt::Key_L);
    CHECK(window->profile() == nullptr);
    CHECK(checkInOf(*window) == nullptr);
    pressCtrl(Qt::Key_K);
    CHECK(checkInOf(*window) == nullptr);
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    const QList<CheckIn> kept = CheckInStore(window->profile()->database()).all();
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().overall == 1);
}
