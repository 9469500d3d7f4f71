#include "gui/common/HelpNowButton.h"
#include "gui/crisis/BreathingPacer.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/GroundingPanel.h"
#include "gui/crisis/PageStack.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include "CrisisTestHelpers.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("The help-now button shows its key, the same F1 everywhere", "[crisis]") {
    HelpNowButton button;
    CHECK(HelpNowButton::shortcut() == QKeySequence(Qt::Key_F1));
    CHECK(button.text().contains(u"I need help now"_s));
    CHECK(button.text().contains(u"F1"_s));
    CHECK(button.accessibleName() == u"I need help now"_s);
    CHECK(button.minimumHeight() >= 44);
    // It shows the key; the window binds it once, so it cannot be ambiguous.
    CHECK(button.QAbstractButton::shortcut().isEmpty());
}

TEST_CASE("The help-now button's text follows the application's text size", "[crisis]") {
    const QFont original = QApplication::font();
    HelpNowButton button;
    const double before = button.font().pointSizeF();
    QFont bigger = original;
    bigger.setPointSizeF(original.pointSizeF() * 2);
    QApplication::setFont(bigger);
    QCoreApplication::processEvents();
    const double after = button.font().pointSizeF();
    QApplication::setFont(original);
    CHECK(after == Approx(before * 2).epsilon(0.01));
}

TEST_CASE("The crisis screen opens calm, larger than the rest, with five choices", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    CrisisScreen screen(settings);
    REQUIRE(showActive(&screen));
    CHECK(screen.currentPanel() == CrisisScreen::Panel::Start);
    CHECK(screen.font().pointSizeF() == Approx(QApplication::font().pointSizeF() * 1.3).epsilon(0.01));

    const auto choices = screen.findChildren<QPushButton*>(u"crisisChoice"_s);
    REQUIRE(choices.size() == 5);
    for (QPushButton* choice : choices) {
        CHECK(choice->height() >= 44);
        CHECK_FALSE(choice->accessibleName().isEmpty());
    }
    // Every control a person can reach has a name a screen reader can say: open every
    // panel first, since each is built when first chosen.
    for (auto panel : {CrisisScreen::Panel::Breathe, CrisisScreen::Panel::Ground, CrisisScreen::Panel::RideOut,
                       CrisisScreen::Panel::Talk, CrisisScreen::Panel::TryIdea})
        screen.showPanel(panel);
    screen.showPanel(CrisisScreen::Panel::Start);
    for (QAbstractButton* button : screen.findChildren<QAbstractButton*>())
        CHECK_FALSE(button->accessibleName().isEmpty());
    for (QLineEdit* edit : screen.findChildren<QLineEdit*>())
        if (!qobject_cast<QAbstractSpinBox*>(edit->parentWidget()))  // a spin box names its own
            CHECK_FALSE(edit->accessibleName().isEmpty());

    const QString text = visibleText(&screen);
    CHECK(text.contains(u"does not replace care"_s));
    CHECK(text.contains(u"your local emergency number"_s));  // no region chosen yet
    // The focus starts on the first choice, so the keyboard works at once.
    CHECK(QApplication::focusWidget() == choices.at(0));
}

TEST_CASE("The care line names the region's emergency number", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"AU"_s);
    CrisisScreen screen(settings);
    screen.show();
    CHECK(child<QLabel>(&screen, u"crisisCareLine"_s)->text().contains(u"call 000"_s));
    settings.setRegion(u"US"_s);
    screen.hide();
    screen.show();  // every showing reads settings.ini again
    CHECK(child<QLabel>(&screen, u"crisisCareLine"_s)->text().contains(u"call 911"_s));
}

TEST_CASE("Esc and Back both ask to leave the crisis screen", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    CrisisScreen screen(settings);
    REQUIRE(showActive(&screen));
    QSignalSpy leave(&screen, &CrisisScreen::leaveRequested);
    pressKey(Qt::Key_Escape);
    CHECK(leave.count() == 1);
    child<QPushButton>(&screen, u"crisisBack"_s)->click();
    CHECK(leave.count() == 2);
    // Esc also works from inside a panel, e.g. while typing in grounding.
    screen.showPanel(CrisisScreen::Panel::Ground);
    child<QLineEdit>(&screen, u"groundNotes"_s)->setFocus();
    pressKey(Qt::Key_Escape);
    CHECK(leave.count() == 3);
}

TEST_CASE("The choices are reached and opened with the keyboard alone", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    CrisisScreen screen(settings);
    REQUIRE(showActive(&screen));
    pressKey(Qt::Key_Space);  // the first choice: Breathe
    CHECK(screen.currentPanel() == CrisisScreen::Panel::Breathe);
    CHECK(visibleText(&screen).contains(u"Breathe in"_s));

    // Back to the choices and on to the fourth, Talk to someone, by Tab alone.
    screen.findChildren<QPushButton*>(u"crisisChoice"_s).at(0)->setFocus();
    for (int i = 0; i < 3; ++i) pressKey(Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->accessibleName().contains(u"Talk to someone"_s));
    pressKey(Qt::Key_Space);
    CHECK(screen.currentPanel() == CrisisScreen::Panel::Talk);
    CHECK(visibleText(&screen).contains(u"Where are you?"_s));

    // Alt + the underlined letter opens a choice from anywhere on the screen.
    pressKey(Qt::Key_G, Qt::AltModifier);
    // A mnemonic presses the button visibly before it clicks: wait for that, not a fixed time.
    CHECK(QTest::qWaitFor([&] { return screen.currentPanel() == CrisisScreen::Panel::Ground; }, 5000));
}

TEST_CASE("Grounding goes 5 to 1 by keyboard only, and what is typed is kept nowhere", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"UK"_s);
    settings.save();
    CrisisScreen screen(settings);
    REQUIRE(showActive(&screen));
    for (int i = 0; i < 1; ++i) pressKey(Qt::Key_Tab);  // Breathe -> Ground
    pressKey(Qt::Key_Space);
    REQUIRE(screen.currentPanel() == CrisisScreen::Panel::Ground);
    auto* notes = child<QLineEdit>(&screen, u"groundNotes"_s);
    REQUIRE(QApplication::focusWidget() == notes);

    const QStringList expected{u"five things you can see"_s, u"four things you can touch"_s,
                               u"three things you can hear"_s, u"two things you can smell"_s,
                               u"one thing you can taste"_s};
    const QString secret = u"Zebracushion"_s;
    for (int step = 0; step < 5; ++step) {
        INFO("step " << step);
        CHECK(child<QLabel>(&screen, u"groundNumber"_s)->text() == QString::number(5 - step));
        CHECK(child<QLabel>(&screen, u"groundInstruction"_s)->text().contains(expected.at(step)));
        typeText(secret + QString::number(step));
        CHECK(notes->text() == secret + QString::number(step));
        pressKey(Qt::Key_Return);
        CHECK(notes->text().isEmpty());  // emptied at every step
    }
    CHECK(child<GroundingPanel>(&screen, u"groundingPanel"_s)->step() == GroundingPanel::kSteps);
    CHECK(child<QLabel>(&screen, u"groundDone"_s)->isVisible());
    // Enter on the focused "again" starts over.
    pressKey(Qt::Key_Return);
    CHECK(child<QLabel>(&screen, u"groundNumber"_s)->text() == u"5"_s);

    settings.save();
    const QByteArray ini = fileBytes(profile.paths().settings());
    CHECK(ini.contains("region"));  // the file is there and was read back
    CHECK_FALSE(ini.contains(secret.toUtf8()));
    CHECK_FALSE(ini.toLower().contains("zebra"));
}

TEST_CASE("Breathing follows 4 in, 6 out by default, adjustable, counted with reduced motion", "[crisis]") {
    CHECK(BreathingPacer::phaseAt(0, 4, 6).breathingIn);
    CHECK(BreathingPacer::phaseAt(3999, 4, 6).breathingIn);
    CHECK_FALSE(BreathingPacer::phaseAt(4000, 4, 6).breathingIn);
    CHECK(BreathingPacer::phaseAt(9999, 4, 6).count == 6);
    CHECK(BreathingPacer::phaseAt(10000, 4, 6).breathingIn);
    CHECK(BreathingPacer::phaseAt(2000, 4, 6).progress == Approx(0.5));
    CHECK_FALSE(BreathingPacer::phaseAt(5000, 5, 5).breathingIn);

    TempProfile profile;
    ProfileSettings settings(profile.paths());
    {
        BreathingPacer pacer(false);
        CHECK(pacer.inSeconds() == 4);
        CHECK(pacer.outSeconds() == 6);
        pacer.show();
        CHECK(pacer.isRunning());
        CHECK(child<QWidget>(&pacer, u"breathingCircle"_s)->isVisible());
        CHECK_FALSE(child<QLabel>(&pacer, u"breatheCount"_s)->isVisible());
        pacer.hide();
        CHECK_FALSE(pacer.isRunning());  // nothing ticks while nobody is looking
    }
    settings.setReduceMotion(true);
    CrisisScreen screen(settings);
    screen.show();
    screen.showPanel(CrisisScreen::Panel::Breathe);
    auto* pacer = child<BreathingPacer>(&screen, u"breathingPacer"_s);
    CHECK(pacer->reduceMotion());
    CHECK_FALSE(child<QWidget>(&screen, u"breathingCircle"_s)->isVisible());
    pacer->showMoment(2500);
    CHECK(child<QLabel>(&screen, u"breathePhase"_s)->text() == u"Breathe in"_s);
    CHECK(child<QLabel>(&screen, u"breatheCount"_s)->text() == u"1  2  3"_s);
    pacer->showMoment(5200);
    CHECK(child<QLabel>(&screen, u"breathePhase"_s)->text() == u"Breathe out"_s);
    CHECK(child<QLabel>(&screen, u"breatheCount"_s)->text() == u"1  2"_s);
}

TEST_CASE("Locking clears the unlocked hook; the screen works the same without it", "[crisis]") {
    TempProfile profile;
    ProfileSettings settings(profile.paths());
    CrisisScreen screen(settings);
    CHECK(screen.session() == nullptr);
    screen.setSession(nullptr);
    CHECK(screen.findChildren<QPushButton*>(u"crisisChoice"_s).size() == 5);  // no empty extra panels
    // Panels are built when first chosen (the screen must appear fast); the plan's page
    // waits, unoffered, until a plan can be shown after unlocking.
    CHECK(screen.findChild<crisis::PageStack*>(u"crisisStack"_s)->count() == 2);
    CHECK(screen.findChild<QPushButton*>(u"crisisChoicePlan"_s)->isHidden());
    screen.showPanel(CrisisScreen::Panel::Talk);
    screen.showPanel(CrisisScreen::Panel::Breathe);
    CHECK(screen.findChild<crisis::PageStack*>(u"crisisStack"_s)->count() == 4);
    CHECK(screen.currentPanel() == CrisisScreen::Panel::Breathe);
}
