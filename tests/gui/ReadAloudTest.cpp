// "Read this to me" on the help screen, the library and in settings, heard through a fake
// Speaker: what the engine is asked to read at each step, that F12 and locking (the
// window's stopReading()) silence it, and that nothing the person wrote privately gets there.
#include "gui/common/ReadAloud.h"
#include "gui/common/ReadAloudButton.h"
#include "gui/crisis/BreathingPacer.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/GroundingPanel.h"
#include "gui/crisis/PlanStepsPanel.h"
#include "gui/crisis/UrgeTimerPanel.h"
#include "gui/library/LibraryScreen.h"
#include "gui/settings/ReadAloudSection.h"
#include "speech/FakeSpeaker.h"
#include "speech/Script.h"
#include "storage/JournalStore.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include "CrisisTestHelpers.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Only text written in the program, plan items and library pages: a QString cannot be added.
template <typename T>
concept Speakable = requires(speech::Script script, const T& text) {
    script.add(text);
};
static_assert(Speakable<speech::HelpText>);
static_assert(!Speakable<QString>);
static_assert(!Speakable<JournalEntry>);

// A ReadAloud whose engine is a FakeSpeaker the test can listen to.
struct Listening {
    FakeSpeaker* fake = nullptr;
    int choices = 0;  // how often an engine was looked for
    ReadAloud reader;

    explicit Listening(ProfileSettings& settings)
        : reader(settings, nullptr, [this] {
              ++choices;
              auto speaker = std::make_unique<FakeSpeaker>();
              fake = speaker.get();
              return speech::SpeakerChoice{std::move(speaker), {}};
          }) {}
};

// The one on the panel shown, if any is shown; otherwise the first there is.
ReadAloudButton* readButton(QWidget* root) {
    const QList<ReadAloudButton*> all = root->findChildren<ReadAloudButton*>();
    REQUIRE_FALSE(all.isEmpty());
    for (ReadAloudButton* button : all)
        if (button->isVisible()) return button;
    return all.constFirst();
}

// Presses "Read this to me" as a person does: it must be there to be pressed.
void pressRead(QWidget* root) {
    ReadAloudButton* button = readButton(root);
    REQUIRE(button->isVisible());
    REQUIRE(button->button()->text() == u"Read this to me"_s);
    QTest::mouseClick(button->button(), Qt::LeftButton);
}

struct Profile {
    TempProfile folder;
    ProfileSettings settings{folder.paths()};
    Profile() { settings.setReadAloud(true); }
};

}  // namespace

TEST_CASE("Read aloud: no engine is looked for until the first reading", "[readaloud]") {
    Profile p;
    Listening ear(p.settings);
    CrisisScreen screen(p.settings);
    screen.setReadAloud(&ear.reader);
    REQUIRE(showActive(&screen));
    screen.showPanel(CrisisScreen::Panel::Breathe);
    CHECK(ear.choices == 0);   // start-up and showing the panel cost nothing
    ear.reader.stopReading();  // F12 before anything was read: nothing to do, nothing breaks
    CHECK(ear.choices == 0);
    pressRead(&screen);
    CHECK(ear.choices == 1);
}

TEST_CASE("Read aloud: the button is there only when reading aloud is on in settings", "[readaloud]") {
    Profile p;
    p.settings.setReadAloud(false);
    Listening ear(p.settings);
    CrisisScreen screen(p.settings);
    screen.setReadAloud(&ear.reader);
    REQUIRE(showActive(&screen));
    screen.showPanel(CrisisScreen::Panel::Ground);
    CHECK_FALSE(readButton(&screen)->isVisible());

    p.settings.setReadAloud(true);
    screen.reloadSettings();  // as on every showing
    ReadAloudButton* button = readButton(&screen);
    CHECK(button->isVisible());
    CHECK(button->button()->isCheckable());
    CHECK(button->button()->focusPolicy() & Qt::TabFocus);
}

TEST_CASE("Read aloud: the breathing cues follow the pacer's rhythm", "[readaloud]") {
    Profile p;
    Listening ear(p.settings);
    BreathingPacer pacer(true);
    ReadAloudButton::offerIn(&pacer, &ear.reader);
    REQUIRE(showActive(&pacer));
    pacer.showMoment(0);
    pressRead(&pacer);
    REQUIRE(ear.fake);
    CHECK(ear.fake->spoken == QStringList{u"Breathe in"_s});
    CHECK(readButton(&pacer)->button()->text() == u"Stop reading"_s);
    CHECK(readButton(&pacer)->button()->isChecked());
    pacer.showMoment(4500);  // 4 s in, then out
    CHECK(ear.fake->spoken == QStringList{u"Breathe out"_s});
    ear.fake->spoken.clear();
    pacer.showMoment(5500);  // still breathing out: said once, not every second
    CHECK(ear.fake->spoken.isEmpty());
    pacer.showMoment(10'200);
    CHECK(ear.fake->spoken == QStringList{u"Breathe in"_s});

    // The window's F12 and lock call this: silent at once, the button says so.
    ear.reader.stopReading();
    CHECK_FALSE(ear.fake->speaking);
    CHECK_FALSE(readButton(&pacer)->isOn());
    CHECK(readButton(&pacer)->button()->text() == u"Read this to me"_s);
    ear.fake->spoken.clear();
    pacer.showMoment(14'700);
    CHECK(ear.fake->spoken.isEmpty());
    ear.reader.stopReading();  // twice: still fine
}

TEST_CASE("Read aloud: each grounding step as it is shown", "[readaloud]") {
    Profile p;
    Listening ear(p.settings);
    GroundingPanel panel;
    ReadAloudButton::offerIn(&panel, &ear.reader);
    REQUIRE(showActive(&panel));
    pressRead(&panel);
    REQUIRE(ear.fake);
    CHECK(ear.fake->spoken == QStringList{u"Look around. Name five things you can see."_s,
                                          u"Big or small: a lamp, a colour, a shadow on the wall."_s});
    const QStringList prompts = {u"Name four things you can touch."_s, u"Listen. Name three things you can hear."_s,
                                 u"Name two things you can smell."_s, u"Name one thing you can taste."_s};
    for (const QString& prompt : prompts) {
        panel.next();
        CHECK(ear.fake->spoken.value(0) == prompt);
    }
    panel.next();
    CHECK(ear.fake->spoken.value(0).startsWith(u"Well done."_s));
    // What was typed into the optional line is never read.
    panel.restart();
    typeText(u"my private words"_s);
    panel.next();
    CHECK_FALSE(ear.fake->spoken.join(u' ').contains(u"private"_s));
    // Another panel: reading stops with the panel out of sight.
    panel.hide();
    CHECK_FALSE(ear.fake->speaking);
}

TEST_CASE("Read aloud: the urge timer's encouragement and check-ins", "[readaloud]") {
    Profile p;
    Listening ear(p.settings);
    FakeClock clock;
    UrgeTimerPanel panel;
    panel.setClock(clock.function());
    ReadAloudButton::offerIn(&panel, &ear.reader);
    REQUIRE(showActive(&panel));
    panel.start(10);
    pressRead(&panel);
    REQUIRE(ear.fake);
    CHECK(ear.fake->spoken == QStringList{u"This feeling is strong, and it is already changing."_s});
    clock.advance(5min);
    panel.tick();
    CHECK(ear.fake->spoken.contains(u"Has the urge eased a little?"_s));
    QTest::mouseClick(panel.findChild<QPushButton*>(u"urgeEasedYes"_s), Qt::LeftButton);
    CHECK(ear.fake->spoken == QStringList{u"Good. Keep going, you're doing it."_s});
    clock.advance(5min);
    panel.tick();
    CHECK(ear.fake->spoken == QStringList{u"The time is up. You stayed with it. How did it go?"_s});
}

TEST_CASE("Read aloud: the plan step by step, after unlocking only, silent on lock", "[readaloud]") {
    Profile p;
    auto session = openTestSession(p.folder);
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    plan.items(PlanSection::InternalCoping) = {u"Loud music"_s, u"A cold shower"_s};
    session->plan().save(plan, u"mine"_s);
    JournalEntry entry;
    entry.occurredAt = QDateTime::currentDateTime().addSecs(-60);
    entry.situation = u"a secret line from my journal"_s;
    entry.notes = u"a secret note"_s;
    entry.urge = 3;
    session->journal().add(entry);

    Listening ear(p.settings);
    CrisisScreen screen(p.settings);
    screen.setReadAloud(&ear.reader);
    screen.setSession(session.get());
    REQUIRE(showActive(&screen));
    screen.showPanel(CrisisScreen::Panel::Plan);
    auto* panel = screen.findChild<PlanStepsPanel*>();
    pressRead(panel);
    REQUIRE(ear.fake);
    CHECK(ear.fake->spoken ==
          QStringList{planSections::title(PlanSection::WarningSigns), u"I stop answering messages"_s});
    panel->next();
    CHECK(ear.fake->spoken ==
          QStringList{planSections::title(PlanSection::InternalCoping), u"Loud music"_s, u"A cold shower"_s});
    panel->next();  // a step with nothing in it says so, kindly
    CHECK(ear.fake->spoken.value(1) == u"Nothing written here yet. You can go on to the next step."_s);

    // Every step of the plan, every panel: the journal is never among what is read.
    QStringList heard;
    for (int step = 0; step < kPlanSectionCount; ++step) {
        heard += ear.fake->spoken;
        panel->next();
    }
    for (auto choice : {CrisisScreen::Panel::Breathe, CrisisScreen::Panel::Ground, CrisisScreen::Panel::RideOut}) {
        screen.showPanel(choice);
        pressRead(&screen);
        heard += ear.fake->spoken;
    }
    CHECK_FALSE(heard.join(u' ').contains(u"secret"_s));

    // Locking: nothing more of the plan is heard.
    screen.showPanel(CrisisScreen::Panel::Plan);
    pressRead(panel);
    screen.setSession(nullptr);
    CHECK_FALSE(ear.fake->speaking);
    CHECK_FALSE(readButton(panel)->isOn());
}

TEST_CASE("Read aloud: a library page, as the program ships it", "[readaloud]") {
    Profile p;
    Listening ear(p.settings);
    LibraryScreen library(p.settings);
    library.setReadAloud(&ear.reader);
    REQUIRE(showActive(&library));
    CHECK_FALSE(library.readAloudButton()->isVisible());  // the list has nothing to read
    REQUIRE(library.openPage(u"talking"_s));
    pressRead(&library);
    REQUIRE(ear.fake);
    speech::Script page;
    REQUIRE(page.addLibraryPage(u"talking"_s));
    CHECK(ear.fake->spoken == page.utterances());
    // Read to its end, the button is ready to start again.
    ear.fake->finishReading();
    CHECK_FALSE(library.readAloudButton()->isOn());
    pressRead(&library);
    library.showList();
    CHECK_FALSE(ear.fake->speaking);
}

TEST_CASE("Read aloud: without an engine, the button says why once, calmly", "[readaloud]") {
    Profile p;
    int choices = 0;
    ReadAloud reader(p.settings, nullptr, [&choices] {
        ++choices;
        return speech::SpeakerChoice{nullptr, u"Reading aloud is not available on this computer right now."_s};
    });
    GroundingPanel panel;
    ReadAloudButton::offerIn(&panel, &reader);
    REQUIRE(showActive(&panel));
    pressRead(&panel);
    ReadAloudButton* button = readButton(&panel);
    CHECK_FALSE(button->isOn());
    CHECK(button->unavailableNote() == u"Reading aloud is not available on this computer right now."_s);
    pressRead(&panel);
    CHECK(choices == 1);  // looked for once
}

TEST_CASE("Read aloud in settings: on, speed, voice and 'Try it'", "[readaloud]") {
    Profile p;
    p.settings.setReadAloud(false);
    int stores = 0;
    ReadAloudSection section(p.settings, [&](const std::function<void(ProfileSettings&)>& change) {
        change(p.settings);
        ++stores;
    });
    Listening ear(p.settings);
    section.setReadAloud(&ear.reader);
    REQUIRE(showActive(&section));
    CHECK_FALSE(section.onCheck()->isChecked());
    CHECK_FALSE(section.tryButton()->isEnabled());
    QTest::mouseClick(section.onCheck(), Qt::LeftButton);
    CHECK(p.settings.readAloud());
    CHECK(section.speedBox()->minimum() == 50);
    CHECK(section.speedBox()->maximum() == 200);
    section.speedBox()->setValue(150);
    section.voiceBox()->setCurrentIndex(section.voiceBox()->findData(u"de"_s));
    Q_EMIT section.voiceBox()->activated(section.voiceBox()->currentIndex());
    QTest::mouseClick(section.tryButton(), Qt::LeftButton);
    REQUIRE(ear.fake);
    CHECK(ear.fake->spoken.size() == 1);
    CHECK(ear.fake->lastVoice.ratePercent == 150);
    CHECK(ear.fake->lastVoice.language == u"de"_s);
    CHECK(p.settings.readAloudRatePercent() == 150);
    CHECK(stores >= 3);
    QTest::mouseClick(section.onCheck(), Qt::LeftButton);  // turned off: silent at once
    CHECK_FALSE(ear.fake->speaking);
}
