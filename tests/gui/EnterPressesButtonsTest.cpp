// Enter presses a focused button, in a window as in a dialog, once.
#include "gui/common/EnterPressesButtons.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace mooring;
using namespace Qt::StringLiterals;

TEST_CASE("Enter presses the focused button, as Space does, and only once", "[gui][enter]") {
    EnterPressesButtons::install();
    EnterPressesButtons::install();  // idempotent

    SECTION("a button in a window (not a dialog), as on the help screen") {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* field = new QLineEdit;
        auto* fiveMinutes = new QPushButton(u"5 minutes"_s);
        layout->addWidget(field);
        layout->addWidget(fiveMinutes);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QSignalSpy clicked(fiveMinutes, &QPushButton::clicked);
        fiveMinutes->setFocus();
        QTest::keyClick(fiveMinutes, Qt::Key_Return);
        QTest::keyClick(fiveMinutes, Qt::Key_Enter, Qt::KeypadModifier);
        QTest::keyClick(fiveMinutes, Qt::Key_Space);
        CHECK(QTest::qWaitFor([&] { return clicked.count() == 3; }, 2000));  // animateClick takes a moment
        CHECK(clicked.count() == 3);
        // Enter in a field is the field's (or the page's default button's), not this button's.
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Return);
        QTest::qWait(300);
        CHECK(clicked.count() == 3);
        // With a modifier it is not a press.
        fiveMinutes->setFocus();
        QTest::keyClick(fiveMinutes, Qt::Key_Return, Qt::ControlModifier);
        QTest::qWait(300);
        CHECK(clicked.count() == 3);
    }
    SECTION("a focused button in a dialog is pressed once, not the default button") {
        QDialog dialog;
        auto* layout = new QVBoxLayout(&dialog);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        layout->addWidget(buttons);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
        QSignalSpy cancelled(cancel, &QPushButton::clicked);
        QSignalSpy accepted(buttons->button(QDialogButtonBox::Ok), &QPushButton::clicked);
        cancel->setFocus();
        QTest::keyClick(cancel, Qt::Key_Return);
        CHECK(QTest::qWaitFor([&] { return cancelled.count() == 1; }, 2000));
        QTest::qWait(300);
        CHECK(cancelled.count() == 1);
        CHECK(accepted.count() == 0);
    }
}
