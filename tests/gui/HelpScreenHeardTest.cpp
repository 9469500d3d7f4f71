// What a screen reader is told on the help screen when the words change but the focus
// stays: the next grounding prompt or plan step, another idea, the urge timer's kind words
// and replies; the questions carried by the answers that take the focus; the choices heard
// as tabs. tests/atspi/help_screen_changes.py listens to the same on the real bus.
#include "gui/common/LiveNotice.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/GroundingPanel.h"
#include "gui/crisis/PlanStepsPanel.h"
#include "gui/crisis/TryIdeaPanel.h"
#include "gui/crisis/UrgeTimerPanel.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include "CrisisTestHelpers.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QLineEdit>
#include <QPushButton>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString lastSaid(QWidget* panel) {
    auto* announcer = panel->findChild<LiveNotice*>();
    REQUIRE(announcer);
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(announcer);
    REQUIRE(face);
    CHECK(face->role() == QAccessible::Notification);
    CHECK(announcer->focusPolicy() == Qt::NoFocus);
    return face->text(QAccessible::Name);
}

}  // namespace

TEST_CASE("Heard: the next grounding prompt, the focus staying in the line", "[crisis][screenreader]") {
    GroundingPanel panel;
    REQUIRE(showActive(&panel));
    auto* notes = panel.findChild<QLineEdit*>(u"groundNotes"_s);
    notes->setFocus();
    CHECK(notes->accessibleDescription().contains(u"Name five things you can see."_s));
    pressKey(Qt::Key_Return);
    CHECK(QApplication::focusWidget() == notes);
    CHECK(lastSaid(&panel).contains(u"Step 2 of 5"_s));
    CHECK(lastSaid(&panel).contains(u"Name four things you can touch."_s));
    CHECK(notes->accessibleDescription().contains(u"Name four things you can touch."_s));
    for (int i = 0; i < 4; ++i) pressKey(Qt::Key_Return);
    // The last page: the focus moves to "Go through it again", which carries its words.
    auto* again = panel.findChild<QPushButton*>(u"groundAgain"_s);
    CHECK(QApplication::focusWidget() == again);
    CHECK(again->accessibleDescription().startsWith(u"Well done."_s));
}

TEST_CASE("Heard: the next step of the plan and another idea", "[crisis][screenreader]") {
    TempProfile folder;
    auto session = openTestSession(folder);
    SafetyPlan plan;
    plan.items(PlanSection::InternalCoping) = {u"Loud music"_s};
    session->plan().save(plan, u"mine"_s);
    PlanStepsPanel panel;
    panel.setSession(session.get());
    REQUIRE(showActive(&panel));
    auto* next = panel.findChild<QPushButton*>(u"planNext"_s);
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Space);
    CHECK(QApplication::focusWidget() == next);
    const QString said = lastSaid(&panel);
    CHECK(said.contains(u"Step 2 of"_s));
    CHECK(said.contains(planSections::title(PlanSection::InternalCoping)));
    CHECK(said.contains(u"Loud music"_s));

    TryIdeaPanel ideas;
    REQUIRE(showActive(&ideas));
    ideas.showAnother();
    REQUIRE(ideas.currentIdea());
    CHECK(lastSaid(&ideas).contains(ideas.findChild<QLabel*>(u"ideaTitle"_s)->text()));
    CHECK(lastSaid(&ideas).contains(ideas.findChild<QLabel*>(u"ideaDetails"_s)->text()));
}

TEST_CASE("Heard: the urge timer's kind words, check-in and end question", "[crisis][screenreader]") {
    FakeClock clock;
    UrgeTimerPanel panel;
    panel.setClock(clock.function());
    REQUIRE(showActive(&panel));
    panel.start(10);
    clock.advance(2min);
    panel.tick();
    CHECK(lastSaid(&panel) == u"You are doing something hard right now, and you are doing it."_s);

    clock.advance(3min);
    panel.tick();  // five minutes: the check-in
    auto* yes = panel.findChild<QPushButton*>(u"urgeEasedYes"_s);
    auto* notYet = panel.findChild<QPushButton*>(u"urgeEasedNotYet"_s);
    CHECK(QApplication::focusWidget() == yes);
    CHECK(yes->accessibleDescription() == u"Has the urge eased a little?"_s);
    CHECK(notYet->accessibleDescription() == u"Has the urge eased a little?"_s);
    pressKey(Qt::Key_Space);
    // The answer is gone; one more Space must not stop the timer.
    CHECK(QApplication::focusWidget() != panel.findChild<QPushButton*>(u"urgeStop"_s));
    CHECK(QApplication::focusWidget() == panel.findChild<QPushButton*>(u"urgeExtend"_s));
    CHECK(lastSaid(&panel) == u"Good. Keep going, you're doing it."_s);

    clock.advance(5min);
    panel.tick();  // the end
    QWidget* answer = QApplication::focusWidget();
    REQUIRE(answer);
    CHECK(answer->accessibleDescription() == u"The time is up. You stayed with it. How did it go?"_s);
    pressKey(Qt::Key_Space);
    CHECK(lastSaid(&panel).startsWith(u"It passed."_s));
}

TEST_CASE("Heard: the help screen's choices are tabs, the open one selected", "[crisis][screenreader]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    CrisisScreen screen(settings);
    REQUIRE(showActive(&screen));
    screen.showPanel(CrisisScreen::Panel::Ground);
    int tabs = 0;
    for (QPushButton* choice : screen.findChildren<QPushButton*>(u"crisisChoice"_s)) {
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(choice);
        REQUIRE(face);
        CHECK(face->role() == QAccessible::PageTab);
        CHECK_FALSE(face->state().checkable);
        CHECK(face->state().selected == choice->isChecked());
        CHECK_FALSE(face->text(QAccessible::Name).isEmpty());
        CHECK(face->actionInterface());
        ++tabs;
    }
    CHECK(tabs >= 5);
    auto* breathe = screen.findChildren<QPushButton*>(u"crisisChoice"_s).constFirst();
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(breathe);
    face->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    CHECK(screen.currentPanel() == CrisisScreen::Panel::Breathe);
    CHECK(face->state().selected);
}
