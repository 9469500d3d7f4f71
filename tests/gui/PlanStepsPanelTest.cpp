#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/PlanStepsPanel.h"
#include "storage/ProfileSettings.h"
#include "storage/ContactStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SecureBuffer.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("Crisis 'my plan, step by step': the latest version, one section at a time, cleared on lock", "[plan]") {
    TempProfile folder;
    auto profile = UnlockedProfile::create(folder.paths(), SecureBuffer::fromUtf8(u"a calm test passphrase"_s),
                                           Argon2Params::forTests())
                       .profile;
    SafetyPlanStore store(profile->database());
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"old sign"_s};
    store.save(plan, u"first"_s);
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    plan.items(PlanSection::InternalCoping) = {u"Loud music"_s};
    store.save(plan, u"second"_s);

    Contact gp;
    gp.name = u"GP surgery"_s;
    gp.phone = u"ask at reception"_s;
    gp.role = ContactRole::Professional;
    ContactStore(profile->database()).add(gp);

    PlanStepsPanel panel;
    CHECK_FALSE(panel.hasPlan());
    panel.setDatabase(&profile->database());
    REQUIRE(panel.hasPlan());
    CHECK(panel.shownTitle() == planSections::title(PlanSection::WarningSigns));
    CHECK(panel.shownText().contains(u"I stop answering messages"_s));
    CHECK_FALSE(panel.shownText().contains(u"old sign"_s));
    panel.next();
    CHECK(panel.shownText().contains(u"Loud music"_s));
    panel.next();
    panel.next();
    panel.next();
    CHECK(panel.shownTitle() == planSections::title(PlanSection::Professionals));
    CHECK(panel.shownText().contains(u"GP surgery, ask at reception"_s));
    panel.setDatabase(nullptr);  // lock
    CHECK_FALSE(panel.hasPlan());
    CHECK_FALSE(panel.shownText().contains(u"Loud music"_s));
}

TEST_CASE("The crisis screen offers the plan step by step only once unlocked with a saved plan", "[plan][crisis]") {
    TempProfile folder;
    auto profile = UnlockedProfile::create(folder.paths(), SecureBuffer::fromUtf8(u"a calm test passphrase"_s),
                                           Argon2Params::forTests())
                       .profile;
    ProfileSettings settings(folder.paths());
    CrisisScreen screen(settings);
    screen.resize(960, 760);
    screen.show();
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));
    auto* choice = screen.findChild<QPushButton*>(u"crisisChoicePlan"_s);
    REQUIRE(choice);
    CHECK_FALSE(choice->isVisible());  // locked: nothing personal, no empty panel

    screen.setUnlockedProfile(profile.get());
    CHECK_FALSE(choice->isVisible());  // unlocked, but no plan saved yet

    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    SafetyPlanStore(profile->database()).save(plan, QString());
    screen.hide();
    screen.show();  // opening the screen again reads the newest plan
    QApplication::setActiveWindow(&screen);
    REQUIRE(QTest::qWaitForWindowActive(&screen));
    REQUIRE(choice->isVisible());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    // A mnemonic presses the button visibly before it clicks.
    REQUIRE(QTest::qWaitFor([&] { return screen.currentPanel() == CrisisScreen::Panel::Plan; }, 5000));
    auto* panel = screen.findChild<PlanStepsPanel*>();
    REQUIRE(panel);
    CHECK(panel->shownText().contains(u"I stop answering messages"_s));

    screen.setUnlockedProfile(nullptr);  // lock
    CHECK_FALSE(choice->isVisible());
    CHECK(screen.currentPanel() == CrisisScreen::Panel::Start);
    CHECK_FALSE(panel->shownText().contains(u"I stop answering messages"_s));
}
