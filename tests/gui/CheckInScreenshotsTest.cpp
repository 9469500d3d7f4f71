// Pictures of the check-in page (MOORING_SCREENSHOTS=DIR): 100 % and 200 % text, light and
// dark, once as it opens and once saved with a strong urge, so the offer is in view.
#include "JournalGuiSupport.h"
#include "ScreenshotLooks.h"

#include "gui/checkin/CheckInScreen.h"
#include "support/Screenshot.h"

#include <QScrollArea>
#include <QScrollBar>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("Screenshots of the check-in, 100 % and 200 % text, light and dark", "[checkin][screenshots]") {
    forEachLook([](const Look& v) {
        JournalProfile p;
        CheckIn earlier;
        earlier.day = p.clock.date();
        earlier.overall = 4;
        earlier.urge = 8;
        earlier.feelings = {u"tired"_s, u"anxious"_s};
        earlier.helped = {{{}, u"Called my sister"_s}};
        earlier.selfCare.sleepHours = 6.5;
        earlier.selfCare.ate = true;
        earlier.note = u"A long day at work."_s;

        CheckInScreen fresh(*p.session);
        fresh.resize(900, 1000);
        fresh.show();
        QCoreApplication::processEvents();
        saveScreenshot(&fresh, u"check-in-new"_s + v.suffix);

        p.session->checkIns().save(earlier);
        QCoreApplication::processEvents();
        REQUIRE(fresh.current().urge == 8);  // the page follows the saved one
        REQUIRE(fresh.save());
        QCoreApplication::processEvents();
        if (auto* scroll = fresh.findChild<QScrollArea*>())
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        saveScreenshot(&fresh, u"check-in-saved"_s + v.suffix);
    });
}
