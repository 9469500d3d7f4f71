#include "JournalGuiSupport.h"

#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/journal/EntryEditor.h"
#include "gui/journal/JournalModel.h"
#include "gui/journal/TriedField.h"
#include "storage/Database.h"
#include "storage/StrategyStore.h"
#include "support/JournalSamples.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QUndoStack>
#include <QUuid>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QString firstIdeaTitle(Database& db, QString* id) {
    for (const CopingStrategy& s : StrategyStore(db).all()) {
        if (!s.hidden) {
            *id = s.id;
            return s.title;
        }
    }
    FAIL("no toolbox ideas");
    return {};
}

QStringList listedIds(JournalScreen& screen) {
    QStringList ids;
    JournalModel* model = screen.model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->entryIdAt(model->index(r));
        if (!id.isEmpty()) ids << id;
    }
    return ids;
}

}  // namespace

TEST_CASE("Journal by keyboard only: write, find, edit, delete and undo", "[journal][gui]") {
    JournalProfile p;
    p.clock = QDateTime(QDate(2026, 11, 20), QTime(21, 50), Qt::OffsetFromUTC, 3600);
    QString ideaId;
    const QString ideaTitle = firstIdeaTitle(p.db(), &ideaId);
    auto screen = openJournal(p);
    CHECK(find<QLabel>(screen.get(), u"journalEmpty"_s)->isVisible());

    // --- write ---
    key(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(screen->isEditing());
    CHECK(focusName() == u"urgeSlider"_s);
    key(Qt::Key_Tab);
    REQUIRE(focusName() == u"urgeSpin"_s);
    keys(u"7"_s);
    key(Qt::Key_Tab);
    REQUIRE(focusName() == u"entrySituation"_s);
    keys(u"At home after the call. The flat was very quiet."_s);
    REQUIRE(tabTo(u"feeling_lonely"_s));
    key(Qt::Key_Space);
    REQUIRE(tabTo(u"feeling_angry"_s));
    key(Qt::Key_Space);
    REQUIRE(tabTo(u"triggerInput"_s));
    keys(u"argument"_s);
    key(Qt::Key_Return);
    REQUIRE(tabTo(u"triedInput"_s));
    keys(ideaTitle);
    key(Qt::Key_Return);
    REQUIRE(focusName() == u"triedHelped_0"_s);  // straight on to "how much did it help?"
    keys(u"6"_s);
    REQUIRE(tabTo(u"outcomePassed"_s));  // Tab enters the answers at the first one
    CHECK(find<QRadioButton>(screen.get(), u"outcomeNone"_s)->isChecked());
    key(Qt::Key_Down);  // arrows move between the answers...
    REQUIRE(focusName() == u"outcomeCoped"_s);
    key(Qt::Key_Space);  // ...and Space picks one: "I got through it another way"
    CHECK(find<QRadioButton>(screen.get(), u"outcomeCoped"_s)->isChecked());
    key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(screen->isEditing());

    const QStringList ids = listedIds(*screen);
    REQUIRE(ids.size() == 1);
    const std::optional<JournalEntry> saved = screen->store().find(ids.first());
    REQUIRE(saved);
    CHECK(saved->urge == 7);
    CHECK(saved->situation == u"At home after the call. The flat was very quiet."_s);
    CHECK(saved->feelings == QStringList{u"lonely"_s, u"angry"_s});
    CHECK(saved->triggers == QStringList{u"argument"_s});
    REQUIRE(saved->tried.size() == 1);
    CHECK(saved->tried.first() == TriedItem{ideaId, {}, 6});
    CHECK(saved->outcome == JournalOutcome::Coped);
    CHECK(saved->createdAt == p.clock);
    CHECK(saved->occurredAt == QDateTime(QDate(2026, 11, 20), QTime(21, 50), Qt::OffsetFromUTC, 3600));
    CHECK(focusName() == u"journalList"_s);

    // --- find it by search ---
    key(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(focusName() == u"journalSearch"_s);
    keys(u"river"_s);
    key(Qt::Key_Return);
    CHECK(listedIds(*screen).isEmpty());
    CHECK(find<QLabel>(screen.get(), u"journalEmpty"_s)->text().contains(u"No entries match"_s));
    key(Qt::Key_A, Qt::ControlModifier);
    keys(u"argu"_s);
    key(Qt::Key_Return);
    CHECK(listedIds(*screen) == ids);

    // --- edit it ---
    REQUIRE(tabTo(u"journalList"_s));
    key(Qt::Key_Return);
    REQUIRE(screen->isEditing());
    CHECK(find<QPlainTextEdit>(screen.get(), u"entrySituation"_s)->toPlainText().startsWith(u"At home"_s));
    p.clock = p.clock.addSecs(600);
    key(Qt::Key_Tab);
    REQUIRE(focusName() == u"urgeSpin"_s);
    keys(u"4"_s);
    key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(screen->isEditing());
    const std::optional<JournalEntry> edited = screen->store().find(ids.first());
    REQUIRE(edited);
    CHECK(edited->urge == 4);
    CHECK(edited->createdAt == saved->createdAt);
    CHECK(edited->updatedAt == p.clock);
    CHECK(edited->tried == saved->tried);
    CHECK(edited->occurredAt == saved->occurredAt);

    // --- delete, no questions asked, then undo ---
    REQUIRE(focusName() == u"journalList"_s);
    key(Qt::Key_Delete);
    CHECK(DialogHooks::shownMessages().isEmpty());
    CHECK_FALSE(screen->store().find(ids.first()).has_value());
    CHECK(listedIds(*screen).isEmpty());
    CHECK(find<QWidget>(screen.get(), u"journalUndoBar"_s)->isVisible());
    key(Qt::Key_Z, Qt::ControlModifier);
    const std::optional<JournalEntry> back = screen->store().find(ids.first());
    REQUIRE(back);
    CHECK(*back == *edited);
    CHECK(listedIds(*screen) == ids);
    CHECK_FALSE(screen->undoStack()->canUndo());
}

TEST_CASE("Journal form: nothing chosen for the urge gets a kind message and nothing is saved", "[journal][gui]") {
    JournalProfile p;
    auto screen = openJournal(p);
    screen->newEntry();
    keys(u"x"_s);  // the slider has the focus; letters do nothing there
    find<QPlainTextEdit>(screen.get(), u"entrySituation"_s)->setPlainText(u"a long day"_s);
    key(Qt::Key_S, Qt::ControlModifier);
    CHECK(screen->isEditing());
    auto* urgeProblem = find<MessageBanner>(screen.get(), u"entryUrgeProblem"_s);
    CHECK(urgeProblem->isVisible());
    CHECK(urgeProblem->text().contains(u"0 to 10"_s));
    CHECK(focusName() == u"urgeSpin"_s);
    CHECK(screen->store().count() == 0);
}

TEST_CASE("Journal form: a date more than a day ahead and an overlong text are refused by the field",
          "[journal][gui]") {
    JournalProfile p;
    auto screen = openJournal(p);
    screen->newEntry();
    auto* when = find<QDateTimeEdit>(screen.get(), u"entryWhen"_s);
    when->setDateTime(when->dateTime().addDays(3));
    find<QSpinBox>(screen.get(), u"urgeSpin"_s)->setValue(5);
    find<QPlainTextEdit>(screen.get(), u"entryNotes"_s)->setPlainText(QString(JournalEntry::kMaxText + 10, u'n'));
    key(Qt::Key_S, Qt::ControlModifier);
    CHECK(screen->isEditing());
    CHECK(find<MessageBanner>(screen.get(), u"entryWhenProblem"_s)->text().contains(u"more than a day"_s));
    CHECK(find<MessageBanner>(screen.get(), u"entryNotesProblem"_s)->text().contains(u"20,010"_s));
    CHECK_FALSE(find<MessageBanner>(screen.get(), u"entryUrgeProblem"_s)->isVisible());
    CHECK(focusName() == u"entryWhen"_s);
    CHECK(screen->store().count() == 0);
}

TEST_CASE("Journal: locking while writing asks; save, discard and keep writing all do what they say",
          "[journal][gui]") {
    JournalProfile p;
    auto screen = openJournal(p);
    CHECK(screen->askAboutDraftBeforeLock());  // nothing written: nothing to ask
    CHECK(DialogHooks::shownMessages().isEmpty());

    screen->newEntry();
    find<QSpinBox>(screen.get(), u"urgeSpin"_s)->setValue(3);
    DialogHooks::queueAnswer(QMessageBox::Cancel);
    CHECK_FALSE(screen->askAboutDraftBeforeLock());
    CHECK(screen->isEditing());
    CHECK(DialogHooks::shownMessages().size() == 1);

    DialogHooks::queueAnswer(QMessageBox::Save);
    CHECK(screen->askAboutDraftBeforeLock());
    CHECK(screen->store().count() == 1);
    CHECK_FALSE(screen->isEditing());

    screen->newEntry();
    find<QPlainTextEdit>(screen.get(), u"entryThoughts"_s)->setPlainText(u"not sure yet"_s);
    DialogHooks::queueAnswer(QMessageBox::Save);  // no urge yet: it cannot be saved, so no lock
    CHECK_FALSE(screen->askAboutDraftBeforeLock());
    CHECK(find<MessageBanner>(screen.get(), u"entryUrgeProblem"_s)->isVisible());
    DialogHooks::queueAnswer(QMessageBox::Discard);
    CHECK(screen->askAboutDraftBeforeLock());
    CHECK(screen->store().count() == 1);
    CHECK_FALSE(screen->hasUnsavedDraft());
}

TEST_CASE("Journal: locking with nobody there holds the draft encrypted and offers it after unlocking",
          "[journal][gui]") {
    JournalProfile p;
    auto screen = openJournal(p);
    screen->newEntry();
    find<QPlainTextEdit>(screen.get(), u"entrySituation"_s)->setPlainText(u"the bus was late again"_s);
    screen->holdDraftForLock();
    CHECK_FALSE(screen->hasUnsavedDraft());
    CHECK(JournalScreen::hasHeldDraft(*p.session));
    CHECK(screen->store().count() == 0);
    screen.reset();  // locked: the screen is gone

    // The draft is not anywhere in plain form: only the encrypted database changed.
    for (const QString& name : QDir(p.folder.dir()).entryList(QDir::Files))
        CHECK_FALSE(fileBytes(p.folder.dir() + u'/' + name).contains("the bus was late"));

    auto again = openJournal(p);
    DialogHooks::queueAnswer(QMessageBox::Yes);
    again->offerHeldDraft();
    REQUIRE(again->isEditing());
    CHECK(again->hasUnsavedDraft());
    CHECK(find<QPlainTextEdit>(again.get(), u"entrySituation"_s)->toPlainText() == u"the bus was late again"_s);
    CHECK_FALSE(JournalScreen::hasHeldDraft(*p.session));

    again->holdDraftForLock();
    DialogHooks::queueAnswer(QMessageBox::Discard);
    again->offerHeldDraft();
    CHECK_FALSE(again->isEditing());
    CHECK_FALSE(JournalScreen::hasHeldDraft(*p.session));
    CHECK(again->store().count() == 0);
}

TEST_CASE("Journal list loads a page at a time, grouped by week, newest first", "[journal][gui]") {
    JournalProfile p;
    p.clock = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::OffsetFromUTC, 0);
    JournalStore store(p.db(), p.clockFunction());
    QList<JournalEntry> many;
    for (int i = 0; i < 250; ++i) {
        JournalEntry e = quickEntry(p.clock.addSecs(-i * 7 * 3600), i % 11, u"entry %1"_s.arg(i));
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.createdAt = e.updatedAt = p.clock;
        many << e;
    }
    store.putAll(many);
    JournalModel model(store);
    model.setToday(p.clock.date());
    model.setFilter({});
    CHECK(model.entryCount() == JournalModel::kPageSize);
    CHECK(model.canFetchMore());
    CHECK(model.data(model.index(0), JournalModel::HeadingRole).toString() == u"This week"_s);
    CHECK(model.entryIdAt(model.index(1)) == many.first().id);
    CHECK_FALSE(model.flags(model.index(0)) & Qt::ItemIsSelectable);
    model.fetchMore();
    model.fetchMore();
    CHECK(model.entryCount() == 250);
    CHECK_FALSE(model.canFetchMore());
    QStringList weeks;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.data(model.index(r), JournalModel::KindRole).toInt() == int(JournalModel::RowKind::Week))
            weeks << model.data(model.index(r)).toString();
    CHECK(weeks.removeDuplicates() == 0);  // one heading per week, across page boundaries
    CHECK(weeks.at(1) == u"Last week"_s);
    CHECK(weeks.at(2).startsWith(u"Week of"_s));
}

TEST_CASE("Journal model passes Qt's model checks through filtering, removing and reloading", "[journal][gui]") {
    JournalProfile p;
    p.clock = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::OffsetFromUTC, 0);
    JournalStore store(p.db(), p.clockFunction());
    QStringList ids;
    for (int i = 0; i < 12; ++i) {
        JournalEntry e = quickEntry(p.clock.addDays(-i * 2), i % 11, i % 2 ? u"odd"_s : u"even"_s);
        ids << store.add(e).id;
    }
    JournalModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    CHECK(model.entryCount() == 12);
    model.setFilter({.text = u"odd"_s});
    CHECK(model.entryCount() == 6);
    model.removeEntry(ids.at(1));
    CHECK(model.entryCount() == 5);
    CHECK_FALSE(model.indexOfEntry(ids.at(1)).isValid());
    model.reload();
    CHECK(model.entryCount() == 6);  // still in the store: it comes back
    model.setFilter({});
    for (int r = 0; r < model.rowCount(); ++r) CHECK_FALSE(model.data(model.index(r)).toString().isEmpty());
}

TEST_CASE("Journal: leaving after a delete rewrites the search index, so the words are gone", "[journal][gui]") {
    JournalProfile p;
    JournalStore store(p.db(), p.clockFunction());
    store.add(quickEntry(p.clock, 2, u"an ordinary evening"_s));
    store.add(quickEntry(p.clock.addSecs(-60), 6, u"quixotically"_s));
    auto indexHolds = [&p](const QByteArray& word) {
        Statement blocks(p.db(),
                         "SELECT root FROM journal_search_segdir UNION ALL SELECT block FROM journal_search_segments");
        while (blocks.step())
            if (blocks.blob(0).contains(word)) return true;
        return false;
    };
    auto screen = openJournal(p);
    QSignalSpy left(screen.get(), &JournalScreen::backRequested);
    screen->showList();
    key(Qt::Key_Down);  // the second entry
    REQUIRE(screen->model()->entryIdAt(find<QListView>(screen.get(), u"journalList"_s)->currentIndex()) ==
            screen->store().page({.text = u"quixotically"_s}, std::nullopt, 1).first().id);
    key(Qt::Key_Delete);
    CHECK(indexHolds("quixotically"));  // still undoable here
    key(Qt::Key_Escape);
    CHECK(left.count() == 1);
    CHECK_FALSE(indexHolds("quixotically"));
    CHECK(screen->store().count() == 1);

    // Locking after a delete does the same, without asking anything.
    screen->store().add(quickEntry(p.clock, 4, u"serendipitously"_s));
    screen->showList();
    screen->model()->reload();
    const QString id = screen->store().page({.text = u"serendipitously"_s}, std::nullopt, 1).first().id;
    find<QListView>(screen.get(), u"journalList"_s)->setCurrentIndex(screen->model()->indexOfEntry(id));
    key(Qt::Key_Delete);
    REQUIRE(indexHolds("serendipitously"));
    CHECK(screen->askAboutDraftBeforeLock());
    CHECK(DialogHooks::shownMessages().isEmpty());
    CHECK_FALSE(indexHolds("serendipitously"));
}

TEST_CASE("Journal filters by keyboard: trigger, feeling, urge strength and dates", "[journal][gui]") {
    JournalProfile p;
    p.clock = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::OffsetFromUTC, 0);
    JournalStore store(p.db(), p.clockFunction());
    JournalEntry work = quickEntry(p.clock.addDays(-1), 8, u"meeting"_s);
    work.triggers = {u"work"_s};
    work.feelings = {u"tense"_s};
    JournalEntry home = quickEntry(p.clock.addDays(-20), 3, u"kitchen"_s);
    home.triggers = {u"family dinner"_s};
    home.feelings = {u"sad"_s};
    const QString workId = store.add(work).id;
    const QString homeId = store.add(home).id;

    auto screen = openJournal(p);
    REQUIRE(listedIds(*screen).size() == 2);
    key(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(tabTo(u"journalFiltersToggle"_s));
    key(Qt::Key_Space);  // open the filters: the trigger list gets the focus
    REQUIRE(focusName() == u"journalTriggerFilter"_s);
    key(Qt::Key_Down);  // "any trigger" -> the most used ones
    const QString trigger = find<QComboBox>(screen.get(), u"journalTriggerFilter"_s)->currentText();
    CHECK(listedIds(*screen) == QStringList{trigger == u"work"_s ? workId : homeId});
    key(Qt::Key_Up);  // back to any
    CHECK(listedIds(*screen).size() == 2);

    REQUIRE(tabTo(u"journalFeelingFilter"_s));
    keys(u"sad"_s);  // a combo box finds by typing
    CHECK(listedIds(*screen) == QStringList{homeId});
    key(Qt::Key_Home);
    CHECK(listedIds(*screen).size() == 2);

    REQUIRE(tabTo(u"journalUrgeMin"_s));
    key(Qt::Key_A, Qt::ControlModifier);
    keys(u"5"_s);
    CHECK(listedIds(*screen) == QStringList{workId});
    key(Qt::Key_A, Qt::ControlModifier);
    keys(u"0"_s);

    auto* from = find<QDateEdit>(screen.get(), u"journalFrom"_s);
    from->setDate(p.clock.date().addDays(-30));  // the calendar's own keys are Qt's; the value is ours
    auto* to = find<QDateEdit>(screen.get(), u"journalTo"_s);
    to->setDate(p.clock.date().addDays(-10));
    CHECK(listedIds(*screen) == QStringList{homeId});
    find<QPushButton>(screen.get(), u"journalClearFilters"_s)->click();
    CHECK(listedIds(*screen).size() == 2);
}
