#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/plan/ContactDialog.h"
#include "gui/plan/ContactPicker.h"
#include "gui/plan/HistoryDialog.h"
#include "gui/plan/PlanDiffView.h"
#include "gui/plan/PlanEditor.h"
#include "gui/plan/PresentationView.h"
#include "gui/plan/SectionEditor.h"
#include "storage/Database.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

struct PlanFixture {
    TempProfile folder;
    ProfileSettings settings{folder.paths()};
    QDateTime clock = QDateTime(QDate(2026, 3, 3), QTime(15, 0), Qt::OffsetFromUTC, 0);
    std::unique_ptr<ProfileSession> session = openTestSession(folder, [this] { return clock; });
    PlanFixture() {
        DialogHooks::reset();
        DialogHooks::setTestMode(true);
        settings.setRegion(u"UK"_s);
    }
    ~PlanFixture() { DialogHooks::reset(); }
};

void typeItem(PlanEditor& editor, const QString& text) {
    QLineEdit* field = editor.sectionEditor()->newItemField();
    field->setFocus();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString pdfText(const QString& path) {
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

TEST_CASE("Plan editor: fill by keyboard, save with a note, change, save, see what changed, PDF", "[plan]") {
    PlanFixture f;
    PlanEditor editor(*f.session, &f.settings);
    editor.resize(1000, 700);
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    QString note = u"with my therapist, 3 March"_s;
    editor.setNoteAsker([&note]() -> std::optional<QString> { return note; });

    // Section 1 by keyboard.
    typeItem(editor, u"I stop answering messages"_s);
    typeItem(editor, u"I can't sleep"_s);
    // Section 2: Ctrl+PageDown moves on.
    QTest::keyClick(editor.sectionEditor()->newItemField(), Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(editor.sectionEditor()->section() == PlanSection::InternalCoping);
    typeItem(editor, u"Loud music"_s);
    typeItem(editor, u"Cold water on my face"_s);
    // Reorder by keyboard: the last item goes up.
    QListWidget* list = editor.sectionEditor()->list();
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    CHECK(editor.sectionEditor()->items() == QStringList{u"Cold water on my face"_s, u"Loud music"_s});
    CHECK(editor.isDirty());
    saveScreenshot(&editor, u"plan-editor"_s);

    // Save (Ctrl+S) with a note.
    QTest::keyClick(&editor, Qt::Key_S, Qt::ControlModifier);
    SafetyPlanStore store = f.session->plan();
    REQUIRE(store.count() == 1);
    CHECK(store.latest()->note == note);
    CHECK(store.latest()->plan.items(PlanSection::WarningSigns) ==
          QStringList{u"I stop answering messages"_s, u"I can't sleep"_s});
    CHECK_FALSE(editor.isDirty());

    // A week later: change one item in place (F2), save again.
    f.clock = f.clock.addDays(7);
    editor.showSection(PlanSection::WarningSigns);
    list = editor.sectionEditor()->list();
    list->setCurrentRow(0);
    list->item(0)->setText(u"I stop answering my messages"_s);  // what the F2 editor commits
    CHECK(editor.isDirty());
    note = u"second session"_s;
    REQUIRE(editor.save());
    REQUIRE(store.count() == 2);

    // What changed: by default the current version against the last one before today.
    PlanDiffView* diff = editor.openWhatChanged();
    const QList<PlanVersion> history = store.history();
    CHECK(diff->fromId() == history[0].id);
    CHECK(diff->toId() == history[1].id);
    const QString shown = diff->shownText();
    CHECK(shown.contains(u"Reworded: I stop answering messages \u2192 I stop answering my messages"_s));
    CHECK_FALSE(shown.contains(u"Added:"_s));
    CHECK_FALSE(shown.contains(u"Removed:"_s));
    diff->resize(760, 620);
    saveScreenshot(diff, u"plan-diff"_s);
    diff->close();

    HistoryDialog historyDialog(store, &editor);
    REQUIRE(historyDialog.table()->rowCount() == 2);
    CHECK(historyDialog.table()->item(0, 1)->text() == u"second session"_s);
    CHECK(historyDialog.table()->item(1, 1)->text() == u"with my therapist, 3 March"_s);
    historyDialog.show();
    saveScreenshot(&historyDialog, u"plan-history"_s);

    // Contacts, picked into "people I can ask" and printed with their numbers.
    {
        ContactPicker picker(*f.session, &editor);
        Contact sam;
        sam.name = u"Sam"_s;
        sam.phone = u"07700 900123"_s;
        sam.role = ContactRole::Family;
        REQUIRE(picker.addContact(sam));
        REQUIRE(picker.chosen());
        CHECK(picker.chosen()->asPlanItem() == u"Sam, 07700 900123"_s);
        editor.showSection(PlanSection::PeopleToAsk);
        REQUIRE(editor.sectionEditor()->addItem(picker.chosen()->asPlanItem()));
        note = u"with Sam's number"_s;
        REQUIRE(editor.save());
    }

    // Print to PDF (the print dialog answered with a file name) and read its text.
    QTemporaryDir out;
    const QString pdf = out.filePath(u"plan.pdf"_s);
    DialogHooks::queueFileName(pdf);
    REQUIRE(editor.printPlan());
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Warning signs"_s));
    CHECK(text.contains(u"Things I can do on my own"_s));
    CHECK(text.contains(u"Making my surroundings safer"_s));
    CHECK(text.contains(u"I stop answering my messages"_s));
    CHECK(text.contains(u"Cold water on my face"_s));
    CHECK(text.contains(u"with Sam's number"_s));
    CHECK(text.contains(u"07700 900123"_s));
    CHECK(text.contains(u"Samaritans"_s));
    if (!qEnvironmentVariableIsEmpty("MOORING_SCREENSHOTS")) {
        QFile::copy(pdf, qEnvironmentVariable("MOORING_SCREENSHOTS") + u"/plan.pdf"_s);
    }
}

TEST_CASE("Plan editor: limits, failed save keeps the content, leaving asks", "[plan]") {
    PlanFixture f;
    PlanEditor editor(*f.session, &f.settings);
    editor.setNoteAsker([]() -> std::optional<QString> { return QString(); });
    SectionEditor* section = editor.sectionEditor();

    // Over-long item: a clear message, nothing added, the text stays to be shortened.
    const QString longText(kMaxPlanItemLength + 1, u'a');
    section->newItemField()->setText(longText);
    QTest::keyClick(section->newItemField(), Qt::Key_Return);
    CHECK(section->items().isEmpty());
    CHECK(section->message().contains(QString::number(kMaxPlanItemLength)));
    CHECK(section->newItemField()->text() == longText);

    // An empty plan can be saved.
    CHECK(editor.saveWithNote({}));

    // A failed save says so and keeps what was written.
    section->newItemField()->clear();
    typeItem(editor, u"Call Sam"_s);
    f.session->database().exec(
        "CREATE TRIGGER fail BEFORE INSERT ON plan_items BEGIN SELECT RAISE(FAIL, 'full'); END;");
    CHECK_FALSE(editor.saveWithNote(u"note"_s));
    CHECK(editor.bannerText().contains(u"could not be saved"_s));
    CHECK(section->items() == QStringList{u"Call Sam"_s});
    CHECK(editor.isDirty());
    f.session->database().exec("DROP TRIGGER fail;");

    // Leaving with unsaved changes: go back keeps them; discard drops them.
    DialogHooks::queueAnswer(QMessageBox::Cancel);
    CHECK_FALSE(editor.maybeLeave());
    CHECK(section->items() == QStringList{u"Call Sam"_s});
    DialogHooks::queueAnswer(QMessageBox::Discard);
    CHECK(editor.maybeLeave());
    CHECK(section->items().isEmpty());
    typeItem(editor, u"Call Sam"_s);
    DialogHooks::queueAnswer(QMessageBox::Save);
    CHECK(editor.maybeLeave());
    CHECK(f.session->plan().latest()->plan.items(PlanSection::WarningSigns) == QStringList{u"Call Sam"_s});
}

TEST_CASE("Contact dialog: letters in a phone get a gentle note, a name is needed", "[plan]") {
    ContactDialog dialog(Contact{});
    dialog.phoneField()->setText(u"ask at reception"_s);
    CHECK_FALSE(dialog.phoneNote().isEmpty());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);  // no name yet
    dialog.nameField()->setText(u"GP surgery"_s);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.contact().phone == u"ask at reception"_s);
}

TEST_CASE("Presentation view: one section at a time, keys move and zoom", "[plan]") {
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    plan.items(PlanSection::InternalCoping) = {u"Loud music"_s, u"Cold water on my face"_s};
    PresentationView view(plan);
    view.show();
    CHECK(view.shownTitle() == planSections::title(PlanSection::WarningSigns));
    CHECK(view.shownText().contains(u"I stop answering messages"_s));
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.current() == 1);
    CHECK(view.shownText().contains(u"Cold water on my face"_s));
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Left);
    CHECK(view.current() == 0);
    const double before = view.zoom();
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    CHECK(view.zoom() > before);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(view.zoom() < before);
}

TEST_CASE("Screenshots of the plan screens, 100 % and 200 % text, light and dark", "[plan][screenshots]") {
    if (qEnvironmentVariableIsEmpty("MOORING_SCREENSHOTS")) return;
    struct Variant {
        int percent;
        ProfileSettings::Theme theme;
        QString suffix;
    };
    const QList<Variant> variants{{100, ProfileSettings::Theme::Light, u"-100-light"_s},
                                  {100, ProfileSettings::Theme::Dark, u"-100-dark"_s},
                                  {200, ProfileSettings::Theme::Light, u"-200-light"_s},
                                  {200, ProfileSettings::Theme::Dark, u"-200-dark"_s}};
    for (const Variant& v : variants) {
        Appearance::apply(v.percent, v.theme);
        PlanFixture f;
        const QSize size = v.percent > 150 ? QSize(1400, 1000) : QSize(1000, 700);
        {
            SafetyPlanStore store = f.session->plan();
            SafetyPlan plan;
            plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s, u"I can't sleep"_s};
            plan.items(PlanSection::InternalCoping) = {u"Loud music"_s};
            store.save(plan, u"with my therapist, 3 March"_s);
            f.clock = f.clock.addDays(7);
            plan.items(PlanSection::WarningSigns)[0] = u"I stop answering my messages"_s;
            plan.items(PlanSection::InternalCoping).append(u"Cold water on my face"_s);
            plan.items(PlanSection::ReasonsForLiving) = {u"My dog, Biscuit"_s};
            store.save(plan, u"second session"_s);
        }
        PlanEditor editor(*f.session, &f.settings);
        editor.resize(size);
        editor.show();
        editor.showSection(PlanSection::PeopleToAsk);
        QCoreApplication::processEvents();
        saveScreenshot(&editor, u"plan-editor-people"_s + v.suffix);
        editor.showSection(PlanSection::WarningSigns);
        QCoreApplication::processEvents();
        saveScreenshot(&editor, u"plan-editor"_s + v.suffix);

        PresentationView view(editor.plan());
        view.resize(size);
        view.show();
        QCoreApplication::processEvents();
        saveScreenshot(&view, u"plan-present"_s + v.suffix);

        SafetyPlanStore store = f.session->plan();
        HistoryDialog history(store);
        history.show();
        QCoreApplication::processEvents();
        saveScreenshot(&history, u"plan-history"_s + v.suffix);

        PlanDiffView* diff = editor.openWhatChanged();
        diff->resize(v.percent > 150 ? QSize(1100, 900) : QSize(760, 620));
        QCoreApplication::processEvents();
        saveScreenshot(diff, u"plan-diff"_s + v.suffix);
        diff->close();
    }
    Appearance::apply(100, ProfileSettings::Theme::System);
}
