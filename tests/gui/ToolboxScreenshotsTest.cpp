#include "gui/common/Appearance.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/toolbox/PickOneCard.h"
#include "gui/toolbox/StrategyEditor.h"
#include "gui/toolbox/ToolboxActions.h"
#include "gui/toolbox/ToolboxScreen.h"
#include "storage/ProfileSettings.h"
#include "storage/StrategyStore.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "ScreenshotLooks.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

void shootAll(const test::Look& v) {
    test::TempProfile folder;
    auto session = test::openTestSession(folder);
    {
        StrategyStore store = session->strategies();
        const auto all = store.all();
        store.setFavourite(all.at(1).id, true);
        store.setFavourite(all.at(30).id, true);
        CopingStrategy box;
        box.category = CopingCategory::SafetyBox;
        box.title = u"My soft grey blanket"_s;
        box.details = u"Wrap up in it on the sofa with a warm drink."_s;
        box.location = u"Bedroom, the blue box under the bed"_s;
        store.setFavourite(store.add(box).id, true);
        store.setHidden(all.at(3).id, true);
    }
    ToolboxScreen screen(*session);
    screen.setRandomSeed(5);
    screen.resize(v.percent > 150 ? QSize(1280, 960) : QSize(1000, 760));
    screen.show();
    auto shot = [&](const QString& name) {
        QCoreApplication::processEvents();
        test::saveScreenshot(&screen, u"toolbox-"_s + name + v.suffix);
    };
    shot(u"favourites"_s);
    screen.showFamily(CopingCategory::Sensory);
    screen.findChild<ToolboxActions*>()->button(ToolboxActions::Action::Pick)->click();
    shot(u"sensory-picked"_s);
    screen.showFamily(CopingCategory::SafetyBox);
    shot(u"safety-box"_s);
    screen.findChild<QLineEdit*>(u"searchEdit"_s)->setText(u"music"_s);
    shot(u"search"_s);
    screen.findChild<QLineEdit*>(u"searchEdit"_s)->clear();
    screen.showFamily(CopingCategory::EmotionalRelease);
    screen.addIdea();
    screen.findChild<StrategyEditor*>()->save();  // an empty title: the message by the field
    shot(u"editor-problem"_s);
}

// The crisis screen's start page after unlocking, with the person's favourites.
void shootCrisis(const test::Look& v) {
    test::TempProfile folder;
    auto session = test::openTestSession(folder);
    StrategyStore store = session->strategies();
    const auto all = store.all();
    for (int i : {14, 1, 30, 44, 50}) store.setFavourite(all.at(i).id, true);
    ProfileSettings settings(folder.paths());
    CrisisScreen crisis(settings);
    crisis.setSession(session.get());
    crisis.resize(v.percent > 150 ? QSize(1280, 960) : QSize(960, 760));
    crisis.show();
    // Fonts, then wrapping, then the scroll area: let every layout pass settle first.
    QTest::qWait(50);
    test::saveScreenshot(&crisis, u"toolbox-crisis-favourites"_s + v.suffix);
    crisis.setSession(nullptr);
}

}  // namespace

TEST_CASE("Screenshots of the toolbox, 100 % and 200 % text, light and dark", "[toolbox][screenshots]") {
    test::forEachLook([](const test::Look& v) {
        shootAll(v);
        shootCrisis(v);
    });
    SUCCEED();
}
