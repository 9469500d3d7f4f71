#include "gui/common/Appearance.h"
#include "gui/common/HelpNowButton.h"
#include "gui/crisis/BreathingPacer.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/HelplineCard.h"
#include "gui/crisis/HelplinesPanel.h"
#include "gui/crisis/UrgeTimerPanel.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

#include "CrisisTestHelpers.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

#include "ScreenshotLooks.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Each panel of the crisis screen in the state a person would see it, as a PNG when
// MOORING_SCREENSHOTS is set (looked at by a person, docs/design.md).
void shootAll(const Look& v) {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    CrisisScreen screen(settings);
    const QSize size = v.percent > 150 ? QSize(1280, 960) : QSize(960, 760);
    screen.resize(size);
    screen.show();
    QCoreApplication::processEvents();
    auto shot = [&](const QString& name) {
        QCoreApplication::processEvents();
        saveScreenshot(&screen, u"crisis-"_s + name + v.suffix);
    };
    shot(u"start"_s);

    screen.showPanel(CrisisScreen::Panel::Breathe);
    QCoreApplication::processEvents();
    child<BreathingPacer>(&screen, u"breathingPacer"_s)->showMoment(2600);
    saveScreenshot(&screen, u"crisis-breathe"_s + v.suffix);  // no event loop: the frame stays still

    screen.showPanel(CrisisScreen::Panel::Ground);
    child<QLineEdit>(&screen, u"groundNotes"_s)->setFocus();
    shot(u"ground"_s);

    FakeClock clock;
    screen.showPanel(CrisisScreen::Panel::RideOut);
    auto* urge = child<UrgeTimerPanel>(&screen, u"urgeTimerPanel"_s);
    urge->setClock(clock.function());
    shot(u"urge-choose"_s);
    urge->start(10);
    clock.advance(5min + 12s);
    urge->tick();
    shot(u"urge-checkin"_s);
    clock.advance(10min);
    urge->tick();
    shot(u"urge-end"_s);
    child<QPushButton>(&screen, u"urgeAnswer2"_s)->click();
    shot(u"urge-still-hard"_s);

    screen.showPanel(CrisisScreen::Panel::Talk);
    shot(u"talk-picker"_s);
    HelplineSettings(settings).setLockScreenContacts({{u"Sam"_s, u"07700 900123"_s}});
    {
        auto* box = child<QComboBox>(&screen, u"regionPickBox"_s);
        const int index = box->findData(u"UK"_s);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }
    child<HelplinesPanel>(&screen, u"helplinesPanel"_s)->cards().at(0)->setCodesVisible(true);
    shot(u"talk-uk"_s);

    screen.showPanel(CrisisScreen::Panel::TryIdea);
    shot(u"idea"_s);

    // Reduced motion: the counted version, nothing moves.
    settings.setReduceMotion(true);
    screen.reloadSettings();
    screen.showPanel(CrisisScreen::Panel::Breathe);
    QCoreApplication::processEvents();
    child<BreathingPacer>(&screen, u"breathingPacer"_s)->showMoment(7300);
    saveScreenshot(&screen, u"crisis-breathe-counted"_s + v.suffix);

    // The window's default size, at 200 % too: nothing may be cut off.
    screen.resize(960, 760);
    screen.showPanel(CrisisScreen::Panel::Ground);
    shot(u"ground-small-window"_s);
    screen.showPanel(CrisisScreen::Panel::RideOut);
    shot(u"urge-small-window"_s);

    HelpNowButton button;
    button.resize(button.sizeHint());
    button.show();
    QCoreApplication::processEvents();
    saveScreenshot(&button, u"help-now-button"_s + v.suffix);
}

}  // namespace

TEST_CASE("Screenshots of every crisis panel, 100 % and 200 % text, light and dark", "[crisis][screenshots]") {
    forEachLook([](const Look& v) { shootAll(v); });
    SUCCEED();
}
