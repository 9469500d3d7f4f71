#include "gui/common/Appearance.h"
#include "storage/ProfileSettings.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

using namespace mooring;

namespace {

// The line edit a box draws its text in: it must sit wholly inside the box.
void checkTextFitsInside(QWidget* box) {
    auto* line = box->findChild<QLineEdit*>();
    REQUIRE(line != nullptr);
    CHECK(line->minimumHeight() == 0);
    CHECK(line->geometry().top() >= 0);
    CHECK(line->geometry().bottom() < box->height());
    CHECK(line->height() >= QFontMetrics(line->font()).height());
}

}  // namespace

TEST_CASE("At 200 % text, date and spin boxes grow as a whole and their text is not cut off", "[appearance]") {
    Appearance::apply(200, ProfileSettings::Theme::Light);
    {
        QWidget window;
        auto* date = new QDateEdit(&window);
        date->setCalendarPopup(true);
        auto* spin = new QSpinBox(&window);
        auto* combo = new QComboBox(&window);
        combo->setEditable(true);
        auto* field = new QLineEdit(&window);
        auto* column = new QVBoxLayout(&window);
        for (QWidget* w : {static_cast<QWidget*>(date), static_cast<QWidget*>(spin), static_cast<QWidget*>(combo),
                           static_cast<QWidget*>(field)})
            column->addWidget(w);
        Appearance::makeLargeTargets(&window);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        const int tall = int(QFontMetrics(date->font()).height() * 1.7);
        for (QWidget* w : {static_cast<QWidget*>(date), static_cast<QWidget*>(spin), static_cast<QWidget*>(combo),
                           static_cast<QWidget*>(field)})
            CHECK(w->height() >= tall);
        checkTextFitsInside(date);
        checkTextFitsInside(spin);
        checkTextFitsInside(combo);
    }
    Appearance::apply(100, ProfileSettings::Theme::Light);
}
