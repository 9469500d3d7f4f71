// The safety-plan editor follows the session: a version saved elsewhere (an import, say)
// shows while the editor stays open, but never over changes not saved yet.
#include "gui/common/DialogHooks.h"
#include "gui/plan/PlanDiffView.h"
#include "gui/plan/PlanEditor.h"
#include "gui/plan/SectionEditor.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "support/TempProfile.h"
#include "support/TestSession.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

void typeItem(PlanEditor& editor, const QString& text) {
    QLineEdit* field = editor.sectionEditor()->newItemField();
    field->setFocus();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

SafetyPlan planWithSign(const QString& sign) {
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {sign};
    return plan;
}

}  // namespace

TEST_CASE("Plan editor: a version saved elsewhere shows at once; unsaved changes stay", "[plan][session]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    TempProfile folder;
    auto session = openTestSession(folder);
    ProfileSettings settings(folder.paths());
    PlanEditor editor(*session, &settings);
    editor.resize(1000, 700);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    editor.showSection(PlanSection::WarningSigns);
    CHECK(editor.sectionEditor()->items().isEmpty());

    // Nothing unsaved here: the new version is shown without leaving or reopening.
    session->plan().save(planWithSign(u"I stop answering messages"_s), u"from the other computer"_s);
    CHECK(QTest::qWaitFor(
        [&] { return editor.sectionEditor()->items() == QStringList{u"I stop answering messages"_s}; }, 5000));
    CHECK_FALSE(editor.isDirty());

    // Words being added are kept, whatever is saved elsewhere meanwhile.
    typeItem(editor, u"I can't sleep"_s);
    REQUIRE(editor.isDirty());
    QSignalSpy planChanged(session.get(), &ProfileSession::planChanged);
    session->plan().save(planWithSign(u"Written somewhere else"_s), QString());
    REQUIRE(planChanged.wait(5000));  // the editor heard it first: it connected first
    CHECK(editor.sectionEditor()->items() == QStringList{u"I stop answering messages"_s, u"I can't sleep"_s});
    CHECK(editor.isDirty());

    // Saving them makes the newest version.
    REQUIRE(editor.saveWithNote(u"kept"_s));
    const auto latest = session->plan().latest();
    REQUIRE(latest);
    CHECK(latest->plan.items(PlanSection::WarningSigns) ==
          QStringList{u"I stop answering messages"_s, u"I can't sleep"_s});
    CHECK(session->plan().count() == 3);

    // "What changed", left open, takes in a version saved after it opened.
    PlanDiffView* diff = editor.openWhatChanged();
    session->plan().save(planWithSign(u"One more"_s), QString());
    REQUIRE(planChanged.wait(5000));  // all of it is said before wait() returns
    diff->select(diff->fromId(), session->plan().latest()->id);
    CHECK(diff->toId() == session->plan().latest()->id);
    diff->close();
    DialogHooks::reset();
}
