// After a setback: saving a journal entry that says "acted" brings the setback
// panel with the plan and contacts; the reflection is kept, encrypted, linked to the entry;
// "Add to my plan" only suggests.
#include "FoundationDriver.h"

#include "domain/Contact.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/journal/EntryEditor.h"
#include "gui/journal/JournalScreen.h"
#include "gui/plan/PlanEditor.h"
#include "gui/review/ReviewScreen.h"
#include "gui/setback/ReflectionEditor.h"
#include "gui/setback/ReflectionList.h"
#include "gui/setback/SetbackPanel.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a calm harbour at dusk"_s;

SafetyPlan startingPlan() {
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    plan.items(PlanSection::InternalCoping) = {u"Cold water on my face"_s};
    return plan;
}

// An unlocked window whose profile has a saved plan and one contact, region UK.
std::unique_ptr<MainWindow> unlockedWithPlan(test::TempProfile& folder) {
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    window->settings().setRegion(u"UK"_s);
    window->settings().save();
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    Database& db = window->profile()->database();
    SafetyPlanStore(db).save(startingPlan(), u"with my therapist"_s);
    Contact sam;
    sam.name = u"Sam"_s;
    sam.phone = u"07700 900123"_s;
    ContactStore(db).add(sam);
    return window;
}

// Writes an entry in the journal editor: urge 8, "I acted on the urge", Ctrl+S.
void saveActedEntry(MainWindow& window) {
    window.newJournalEntry();
    auto* journal = child<JournalScreen>(&window, "journalScreen");
    REQUIRE(journal->isEditing());
    auto* urge = child<QSpinBox>(journal, "urgeSpin");
    urge->setFocus();
    urge->selectAll();
    QTest::keyClicks(urge, u"8"_s);
    child<QRadioButton>(journal, "outcomeActed")->click();
    child<QPushButton>(journal, "entrySave")->click();
}

void typeInto(QPlainTextEdit* field, const QString& text) {
    field->setFocus();
    QTest::keyClicks(field, text);
}

}  // namespace

TEST_CASE("Setback: an entry saved as 'acted' opens the panel with plan, contacts and medical help", "[setback][gui]") {
    test::TempProfile folder;
    auto window = unlockedWithPlan(folder);
    saveActedEntry(*window);

    REQUIRE(window->currentScreen()->objectName() == u"setbackPanel"_s);
    auto* panel = child<SetbackPanel>(window.get(), "setbackPanel");
    const QString entryId = panel->entryId();
    REQUIRE_FALSE(entryId.isEmpty());
    CHECK(JournalStore(window->profile()->database()).find(entryId)->outcome == JournalOutcome::Acted);

    // Their plan and their people, one click away; medical help with the UK's numbers.
    CHECK(child<QPushButton>(panel, "setbackPlan")->text() == u"Go through my safety plan, step by step"_s);
    auto* contact = child<QLabel>(panel, "setbackContact");
    CHECK(contact->text() == u"Sam: 07700 900123"_s);
    CHECK(panel->careText().contains(u"999"_s));
    CHECK(panel->careText().contains(u"NHS 111"_s));
    child<QPushButton>(panel, "setbackPlan")->click();
    auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
    CHECK(window->currentScreen() == crisis);
    CHECK(crisis->currentPanel() == CrisisScreen::Panel::Plan);

    // Saving the same entry again (still "acted") does not bring the panel back.
    window->showJournal();
    auto* journal = child<JournalScreen>(window.get(), "journalScreen");
    journal->openEntry(entryId);
    child<QPushButton>(journal, "entrySave")->click();
    CHECK(window->currentScreen() == journal);
}

TEST_CASE("Setback: the reflection is kept, linked to the entry, and found again after locking", "[setback][gui]") {
    test::TempProfile folder;
    auto window = unlockedWithPlan(folder);
    saveActedEntry(*window);
    auto* panel = child<SetbackPanel>(window.get(), "setbackPanel");
    const QString entryId = panel->entryId();

    child<QPushButton>(panel, "setbackReflect")->click();
    REQUIRE(panel->isShowingReflection());
    ReflectionEditor* editor = panel->reflectionEditor();
    typeInto(editor->field(ReflectionEditor::Question::Before), u"A long day and an argument"_s);
    typeInto(editor->field(ReflectionEditor::Question::WarningSigns), u"I stayed in my room"_s);
    typeInto(editor->field(ReflectionEditor::Question::NextTime), u"Text Sam earlier"_s);
    child<QPushButton>(editor, "reflectionSave")->click();

    SetbackReflectionStore store(window->profile()->database());
    const auto saved = store.forEntry(entryId);
    REQUIRE(saved);
    CHECK(saved->before == u"A long day and an argument"_s);
    CHECK(saved->warningSigns == u"I stayed in my room"_s);
    CHECK(saved->nextTime == u"Text Sam earlier"_s);
    // The words are in the encrypted database only, not in the readable settings file.
    QFile ini(folder.paths().settings());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    CHECK_FALSE(ini.readAll().contains("argument"));

    // Lock, unlock, open the panel for that entry again: the reflection is still there.
    window->lockNow();
    REQUIRE(window->profile() == nullptr);
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    window->showSetback(entryId);
    panel = child<SetbackPanel>(window.get(), "setbackPanel");
    CHECK(child<QPushButton>(panel, "setbackReflect")->text() == u"Go on with my reflection"_s);
    child<QPushButton>(panel, "setbackReflect")->click();
    CHECK(panel->reflectionEditor()->field(ReflectionEditor::Question::Before)->toPlainText() ==
          u"A long day and an argument"_s);
}

TEST_CASE("Setback: writing then leaving keeps the words; nothing written keeps nothing", "[setback][gui]") {
    test::TempProfile folder;
    auto window = unlockedWithPlan(folder);
    window->showSetback();  // "I had a setback" on the home screen: no entry
    auto* panel = child<SetbackPanel>(window.get(), "setbackPanel");
    child<QPushButton>(panel, "setbackReflect")->click();
    child<QPushButton>(panel->reflectionEditor(), "reflectionBack")->click();
    child<QPushButton>(panel, "setbackNotNow")->click();
    SetbackReflectionStore store(window->profile()->database());
    CHECK(store.all().isEmpty());

    window->showSetback();
    child<QPushButton>(panel, "setbackReflect")->click();
    typeInto(panel->reflectionEditor()->field(ReflectionEditor::Question::Tried), u"Music for a while"_s);
    window->lockNow();  // no Save pressed: kept (encrypted) before the database closes
    typePassphraseAndUnlock(*window, kPassphrase);
    const QList<SetbackReflection> all = SetbackReflectionStore(window->profile()->database()).all();
    REQUIRE(all.size() == 1);
    CHECK(all.first().tried == u"Music for a while"_s);
    CHECK(all.first().entryId.isEmpty());
}

TEST_CASE("Setback: 'Add to my plan' fills the editor with suggestions and saves nothing", "[setback][gui]") {
    test::TempProfile folder;
    auto window = unlockedWithPlan(folder);
    saveActedEntry(*window);
    auto* panel = child<SetbackPanel>(window.get(), "setbackPanel");
    child<QPushButton>(panel, "setbackReflect")->click();
    ReflectionEditor* editor = panel->reflectionEditor();
    typeInto(editor->field(ReflectionEditor::Question::WarningSigns), u"I stop answering messages"_s);
    QTest::keyClick(editor->field(ReflectionEditor::Question::WarningSigns), Qt::Key_Return);
    QTest::keyClicks(editor->field(ReflectionEditor::Question::WarningSigns), u"I skip meals"_s);
    typeInto(editor->field(ReflectionEditor::Question::ForPlan), u"- Go for a walk"_s);

    Database& db = window->profile()->database();
    const PlanVersion before = *SafetyPlanStore(db).latest();
    child<QPushButton>(editor, "reflectionAddToPlan")->click();

    auto* planEditor = child<PlanEditor>(window.get(), "planEditor");
    REQUIRE(window->currentScreen() == planEditor);
    const SafetyPlan shown = planEditor->plan();
    // Kept what was there; added what was new, once.
    CHECK(shown.items(PlanSection::WarningSigns) == QStringList{u"I stop answering messages"_s, u"I skip meals"_s});
    CHECK(shown.items(PlanSection::InternalCoping) == QStringList{u"Cold water on my face"_s, u"Go for a walk"_s});
    CHECK(planEditor->isDirty());
    CHECK(planEditor->bannerText().contains(u"Nothing is saved yet"_s));
    // The plan itself is unchanged until the person saves it.
    const PlanVersion after = *SafetyPlanStore(db).latest();
    CHECK(after.id == before.id);
    CHECK(after.plan == startingPlan());
    // The reflection was saved on the way.
    REQUIRE(SetbackReflectionStore(db).forEntry(panel->entryId()));
}

TEST_CASE("Setback: the weekly figures that only grow do not drop after an 'acted' entry", "[setback][review][gui]") {
    test::TempProfile folder;
    auto window = unlockedWithPlan(folder);
    // Two urges ridden out earlier today, with ideas tried.
    JournalStore journal(window->profile()->database());
    for (const auto outcome : {JournalOutcome::Passed, JournalOutcome::Coped}) {
        JournalEntry e;
        e.occurredAt = QDateTime::currentDateTime().addSecs(-120);
        e.urge = 6;
        e.outcome = outcome;
        TriedItem walk;
        walk.text = u"A walk round the block"_s;
        walk.helped = 7;
        e.tried << walk;
        journal.add(e);
    }
    window->showReview();
    auto* review = child<ReviewScreen>(window.get(), "reviewScreen");
    const SinceStart before = review->data().summary.sinceStart;
    REQUIRE(before.urgesPassedOrCoped == 2);
    REQUIRE(before.entries == 2);
    const QString beforeWords = review->data().sentences.sinceStart;

    saveActedEntry(*window);
    REQUIRE(window->currentScreen()->objectName() == u"setbackPanel"_s);
    window->showReview();
    review = child<ReviewScreen>(window.get(), "reviewScreen");
    // The review reads again when the session says the journal changed (from the event loop).
    CHECK(QTest::qWaitFor([&] { return review->data().summary.sinceStart.entries == 3; }, 2000));
    const SinceStart after = review->data().summary.sinceStart;
    CHECK(after.entries == 3);             // the hard moment is counted, not hidden
    CHECK(after.urgesPassedOrCoped == 2);  // and takes nothing away
    CHECK(after.weeksWithEntries >= before.weeksWithEntries);
    CHECK(after.ideasTried >= before.ideasTried);
    CHECK(after.timesTried >= before.timesTried);
    CHECK(review->data().summary.outcomes.acted == 1);
    // What the person reads still says two urges ridden out, before and after.
    CHECK(beforeWords.contains(u"2 urges that passed or that you got through another way"_s));
    CHECK(review->data().sentences.sinceStart.contains(u"2 urges that passed or that you got through another way"_s));
    CHECK(review->data().sentences.sinceStart.contains(u"3 entries written"_s));
}

TEST_CASE("Setback: earlier reflections are listed and open again by keyboard", "[setback][gui]") {
    test::TempProfile folder;
    auto window = unlockedWithPlan(folder);
    Database& db = window->profile()->database();
    SetbackReflectionStore store(db);
    SetbackReflection first;
    first.before = u"The week of the move"_s;
    store.save(first);
    SetbackReflection second;
    second.entryId = u"entry-from-spring"_s;
    second.tried = u"Called Sam, went to bed early"_s;
    const QString secondId = store.save(second).id;

    window->showSetback();  // from the home screen: a new setback, nothing written yet
    auto* panel = child<SetbackPanel>(window.get(), "setbackPanel");
    auto* earlier = child<QPushButton>(panel, "setbackEarlier");
    REQUIRE(earlier->isVisibleTo(panel));
    earlier->setFocus();
    QTest::keyClick(earlier, Qt::Key_Space);
    ReflectionList* list = panel->earlierList();
    REQUIRE(list->isVisible());
    REQUIRE(list->count() == 2);
    // Newest first, by the date written and the first words.
    CHECK(list->list()->item(0)->text().contains(u"Called Sam"_s));
    CHECK(list->list()->item(1)->text().contains(u"The week of the move"_s));

    list->list()->setFocus();
    QTest::keyClick(list->list(), Qt::Key_Home);
    QTest::keyClick(list->list(), Qt::Key_Return);
    REQUIRE(panel->isShowingReflection());
    QPlainTextEdit* tried = panel->reflectionEditor()->field(ReflectionEditor::Question::Tried);
    CHECK(tried->toPlainText() == u"Called Sam, went to bed early"_s);
    tried->setFocus();
    QTest::keyClick(tried, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(tried, u", and it helped"_s);
    QTest::keyClick(tried, Qt::Key_Escape);  // back to the list, kept
    CHECK(list->isVisible());
    CHECK(store.find(secondId)->tried.endsWith(u"and it helped"_s));
    CHECK(store.all().size() == 2);  // added to, not copied

    // Back on the first page, "Learning from this setback" is a new, empty reflection again.
    QTest::keyClick(list->list(), Qt::Key_Escape);
    CHECK_FALSE(panel->isShowingReflection());
    child<QPushButton>(panel, "setbackReflect")->click();
    CHECK(panel->reflectionEditor()->field(ReflectionEditor::Question::Tried)->toPlainText().isEmpty());
    CHECK(panel->reflectionEditor()->field(ReflectionEditor::Question::Before)->toPlainText().isEmpty());
}
