// A screen's column keeps the control in use in view when its content changes size, as it
// does when the text size is changed from settings at the bottom of a long page.
#include "gui/common/ReadingColumn.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

using namespace mooring;

namespace {

bool inView(const ReadingColumn& column, const QWidget* widget) {
    const QRect where(widget->mapTo(column.viewport(), QPoint(0, 0)), widget->size());
    return column.viewport()->rect().contains(where);
}

}  // namespace

TEST_CASE("Reading column: the focused control stays in view when the content grows", "[readingcolumn][keyboard]") {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    for (int i = 0; i < 30; ++i) layout->addWidget(new QLabel(QStringLiteral("A line of the page, number %1.").arg(i)));
    auto* field = new QLineEdit;
    layout->addWidget(field);
    for (int i = 0; i < 5; ++i) layout->addWidget(new QLabel(QStringLiteral("More below.")));
    ReadingColumn column(content);
    column.resize(500, 300);
    column.show();
    column.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&column));
    field->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return field->hasFocus(); }));
    REQUIRE(QTest::qWaitFor([&] { return inView(column, field); }));

    // Twice the text size: everything above the field grows, the offset alone would leave
    // the field about twice as far down, below the view.
    QFont larger = column.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    column.setFont(larger);
    REQUIRE(QTest::qWaitFor([&] { return column.verticalScrollBar()->maximum() > 0; }));
    QTest::qWait(200);  // every layout pass the larger font causes
    CHECK(inView(column, field));
}
