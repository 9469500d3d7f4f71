// The crisis screen as a person reaches it: from the lock screen, by its one key.
#include "FoundationDriver.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/HelplinesPanel.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

TEST_CASE("From the lock screen, F1 opens the crisis screen without unlocking anything", "[crisis]") {
    test::TempProfile tmp;
    makeProfile(tmp.paths(), u"a calm harbour at dusk"_s);
    {
        ProfileSettings settings(tmp.paths());
        settings.setRegion(u"AU"_s);
        settings.save();
    }
    const auto before = snapshot(tmp.dir());
    auto window = openWindow(tmp.paths());
    QWidget* lockScreen = window->currentScreen();
    REQUIRE(lockScreen->objectName() == u"unlockScreen"_s);

    QTest::keyClick(focused(), Qt::Key_F1);
    auto* crisis = qobject_cast<CrisisScreen*>(window->currentScreen());
    REQUIRE(crisis);
    CHECK(window->profile() == nullptr);  // no key derived, no database opened
    CHECK(crisis->session() == nullptr);
    // The keyboard is ready on the first choice; Talk to someone is three Tabs away.
    CHECK(focusName() == "crisisChoice");
    CHECK(focused()->accessibleName() == u"Breathe"_s);
    for (int i = 0; i < 3; ++i) pressTab();
    QTest::keyClick(focused(), Qt::Key_Space);
    CHECK(crisis->currentPanel() == CrisisScreen::Panel::Talk);
    CHECK(child<HelplinesPanel>(crisis, "helplinesPanel")->emergencyNumber() == u"000"_s);

    QTest::keyClick(focused(), Qt::Key_Escape);
    CHECK(window->currentScreen() == lockScreen);
    CHECK(snapshot(tmp.dir()) == before);  // nothing on disk was touched
}
