// The setback panel follows the session: the plan, the people and earlier reflections
// changed elsewhere show without the panel being hidden and shown; a reflection being
// written survives that, a pause and a lock.
#include "JournalGuiSupport.h"

#include "gui/setback/PlanAndPeople.h"
#include "gui/setback/ReflectionEditor.h"
#include "gui/setback/SetbackPanel.h"
#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <string_view>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

struct PanelProfile : JournalProfile {
    ProfileSettings settings{folder.paths()};
    std::unique_ptr<SetbackPanel> open() {
        auto panel = std::make_unique<SetbackPanel>(*session, settings, QString());
        panel->resize(900, 760);
        panel->show();
        QApplication::setActiveWindow(panel.get());
        REQUIRE(QTest::qWaitForWindowActive(panel.get()));
        return panel;
    }
};

SetbackReflection earlier(const QString& before) {
    SetbackReflection r;
    r.before = before;
    return r;
}

}  // namespace

TEST_CASE("Setback panel: a plan, a person and a reflection saved elsewhere show at once", "[setback][gui][session]") {
    PanelProfile p;
    auto panel = p.open();
    auto* plan = find<QPushButton>(panel.get(), u"setbackPlan"_s);
    CHECK(plan->text() == PlanAndPeople::tr("Make my safety plan"));
    CHECK(panel->findChildren<QLabel*>(u"setbackContact"_s).isEmpty());
    CHECK_FALSE(find<QPushButton>(panel.get(), u"setbackEarlier"_s)->isVisible());

    SafetyPlan made;
    made.items(PlanSection::WarningSigns) << u"not sleeping"_s;
    p.session->plan().save(made, {});
    Contact sam;
    sam.name = u"Sam"_s;
    sam.phone = u"0123 456"_s;
    p.session->contacts().add(sam);
    p.session->setbacks().save(earlier(u"a long week"_s));

    QSignalSpy steps(panel.get(), &SetbackPanel::planStepsRequested);
    CHECK(QTest::qWaitFor([&] { return panel->findChildren<QLabel*>(u"setbackContact"_s).size() == 1; }, 2000));
    CHECK(panel->findChild<QLabel*>(u"setbackContact"_s)->text().contains(u"Sam"_s));
    CHECK(QTest::qWaitFor([&] { return find<QPushButton>(panel.get(), u"setbackEarlier"_s)->isVisible(); }, 2000));
    CHECK(plan->text() == PlanAndPeople::tr("Go through my safety plan, step by step"));
    plan->click();  // there is a plan now: step by step
    CHECK(steps.size() == 1);
}

TEST_CASE("Setback panel: a reflection being written stays through a change elsewhere, a pause and a lock",
          "[setback][gui][session]") {
    PanelProfile p;
    auto panel = p.open();
    panel->showReflection();
    auto* before = panel->reflectionEditor()->field(ReflectionEditor::Question::Before);
    before->setFocus();
    keys(u"A hard call with work"_s);
    p.session->setbacks().save(earlier(u"an older one"_s));  // written elsewhere
    QTest::qWait(50);
    CHECK(before->toPlainText() == u"A hard call with work"_s);
    CHECK(panel->isShowingReflection());

    const auto ownSaved = [&] {
        for (const SetbackReflection& r : p.session->setbacks().all())
            if (r.before.startsWith(u"A hard call"_s)) return r.before;
        return QString();
    };
    CHECK(QTest::qWaitFor([&] { return ownSaved() == u"A hard call with work"_s; }, SetbackPanel::kPauseMs + 3000));
    keys(u" on Friday"_s);
    QTest::qWait(50);
    CHECK(before->toPlainText() == u"A hard call with work on Friday"_s);
    CHECK(before->textCursor().atEnd());

    p.session->close();
    panel.reset();
    auto again =
        UnlockedProfile::unlock(p.folder.paths(), SecureBuffer::fromUtf8(std::string_view("a calm test passphrase")));
    QStringList befores;
    for (const SetbackReflection& r : SetbackReflectionStore(again->database()).all()) befores << r.before;
    CHECK(befores.contains(u"A hard call with work on Friday"_s));
    CHECK(befores.size() == 2);  // one row for it, however often it was kept
}
