#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/UrgeTimer.h"
#include "gui/crisis/UrgeTimerPanel.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include "CrisisTestHelpers.h"

#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

TEST_CASE("The urge timer keeps time by the clock it is given", "[crisis]") {
    FakeClock clock;
    UrgeTimer timer(clock.function());
    CHECK(timer.state() == UrgeTimer::State::Idle);
    CHECK(timer.tick() == UrgeTimer::Event::None);
    timer.start(10min);
    CHECK(timer.state() == UrgeTimer::State::Running);
    CHECK(timer.elapsed() == 0s);
    CHECK(timer.remaining() == 600s);

    clock.advance(90s);
    CHECK(timer.tick() == UrgeTimer::Event::None);
    CHECK(timer.elapsed() == 90s);
    clock.advance(30s);  // 2:00, a new kind line
    CHECK(timer.tick() == UrgeTimer::Event::KindMessage);
    CHECK(timer.messageIndex() == 1);
    CHECK(timer.tick() == UrgeTimer::Event::None);  // said once, not at every tick
    clock.advance(2min);                            // 4:00
    CHECK(timer.tick() == UrgeTimer::Event::KindMessage);
    CHECK(timer.messageIndex() == 2);
    clock.advance(1min);  // 5:00, the gentle question
    CHECK(timer.tick() == UrgeTimer::Event::CheckIn);
    CHECK(timer.checkInPending());

    timer.answerCheckIn(true);  // eased: carry on, same length
    CHECK_FALSE(timer.checkInPending());
    CHECK(timer.length() == 600s);
    clock.advance(5min);  // 10:00, the end
    CHECK(timer.tick() == UrgeTimer::Event::Finished);
    CHECK(timer.state() == UrgeTimer::State::Finished);
    CHECK(timer.elapsed() == 600s);
    clock.advance(1h);
    CHECK(timer.elapsed() == 600s);  // it stops counting at the end
    CHECK(timer.tick() == UrgeTimer::Event::None);

    timer.answer(UrgeTimer::Outcome::Passed);
    CHECK(timer.state() == UrgeTimer::State::Answered);
    CHECK(timer.outcome() == UrgeTimer::Outcome::Passed);
}

TEST_CASE("\"Not yet\" adds five minutes, and the end can be extended too", "[crisis]") {
    FakeClock clock;
    UrgeTimer timer(clock.function());
    timer.start(5min);
    clock.advance(4min + 59s);
    CHECK(timer.tick() == UrgeTimer::Event::KindMessage);  // 4:00 passed over, no check-in at the very end
    clock.advance(1s);
    CHECK(timer.tick() == UrgeTimer::Event::Finished);

    timer.extend();  // "give me 5 more minutes"
    CHECK(timer.state() == UrgeTimer::State::Running);
    CHECK(timer.length() == 10min);
    CHECK(timer.elapsed() == 5min);
    clock.advance(5min);
    CHECK(timer.tick() == UrgeTimer::Event::Finished);

    timer.start(15min);
    clock.advance(5min);
    CHECK(timer.tick() == UrgeTimer::Event::CheckIn);
    timer.answerCheckIn(false);
    CHECK(timer.length() == 20min);
    clock.advance(5min);
    CHECK(timer.tick() == UrgeTimer::Event::CheckIn);  // asked again at 10
    clock.advance(11min);                              // a long jump (the computer slept): one clear event
    CHECK(timer.tick() == UrgeTimer::Event::Finished);
}

TEST_CASE("The urge timer panel walks through check-in, extension and the end question", "[crisis]") {
    FakeClock clock;
    UrgeTimerPanel panel;
    panel.setClock(clock.function());
    REQUIRE(showActive(&panel));
    QSignalSpy answered(&panel, &UrgeTimerPanel::answered);
    QSignalSpy talk(&panel, &UrgeTimerPanel::talkRequested);

    CHECK(visibleText(&panel).contains(u"Urges often ease within minutes"_s));
    child<QPushButton>(&panel, u"urgeStart10"_s)->click();
    CHECK(child<QLabel>(&panel, u"urgePassed"_s)->text() == u"0:00"_s);
    CHECK(child<QLabel>(&panel, u"urgeLength"_s)->text().contains(u"10 minutes"_s));
    const QString first = child<QLabel>(&panel, u"urgeMessage"_s)->text();
    CHECK(first == u"This feeling is strong, and it is already changing."_s);

    // What a screen reader says of the time passed, in plain English for one minute too.
    clock.advance(1min + 5s);
    panel.tick();
    CHECK(child<QLabel>(&panel, u"urgePassed"_s)->accessibleName() == u"1 minute passed"_s);
    clock.advance(1min);
    panel.tick();
    CHECK(child<QLabel>(&panel, u"urgePassed"_s)->text() == u"2:05"_s);
    CHECK(child<QLabel>(&panel, u"urgePassed"_s)->accessibleName() == u"2 minutes passed"_s);
    CHECK(child<QLabel>(&panel, u"urgeMessage"_s)->text() != first);
    CHECK_FALSE(child<QWidget>(&panel, u"urgeCheckIn"_s)->isVisible());

    clock.advance(3min);
    panel.tick();
    REQUIRE(child<QWidget>(&panel, u"urgeCheckIn"_s)->isVisible());
    CHECK(visibleText(&panel).contains(u"Has the urge eased a little?"_s));
    CHECK(QApplication::focusWidget() == child<QPushButton>(&panel, u"urgeEasedYes"_s));
    child<QPushButton>(&panel, u"urgeEasedNotYet"_s)->click();
    CHECK_FALSE(child<QWidget>(&panel, u"urgeCheckIn"_s)->isVisible());
    CHECK(child<QLabel>(&panel, u"urgeLength"_s)->text().contains(u"15 minutes"_s));

    child<QPushButton>(&panel, u"urgeExtend"_s)->click();
    CHECK(child<QLabel>(&panel, u"urgeLength"_s)->text().contains(u"20 minutes"_s));

    clock.advance(15min);
    panel.tick();
    CHECK(child<QLabel>(&panel, u"urgeEndQuestion"_s)->isVisible());
    CHECK(visibleText(&panel).contains(u"How did it go?"_s));
    CHECK(answered.isEmpty());

    // "It's still hard" answers gently and points to a person to talk to.
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget()->accessibleName() == u"It's still hard"_s);
    pressKey(Qt::Key_Space);
    REQUIRE(answered.size() == 1);
    CHECK(answered.at(0).at(0).value<UrgeTimer::Outcome>() == UrgeTimer::Outcome::StillHard);
    CHECK(panel.timer().outcome() == UrgeTimer::Outcome::StillHard);
    CHECK(child<QPushButton>(&panel, u"urgeTalk"_s)->isVisible());
    CHECK(QApplication::focusWidget() == child<QPushButton>(&panel, u"urgeTalk"_s));
    pressKey(Qt::Key_Space);
    CHECK(talk.size() == 1);
    // No save button yet: the journal issue adds saving the answer.
    CHECK(visibleText(&panel).contains(u"Save"_s) == false);
}

TEST_CASE("The crisis screen keeps the urge answer for the journal and leads to helplines", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    CrisisScreen screen(settings);
    screen.show();
    FakeClock clock;
    QSignalSpy answered(&screen, &CrisisScreen::urgeTimerAnswered);
    screen.showPanel(CrisisScreen::Panel::RideOut);
    auto* panel = child<UrgeTimerPanel>(&screen, u"urgeTimerPanel"_s);
    panel->setClock(clock.function());
    child<QPushButton>(&screen, u"urgeStart5"_s)->click();
    clock.advance(5min);
    panel->tick();
    child<QPushButton>(&screen, u"urgeAnswer1"_s)->click();  // "I got through it"
    CHECK(screen.lastUrgeOutcome() == UrgeTimer::Outcome::Coped);
    CHECK(answered.size() == 1);
    CHECK_FALSE(child<QPushButton>(&screen, u"urgeTalk"_s)->isVisible());

    child<QPushButton>(&screen, u"urgeAgain"_s)->click();
    child<QPushButton>(&screen, u"urgeStart5"_s)->click();
    clock.advance(5min);
    panel->tick();
    child<QPushButton>(&screen, u"urgeAnswer2"_s)->click();  // "It's still hard"
    child<QPushButton>(&screen, u"urgeTalk"_s)->click();
    CHECK(screen.currentPanel() == CrisisScreen::Panel::Talk);
    screen.setSession(nullptr);  // locking forgets the answer
    CHECK_FALSE(screen.lastUrgeOutcome().has_value());
}
