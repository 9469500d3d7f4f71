// Small parts of what a screen reader meets outside the help screen: where the focus lands
// when a whole screen is focused (and that Tab still reaches every control afterwards), the
// recovery code that shows on screen yet gives only bullets to the bus, the plan's field that
// carries its section's question, words said when nothing takes the focus, and a toolbox
// button whose tool tip says what its name says. tests/atspi/focus_walk.py walks the real
// screens on the AT-SPI bus.
#include "domain/CopingStrategy.h"
#include "domain/SafetyPlan.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/LiveNotice.h"
#include "gui/common/SecretsOffTheBus.h"
#include "gui/plan/SectionEditor.h"
#include "gui/toolbox/ToolboxActions.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

// Every widget that is given the focus, in turn (each is what a screen reader would name).
class FocusLog : public QObject {
public:
    FocusLog() { qApp->installEventFilter(this); }
    ~FocusLog() override { qApp->removeEventFilter(this); }
    std::vector<QObject*> focused;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::FocusIn && watched->isWidgetType()) focused.push_back(watched);
        return false;
    }
};

// A screen of three fields whose landing is the second: the first comes before it in Tab order.
struct Screen {
    QWidget window;
    QWidget* screen = new QWidget(&window);
    QLineEdit* first = new QLineEdit(screen);
    QLineEdit* landing = new QLineEdit(screen);
    QPushButton* last = new QPushButton(u"Last"_s, screen);
    QPushButton* outside = new QPushButton(u"Outside"_s, &window);

    Screen() {
        auto* inner = new QVBoxLayout(screen);
        for (QWidget* w : std::initializer_list<QWidget*>{first, landing, last}) inner->addWidget(w);
        auto* outer = new QVBoxLayout(&window);
        outer->addWidget(screen);
        outer->addWidget(outside);
        FocusLanding::install(screen, [this] { return landing; });
        screen->hide();
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

}  // namespace

TEST_CASE("A screen given the focus hands it straight to its landing", "[gui][screenreader]") {
    Screen s;
    {
        FocusLog log;
        s.screen->show();
        s.screen->setFocus();
        CHECK(log.focused == std::vector<QObject*>{s.landing});  // straight there, never the bare container
    }
    CHECK(QApplication::focusWidget() == s.landing);

    SECTION("and later, when it is focused again while shown") {
        QCoreApplication::processEvents();  // the landing is over
        s.outside->setFocus();
        s.screen->setFocus();
        CHECK(QApplication::focusWidget() == s.landing);
    }
}

TEST_CASE("After the landing, Tab and Shift+Tab reach every control of the screen", "[gui][screenreader]") {
    Screen s;
    s.screen->show();
    s.screen->setFocus();
    QCoreApplication::processEvents();  // the landing is over
    std::vector<QWidget*> forward{QApplication::focusWidget()};
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        forward.push_back(QApplication::focusWidget());
    }
    // landing, last, outside, then round to first: the control before the landing is not skipped.
    CHECK(forward == std::vector<QWidget*>{s.landing, s.last, s.outside, s.first, s.landing});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    CHECK(QApplication::focusWidget() == s.first);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    CHECK(QApplication::focusWidget() == s.outside);
}

TEST_CASE("A recovery code field shows the code but gives the bus only bullets", "[gui][screenreader]") {
    QLineEdit field;
    field.setAccessibleName(u"Recovery code"_s);
    REQUIRE(QAccessible::queryAccessibleInterface(&field) != nullptr);  // Qt's own, made already
    SecretsOffTheBus::markSecret(field);
    field.setText(u"ABCD-EFGH"_s);
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(&field);
    REQUIRE(face != nullptr);
    CHECK(face->state().passwordEdit);
    const QString value = face->text(QAccessible::Value);
    REQUIRE(value.size() == 9);
    CHECK(value == QString(9, value.at(0)));  // one bullet (the style's own) for each character
    CHECK_FALSE(value.at(0).isLetterOrNumber());
    REQUIRE(face->textInterface() != nullptr);
    CHECK(face->textInterface()->characterCount() == 9);
    CHECK(face->textInterface()->text(0, 9) == value);
    CHECK(face->textInterface()->text(2, 5) == value.left(3));

    QLineEdit plain;
    plain.setText(u"ABCD"_s);
    QAccessibleInterface* plainFace = QAccessible::queryAccessibleInterface(&plain);
    REQUIRE(plainFace->textInterface() != nullptr);
    CHECK(plainFace->textInterface()->text(0, 4) == u"ABCD"_s);  // other fields are untouched
}

TEST_CASE("The plan's new item field carries its section's question and examples", "[gui][screenreader]") {
    SectionEditor editor;
    editor.setSection(PlanSection::WarningSigns, {});
    const QString description = editor.newItemField()->accessibleDescription();
    CHECK(description.contains(planSections::title(PlanSection::WarningSigns)));
    CHECK(description.contains(planSections::prompt(PlanSection::WarningSigns)));
    CHECK(description.contains(planSections::examples(PlanSection::WarningSigns).constFirst()));
    editor.setSection(PlanSection::InternalCoping, {});
    CHECK(editor.newItemField()->accessibleDescription().contains(planSections::prompt(PlanSection::InternalCoping)));
}

TEST_CASE("A live notice appears on the bus as a notification with its words", "[gui][screenreader]") {
    QWidget window;
    auto* notice = new LiveNotice(&window);
    window.show();
    notice->say(u"30 November to 6 December"_s);
    // (Qt hands the show event on only while a screen reader listens: focus_walk.py hears it.)
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(notice);
    REQUIRE(face != nullptr);
    CHECK(face->role() == QAccessible::Notification);
    CHECK(face->text(QAccessible::Name) == u"30 November to 6 December"_s);
    CHECK(notice->isVisible());
    CHECK(notice->focusPolicy() == Qt::NoFocus);
}

TEST_CASE("A live notice keeps quiet while hidden and speaks once shown", "[gui][screenreader]") {
    QWidget window;
    auto* notice = new LiveNotice(&window);
    QSignalSpy announced(notice, &LiveNotice::announced);
    notice->say(u"Step 2 of 5"_s);
    CHECK(announced.isEmpty());                     // a hidden panel's changes are nobody's news
    CHECK(notice->lastSaid() == u"Step 2 of 5"_s);  // yet its words are ready for when it shows
    window.show();
    notice->say(u"Step 2 of 5"_s);
    notice->say(u"Step 2 of 5"_s);  // the same words twice are heard twice
    CHECK(announced.size() == 2);
}

TEST_CASE("A toolbox button's tool tip says what its name says", "[gui][screenreader]") {
    ToolboxActions actions;
    QUndoStack undo;
    CopingStrategy idea;
    idea.id = u"idea"_s;
    idea.title = u"Cold water"_s;
    idea.favourite = true;
    actions.update(idea, false, false, true, undo);
    QPushButton* favourite = actions.button(ToolboxActions::Action::Favourite);
    CHECK(favourite->accessibleName() == u"Remove from favourites"_s);
    CHECK(favourite->toolTip().startsWith(u"Remove from favourites"_s));
    idea.favourite = false;
    actions.update(idea, false, false, true, undo);
    CHECK(favourite->toolTip().startsWith(u"Add to favourites"_s));
}
