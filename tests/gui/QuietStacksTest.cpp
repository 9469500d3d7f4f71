// A stack of screens or pages is a plain panel to a screen reader, not a nameless "layered
// pane" that Orca announced on every change of screen; its pages are still its children.
// tests/atspi/focus_walk.py checks the same on the real AT-SPI bus.
#include "gui/common/QuietStacks.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>

using namespace mooring;

namespace {

QAccessible::Role roleOf(QWidget* widget) {
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    REQUIRE(face);
    return face->role();
}

}  // namespace

TEST_CASE("A stacked widget is a plain panel to a screen reader", "[a11y][stack]") {
    QuietStacks::install();
    QuietStacks::install();  // idempotent

    QStackedWidget stack;
    auto* first = new QLabel(QStringLiteral("first page"), &stack);
    auto* second = new QLabel(QStringLiteral("second page"), &stack);
    stack.addWidget(first);
    stack.addWidget(second);
    stack.setCurrentWidget(second);
    CHECK(roleOf(&stack) == QAccessible::Pane);
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(&stack);
    REQUIRE(face->childCount() == 2);
    CHECK(face->indexOfChild(QAccessible::queryAccessibleInterface(second)) >= 0);

    SECTION("also the stack inside a tab widget") {
        QTabWidget tabs;
        tabs.addTab(new QLabel(QStringLiteral("a")), QStringLiteral("A"));
        auto* inner = tabs.findChild<QStackedWidget*>();
        REQUIRE(inner);
        CHECK(roleOf(inner) == QAccessible::Pane);
    }
    SECTION("other widgets keep their own role") {
        QLabel label(QStringLiteral("words"));
        CHECK(roleOf(&label) == QAccessible::StaticText);
    }
}
