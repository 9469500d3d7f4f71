#include "gui/common/DialogHooks.h"
#include "gui/main/IdleLock.h"
#include "gui/main/MainWindow.h"
#include "gui/plan/PlanEditor.h"
#include "gui/plan/SectionEditor.h"
#include "storage/SafetyPlanStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include "FoundationDriver.h"

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("Home leads to the safety plan; Back returns; locking closes it", "[plan]") {
    TempProfile folder;
    const QString passphrase = u"harbour lights at dusk"_s;
    foundation::makeProfile(folder.paths(), passphrase);
    auto window = foundation::openWindow(folder.paths());
    foundation::typePassphraseAndUnlock(*window, passphrase);
    REQUIRE(window->currentScreen()->objectName() == u"homeScreen"_s);

    auto* tile = foundation::child<QPushButton>(window.get(), "planTile");
    REQUIRE(tile);
    tile->click();
    REQUIRE(window->currentScreen()->objectName() == u"planEditor"_s);
    auto* editor = qobject_cast<PlanEditor*>(window->currentScreen());
    REQUIRE(editor);
    CHECK_FALSE(editor->isDirty());

    QPointer<PlanEditor> kept(editor);
    window->lockNow();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(kept.isNull());
}

namespace {

void typePlanItem(PlanEditor& editor, const QString& text) {
    QLineEdit* field = editor.sectionEditor()->newItemField();
    field->setFocus();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

PlanEditor* openPlan(MainWindow& window) {
    foundation::child<QPushButton>(&window, "planTile")->click();
    return qobject_cast<PlanEditor*>(window.currentScreen());
}

}  // namespace

TEST_CASE("Locking with unsaved plan changes: Ctrl+L asks, locking by itself keeps them", "[plan]") {
    TempProfile folder;
    const QString passphrase = u"harbour lights at dusk"_s;
    foundation::makeProfile(folder.paths(), passphrase);
    // The idle time itself is FoundationWindowTest's; here it is "nobody touched anything"
    // said at the moment the test chooses, so a slow machine cannot lock before the typing.
    auto window = foundation::openWindow(folder.paths());
    foundation::typePassphraseAndUnlock(*window, passphrase);
    PlanEditor* editor = openPlan(*window);
    REQUIRE(editor);
    typePlanItem(*editor, u"I stop answering messages"_s);
    REQUIRE(editor->isDirty());

    // "Go back": nothing is locked and nothing is lost.
    DialogHooks::queueAnswer(QMessageBox::Cancel);
    window->lockNow();
    CHECK(window->profile() != nullptr);
    CHECK(editor->isDirty());

    // Nobody answers when Mooring locks by itself: the changes become a version of their own.
    auto* idle = window->findChild<IdleLock*>();
    REQUIRE(idle != nullptr);
    CHECK(idle->isActive());  // still watching after "go back"
    Q_EMIT idle->idle();
    REQUIRE(window->profile() == nullptr);
    foundation::typePassphraseAndUnlock(*window, passphrase);
    REQUIRE(window->profile() != nullptr);
    const auto latest = SafetyPlanStore(window->profile()->database()).latest();
    REQUIRE(latest.has_value());
    CHECK(latest->plan.items(PlanSection::WarningSigns) == QStringList{u"I stop answering messages"_s});
    CHECK(latest->note == u"Kept when Mooring locked by itself"_s);
    DialogHooks::reset();
}
