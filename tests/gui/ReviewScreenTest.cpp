// The weekly review: opened from home by keyboard, moved a week back, the week's note kept
// across leaving, locking and unlocking; the recurring-trigger offer; the empty week.
#include "FoundationDriver.h"
#include "ReviewGuiSupport.h"

#include "gui/plan/PlanEditor.h"
#include "gui/review/ReviewScreen.h"
#include "gui/review/UrgeHistogram.h"
#include "gui/review/WarningSignOffer.h"
#include "insights/WeekSentences.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"
#include "storage/WeekReflectionStore.h"
#include "support/TempProfile.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a calm harbour at dusk"_s;

ReviewScreen* reviewOf(MainWindow& window) { return qobject_cast<ReviewScreen*>(window.currentScreen()); }

Week thisWeek() { return Week::containing(QDate::currentDate(), QLocale().firstDayOfWeek()); }

// Tab (as a person would) until the widget called name has the focus.
bool tabTo(const char* name, int most = 80) {
    for (int i = 0; i < most; ++i) {
        if (focusName() == name) return true;
        pressTab();
    }
    return focusName() == name;
}

std::optional<QString> noteOf(MainWindow& window, const Week& week) {
    REQUIRE(window.profile() != nullptr);
    const auto note = WeekReflectionStore(window.profile()->database()).find(week.start());
    return note ? std::optional<QString>(note->text) : std::nullopt;
}

QString reflectionText(QWidget* review) { return child<QPlainTextEdit>(review, "reviewReflection")->toPlainText(); }

// The screen shows figures only: nothing a person wrote about a moment is on it.
void checkNoEntryWords(QWidget* review) {
    for (QLabel* label : review->findChildren<QLabel*>()) {
        INFO(label->objectName().toStdString());
        CHECK_FALSE(label->text().contains(test::kSituationMarker));
        CHECK_FALSE(label->text().contains(test::kNoteMarker));
    }
}

}  // namespace

TEST_CASE("Weekly review in the window: from home by keyboard, a week back, the note kept across leaving and locking",
          "[review][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    const Week now = thisWeek();
    const Week last = now.previous();
    JournalStore(window->profile()->database())
        .putAll({test::reviewEntry(last, 0, 9, 2, {u"work"_s}), test::reviewEntry(last, 2, 21, 8, {u"late night"_s}),
                 test::reviewEntry(last, 4, 22, 9, {u"late night"_s}), test::reviewEntry(now, 0, 0, 4)});

    // Home -> "My week", by keyboard only.
    REQUIRE(tabTo("reviewTile", 40));
    QTest::keyClick(focused(), Qt::Key_Space);
    ReviewScreen* review = reviewOf(*window);
    REQUIRE(review != nullptr);
    CHECK(review->week() == now);
    CHECK(review->data().summary.entries == 1);
    CHECK(child<QLabel>(review, "reviewWeekLabel")->text().contains(weekRangeText(now)));

    // Alt+Left: the week before, with its own figures.
    QTest::keyClick(focused(), Qt::Key_Left, Qt::AltModifier);
    CHECK(review->week() == last);
    CHECK(child<QLabel>(review, "reviewWeekLabel")->text() == weekRangeText(last));
    CHECK(review->data().summary.entries == 3);
    CHECK(review->data().summary.urge.max == 9);
    auto* histogram = child<UrgeHistogram>(review, "reviewHistogram");
    CHECK(histogram->valueAt(2) == 1);
    CHECK(histogram->valueAt(8) == 1);
    CHECK(histogram->valueAt(9) == 1);
    CHECK(histogram->valueAt(4) == 0);  // this week's entry is not in last week's picture
    CHECK(histogram->accessibleDescription() == histogramText(review->data().summary.urge));
    const QString urgeSentence = review->data().sentences.urges;
    REQUIRE_FALSE(urgeSentence.isEmpty());
    CHECK(child<QLabel>(review, "reviewUrgesSentence")->text().contains(urgeSentence));
    CHECK_FALSE(child<QLabel>(review, "reviewEmpty")->isVisible());
    checkNoEntryWords(review);

    // The note for last week; moving on (Alt+Right) keeps it.
    REQUIRE(tabTo("reviewReflection"));
    type(u"Call Sam on Sunday evenings"_s);
    QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier);
    CHECK(review->week() == now);
    CHECK(noteOf(*window, last) == u"Call Sam on Sunday evenings"_s);
    CHECK(child<QLabel>(review, "reviewLastWeekNote")->text() == u"Call Sam on Sunday evenings"_s);
    CHECK(reflectionText(review).isEmpty());

    // This week's note; Esc leaves the screen and keeps it.
    REQUIRE(tabTo("reviewReflection"));
    type(u"More walks"_s);
    QTest::keyClick(focused(), Qt::Key_Escape);
    CHECK(window->currentScreen() == window->findChild<QWidget*>(u"homeScreen"_s));
    CHECK(noteOf(*window, now) == u"More walks"_s);

    // Back again: it is there; a few more words, then Ctrl+L at once.
    child<QPushButton>(window.get(), "reviewTile")->click();
    review = reviewOf(*window);
    REQUIRE(review != nullptr);
    CHECK(reflectionText(review) == u"More walks"_s);
    REQUIRE(tabTo("reviewReflection"));
    QTest::keyClick(focused(), Qt::Key_End, Qt::ControlModifier);
    type(u" and music"_s);
    QTest::keyClick(focused(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window->profile() == nullptr);
    CHECK(window->findChild<ReviewScreen*>() == nullptr);  // dropped with the lock

    typePassphraseAndUnlock(*window, kPassphrase);
    CHECK(noteOf(*window, now) == u"More walks and music"_s);
    child<QPushButton>(window.get(), "reviewTile")->click();
    review = reviewOf(*window);
    REQUIRE(review != nullptr);
    CHECK(reflectionText(review) == u"More walks and music"_s);
    QTest::keyClick(focused(), Qt::Key_Left, Qt::AltModifier);
    CHECK(reflectionText(review) == u"Call Sam on Sunday evenings"_s);
    CHECK(WeekReflectionStore(window->profile()->database()).count() == 2);
}

TEST_CASE("Weekly review: a trigger that keeps coming back is offered for the plan's warning signs, nothing saved",
          "[review][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths(), QSize(1000, 800));
    typePassphraseAndUnlock(*window, kPassphrase);
    Database& db = window->profile()->database();
    JournalStore(db).putAll(test::busyMonth(thisWeek(), StrategyStore(db).all()));

    child<QPushButton>(window.get(), "reviewTile")->click();
    ReviewScreen* review = reviewOf(*window);
    REQUIRE(review != nullptr);
    REQUIRE_FALSE(review->data().recurring.isEmpty());
    auto* offer = child<WarningSignOffer>(review, "reviewWarningSignOffer");
    CHECK(offer->isVisible());
    const QString trigger = offer->shownTrigger();
    CHECK(trigger == review->data().recurring.first().name);
    CHECK(child<QLabel>(offer, "reviewWarningSignText")->text().contains(trigger));

    // By keyboard: the plan editor opens with it filled in, to keep or drop there.
    REQUIRE(tabTo("reviewAddWarningSign"));
    QTest::keyClick(focused(), Qt::Key_Space);
    auto* editor = qobject_cast<PlanEditor*>(window->currentScreen());
    REQUIRE(editor != nullptr);
    CHECK(editor->plan().items(PlanSection::WarningSigns).contains(trigger));
    CHECK(editor->isDirty());
    CHECK_FALSE(SafetyPlanStore(db).latest().has_value());  // nothing saved by itself
    CHECK(SafetyPlanStore(db).history().isEmpty());
}

TEST_CASE("Weekly review: a week with nothing written says so kindly, and keeps what only grows", "[review][gui]") {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    Database& db = window->profile()->database();
    const Week now = thisWeek();
    JournalStore(db).putAll({test::reviewEntry(now.shifted(-3), 1, 20, 6)});

    child<QPushButton>(window.get(), "reviewTile")->click();
    ReviewScreen* review = reviewOf(*window);
    REQUIRE(review != nullptr);
    CHECK(review->data().summary.isEmpty());
    auto* empty = child<QLabel>(review, "reviewEmpty");
    CHECK(empty->isVisible());
    CHECK(empty->text() == review->data().sentences.entries);
    CHECK_FALSE(empty->text().isEmpty());
    CHECK_FALSE(child<QWidget>(review, "reviewUrges")->isVisible());
    CHECK_FALSE(child<QWidget>(review, "reviewWhen")->isVisible());
    CHECK(child<QWidget>(review, "reviewProgress")->isVisible());
    CHECK(child<QWidget>(review, "reviewReflection")->isVisible());
    CHECK(review->data().summary.sinceStart.entries == 1);               // the earlier week still counts
    CHECK_FALSE(child<QPushButton>(review, "reviewNext")->isEnabled());  // no weeks still to come
    CHECK_FALSE(review->showNextWeek());
    CHECK(review->week() == now);

    REQUIRE(review->showWeek(now.shifted(-3)));
    CHECK_FALSE(review->data().summary.isEmpty());
    CHECK_FALSE(empty->isVisible());
    child<QPushButton>(review, "reviewThisWeek")->click();
    CHECK(review->week() == now);
}
