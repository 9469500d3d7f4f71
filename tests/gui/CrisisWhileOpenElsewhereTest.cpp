// `mooring --help-now` while the profile is open in another Mooring: help does not wait.
#include "FoundationDriver.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/HelplinesPanel.h"
#include "gui/main/StandaloneCrisisWindow.h"
#include "storage/ProfileLock.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

TEST_CASE("The stand-alone crisis window shows the region's helplines and closes on Back", "[crisis][lock]") {
    test::TempProfile tmp;
    makeProfile(tmp.paths(), u"a calm harbour at dusk"_s);
    {
        ProfileSettings settings(tmp.paths());
        settings.setRegion(u"UK"_s);
        settings.save();
    }
    ProfileLock held(tmp.paths());
    const auto before = snapshot(tmp.dir());

    StandaloneCrisisWindow window(tmp.paths());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CrisisScreen* crisis = window.crisisScreen();
    CHECK(crisis->session() == nullptr);
    crisis->showPanel(CrisisScreen::Panel::Talk);
    CHECK(child<HelplinesPanel>(crisis, "helplinesPanel")->emergencyNumber() == u"999"_s);

    crisis->showPanel(CrisisScreen::Panel::Start);
    QTest::keyClick(crisis, Qt::Key_Escape);
    CHECK_FALSE(window.isVisible());
    CHECK(snapshot(tmp.dir()) == before);  // it wrote nothing into the busy profile
}
