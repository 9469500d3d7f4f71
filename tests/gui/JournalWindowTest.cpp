// The journal inside the real window: the home tile, quick capture (Ctrl+J) only after
// unlocking, and what happens to an entry being written when the window locks.
#include "FoundationDriver.h"

#include "gui/common/DialogHooks.h"
#include "gui/journal/JournalScreen.h"
#include "gui/main/IdleLock.h"
#include "storage/JournalStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QPlainTextEdit>
#include <QSpinBox>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a calm harbour at dusk"_s;

JournalScreen* journalOf(MainWindow& window) { return qobject_cast<JournalScreen*>(window.currentScreen()); }

int entriesIn(MainWindow& window) {
    REQUIRE(window.profile() != nullptr);
    return JournalStore(window.profile()->database()).count();
}

void pressCtrl(Qt::Key key) { QTest::keyClick(focused(), key, Qt::ControlModifier); }

}  // namespace

TEST_CASE("Journal in the window: Ctrl+J only after unlocking, home tile, Ctrl+L asks about the entry",
          "[journal][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());

    pressCtrl(Qt::Key_J);  // locked: quick capture does nothing, nothing private opens
    CHECK(journalOf(*window) == nullptr);

    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    child<QPushButton>(window.get(), "journalTile")->click();
    REQUIRE(journalOf(*window) != nullptr);
    CHECK_FALSE(journalOf(*window)->isEditing());
    window->showHome();

    pressCtrl(Qt::Key_J);
    JournalScreen* journal = journalOf(*window);
    REQUIRE(journal != nullptr);
    REQUIRE(journal->isEditing());
    pressTab();  // from the urge slider to its number
    type(u"5"_s);

    DialogHooks::queueAnswer(QMessageBox::Cancel);  // "keep writing"
    pressCtrl(Qt::Key_L);
    CHECK(window->profile() != nullptr);
    CHECK(journalOf(*window) == journal);
    CHECK(journal->isEditing());
    CHECK(DialogHooks::shownMessages().size() == 1);

    DialogHooks::queueAnswer(QMessageBox::Save);
    pressCtrl(Qt::Key_L);
    CHECK(window->profile() == nullptr);  // locked, after saving into the encrypted journal
    typePassphraseAndUnlock(*window, kPassphrase);
    CHECK(entriesIn(*window) == 1);
    CHECK(window->currentScreen() == window->findChild<QWidget*>(u"homeScreen"_s));

    pressCtrl(Qt::Key_J);
    REQUIRE(journalOf(*window) != nullptr);
    pressTab();
    type(u"2"_s);
    DialogHooks::queueAnswer(QMessageBox::Discard);
    pressCtrl(Qt::Key_L);
    CHECK(window->profile() == nullptr);
    typePassphraseAndUnlock(*window, kPassphrase);
    CHECK(entriesIn(*window) == 1);  // discarded: not kept anywhere
}

TEST_CASE("Journal in the window: an idle lock keeps the draft encrypted and offers it after unlocking",
          "[journal][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    pressCtrl(Qt::Key_J);
    JournalScreen* journal = journalOf(*window);
    REQUIRE(journal != nullptr);
    journal->findChild<QPlainTextEdit*>(u"entrySituation"_s)->setPlainText(u"waiting for the results"_s);

    auto* idle = window->findChild<IdleLock*>();
    REQUIRE(idle != nullptr);
    Q_EMIT idle->idle();  // as if nobody touched anything for the idle time
    REQUIRE(window->profile() == nullptr);
    CHECK(DialogHooks::shownMessages().isEmpty());  // nobody was asked: nobody may be there
    for (const QByteArray& bytes : snapshot(folder.dir())) CHECK_FALSE(bytes.contains("waiting for the results"));

    typePassphraseAndUnlock(*window, kPassphrase);  // test mode answers "go on with it"
    journal = journalOf(*window);
    REQUIRE(journal != nullptr);
    REQUIRE(journal->isEditing());
    CHECK(journal->findChild<QPlainTextEdit*>(u"entrySituation"_s)->toPlainText() == u"waiting for the results"_s);
    CHECK(DialogHooks::shownMessages().size() == 1);
    CHECK(entriesIn(*window) == 0);
    CHECK_FALSE(JournalScreen::hasHeldDraft(*window->session()));
}
