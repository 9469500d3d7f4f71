#include "gui/main/MainWindow.h"
#include "gui/plan/PlanEditor.h"
#include "gui/plan/SectionEditor.h"
#include "support/TempProfile.h"

#include "FoundationDriver.h"

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
