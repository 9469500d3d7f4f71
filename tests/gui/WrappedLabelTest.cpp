// WrappedLabel remembers its height for a width; it must always answer as a plain wrapped
// QLabel set up the same way would, however the label changes after it was first asked.
#include "gui/common/WrappedLabel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QVBoxLayout>
#include <QWidget>

#include <functional>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QString kLong =
    u"Whatever you are feeling right now, it will change. You can take it one small step at a "
    u"time, and you do not have to do any of it alone."_s;

// Both labels side by side in one window, so they get the same style and fonts.
struct Pair {
    QWidget window;
    WrappedLabel* remembering = new WrappedLabel(kLong);
    QLabel* plain = new QLabel(kLong);

    Pair() {
        plain->setWordWrap(true);
        auto* column = new QVBoxLayout(&window);
        column->addWidget(remembering);
        column->addWidget(plain);
        window.ensurePolished();
    }
    void both(const std::function<void(QLabel*)>& change) {
        change(remembering);
        change(plain);
    }
    // A few widths, each asked twice: after a change the first answers would come from
    // what the label remembered before it, were the change missed.
    void sameAnswers(const char* after, int from = 60, int to = 900, int step = 140) {
        INFO(after);
        for (int round = 0; round < 2; ++round)
            for (int width = from; width <= to; width += step) {
                INFO("width " << width);
                REQUIRE(remembering->heightForWidth(width) == plain->heightForWidth(width));
            }
    }
};

}  // namespace

TEST_CASE("A wrapped label's remembered height follows every change to it", "[wrapped-label]") {
    Pair pair;
    CHECK(pair.remembering->wordWrap());
    pair.sameAnswers("as made");
    REQUIRE(pair.remembering->heightForWidth(200) > pair.remembering->heightForWidth(800));
    // More widths than it remembers at once: the oldest are forgotten, never mixed up.
    pair.sameAnswers("many widths", 40, 900, 45);
    pair.sameAnswers("as made, again");

    pair.both([](QLabel* l) { l->setText(kLong + u' ' + kLong); });
    pair.sameAnswers("longer text");
    pair.both([](QLabel* l) { l->setText(u"Short."_s); });
    pair.sameAnswers("short text");
    pair.both([](QLabel* l) { l->setText(kLong); });
    pair.sameAnswers("text as it was");

    // One change at a time: each must be seen on its own.
    pair.both([](QLabel* l) {
        QFont bigger = l->font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        l->setFont(bigger);
    });
    pair.sameAnswers("font twice as big");
    pair.both([](QLabel* l) { l->setMargin(17); });
    pair.sameAnswers("margin");
    pair.both([](QLabel* l) { l->setIndent(40); });
    pair.sameAnswers("indent");
    pair.both([](QLabel* l) { l->setContentsMargins(30, 5, 60, 9); });
    pair.sameAnswers("contents margins");
    pair.both([](QLabel* l) { l->setFrameStyle(QFrame::Box | QFrame::Plain); });
    pair.sameAnswers("frame");
    pair.both([](QLabel* l) { l->setLineWidth(6); });
    pair.sameAnswers("thicker frame");
    pair.both([](QLabel* l) { l->setAlignment(Qt::AlignCenter); });
    pair.sameAnswers("centred");
    pair.both([](QLabel* l) { l->setText(u"<h1>A heading</h1><p>"_s + kLong + u"</p>"_s); });
    pair.sameAnswers("marked-up text, taken as rich text");
    pair.both([](QLabel* l) { l->setTextFormat(Qt::PlainText); });
    pair.sameAnswers("the same, shown as plain text, marks and all");
    pair.both([](QLabel* l) { l->setWordWrap(false); });
    pair.sameAnswers("no wrapping");
}

TEST_CASE("A wrapped label's remembered height follows its style sheet", "[wrapped-label]") {
    Pair pair;
    pair.sameAnswers("as made");
    // As the crisis screen and the text size setting do: the style, not the widget, sets the font.
    pair.window.setStyleSheet(u"QLabel { font-size: 26pt; padding: 12px 30px; border: 4px solid gray; }"_s);
    pair.window.ensurePolished();
    pair.both([](QLabel* l) { l->ensurePolished(); });
    pair.sameAnswers("style sheet: bigger font, padding and border");
    pair.window.setStyleSheet(QString());
    pair.both([](QLabel* l) { l->ensurePolished(); });
    pair.sameAnswers("style sheet taken away");
}
