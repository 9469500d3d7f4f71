// The mouse wheel over a combo box, spin box or slider that has no keyboard focus scrolls
// the page and changes nothing; with focus it changes the value as it always did.
#include "gui/common/WheelNeedsFocus.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

// One notch down, as a mouse wheel sends it, delivered the way the window system does.
void wheelDown(QWidget* over) {
    const QPointF local(over->width() / 2.0, over->height() / 2.0);
    QWheelEvent event(local, over->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(over, &event);
}

struct Page {
    Page() {
        auto* content = new QWidget;
        auto* layout = new QVBoxLayout(content);
        layout->addSpacing(400);
        combo = new QComboBox;
        combo->addItems({u"United Kingdom"_s, u"Ireland"_s, u"Germany"_s});
        spin = new QSpinBox;
        spin->setRange(1, 60);
        spin->setValue(5);
        slider = new QSlider(Qt::Horizontal);
        slider->setRange(0, 10);
        slider->setValue(4);
        for (QWidget* w : {static_cast<QWidget*>(combo), static_cast<QWidget*>(spin), static_cast<QWidget*>(slider)})
            layout->addWidget(w);
        layout->addSpacing(900);
        other = new QComboBox;  // somewhere to put the focus
        layout->addWidget(other);
        area.setWidget(content);
        area.resize(300, 300);
        area.show();
        REQUIRE(QTest::qWaitForWindowExposed(&area));
        area.verticalScrollBar()->setValue(300);
    }
    QScrollArea area;
    QComboBox* combo;
    QSpinBox* spin;
    QSlider* slider;
    QComboBox* other;
};

}  // namespace

TEST_CASE("The wheel changes a combo box, spin box or slider only while it has the focus", "[gui][wheel]") {
    WheelNeedsFocus::install();
    WheelNeedsFocus::install();  // idempotent
    Page page;
    page.other->setFocus();
    QApplication::processEvents();

    // No focus: nothing changes, and the page scrolls instead.
    int scrolled = page.area.verticalScrollBar()->value();
    wheelDown(page.combo);
    CHECK(page.combo->currentIndex() == 0);
    CHECK(page.area.verticalScrollBar()->value() > scrolled);
    scrolled = page.area.verticalScrollBar()->value();
    wheelDown(page.spin);
    wheelDown(page.spin->findChild<QLineEdit*>());  // its text field, where the pointer usually is
    CHECK(page.spin->value() == 5);
    CHECK(page.area.verticalScrollBar()->value() > scrolled);
    wheelDown(page.slider);
    CHECK(page.slider->value() == 4);
    // The wheel does not give them the focus either.
    CHECK_FALSE(page.combo->hasFocus());
    CHECK((page.combo->focusPolicy() & Qt::WheelFocus) != Qt::WheelFocus);
    CHECK(page.combo->focusPolicy() == Qt::StrongFocus);

    // With the focus, the wheel is a way to choose, as before.
    page.combo->setFocus();
    QApplication::processEvents();
    wheelDown(page.combo);
    CHECK(page.combo->currentIndex() == 1);
    page.spin->setFocus();
    QApplication::processEvents();
    wheelDown(page.spin);
    CHECK(page.spin->value() == 4);

    // A scroll bar is not a value control: it scrolls without the focus.
    page.other->setFocus();
    QApplication::processEvents();
    const int before = page.area.verticalScrollBar()->value();
    wheelDown(page.area.verticalScrollBar());
    CHECK(page.area.verticalScrollBar()->value() > before);
    CHECK(WheelNeedsFocus::valueControlOf(page.area.verticalScrollBar()) == nullptr);
    CHECK(WheelNeedsFocus::valueControlOf(page.spin->findChild<QLineEdit*>()) == page.spin);
}
