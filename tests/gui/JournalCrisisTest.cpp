// "Save this in my journal" at the end of the urge timer: offered only after unlocking,
// and it opens a new entry with the timer's start, length and answer filled in.
#include "CrisisTestHelpers.h"
#include "FoundationDriver.h"

#include "gui/common/DialogHooks.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/UrgeTimerPanel.h"
#include "gui/journal/EntryEditor.h"
#include "gui/journal/JournalScreen.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

#include <QRadioButton>
#include <QSpinBox>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString kPassphrase = u"a calm harbour at dusk"_s;

// Runs a 10-minute timer on a fake clock to its end and answers "I got through it".
UrgeTimerPanel* rideOut(MainWindow& window, test::FakeClock& clock) {
    window.showHelpNow();
    auto* crisis = child<CrisisScreen>(&window, "crisisScreen");
    crisis->showPanel(CrisisScreen::Panel::RideOut);
    auto* urge = child<UrgeTimerPanel>(crisis, "urgeTimerPanel");
    urge->setClock(clock.function());
    urge->start(10);
    clock.advance(10min + 5s);
    urge->tick();
    child<QPushButton>(urge, "urgeAnswer1")->click();  // Outcome::Coped
    return urge;
}

}  // namespace

TEST_CASE("Urge timer to journal: not offered while locked", "[journal][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    test::FakeClock clock;
    UrgeTimerPanel* urge = rideOut(*window, clock);
    CHECK_FALSE(child<QPushButton>(urge, "urgeSaveToJournal")->isVisible());
}

TEST_CASE("Urge timer to journal: after unlocking it opens a new entry with time, length and answer",
          "[journal][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    test::FakeClock clock;
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    UrgeTimerPanel* urge = rideOut(*window, clock);
    auto* save = child<QPushButton>(urge, "urgeSaveToJournal");
    REQUIRE(save->isVisible());
    test::saveScreenshot(window.get(), u"journal-urge-timer-offer-100-light"_s);
    save->click();

    auto* journal = qobject_cast<JournalScreen*>(window->currentScreen());
    REQUIRE(journal != nullptr);
    REQUIRE(journal->isEditing());
    const JournalEntry draft = journal->editor()->entry();
    CHECK(draft.id.isEmpty());
    CHECK(draft.outcome == JournalOutcome::Coped);
    REQUIRE(draft.tried.size() == 1);
    CHECK(draft.tried.first().text.contains(u"10 minutes"_s));
    // The minute the timer started (the form keeps minutes).
    CHECK(draft.occurredAt.secsTo(before) < 60);
    CHECK(before.secsTo(draft.occurredAt) < 120);
    CHECK_FALSE(draft.urge.has_value());  // how strong it was is the person's to say
    CHECK(child<QRadioButton>(journal, "outcomeCoped")->isChecked());

    // Saving it is the ordinary form: choose the urge, save.
    journal->editor()->findChild<QSpinBox*>(u"urgeSpin"_s)->setValue(6);
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(journal->isEditing());
    CHECK(journal->store().count() == 1);

    // Locked again: the offer goes with the profile.
    window->lockNow();
    CHECK_FALSE(save->isVisible());
}

TEST_CASE("Urge timer entry: the answer maps onto the journal's outcomes without guessing", "[journal]") {
    const QDateTime start(QDate(2026, 11, 20), QTime(21, 0), Qt::OffsetFromUTC, 3600);
    CHECK(JournalScreen::entryFromUrgeTimer(start, 5, UrgeTimer::Outcome::Passed).outcome == JournalOutcome::Passed);
    CHECK(JournalScreen::entryFromUrgeTimer(start, 5, UrgeTimer::Outcome::Coped).outcome == JournalOutcome::Coped);
    CHECK_FALSE(JournalScreen::entryFromUrgeTimer(start, 15, UrgeTimer::Outcome::StillHard).outcome.has_value());
    CHECK(JournalScreen::entryFromUrgeTimer(start, 15, UrgeTimer::Outcome::StillHard).occurredAt == start);
}
