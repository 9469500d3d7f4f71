// The journal form stays still under the pointer while someone fills it in: choosing the
// urge, adding a feeling, a trigger or something tried must not move the fields around it,
// or the next click lands on the wrong thing.
#include "JournalGuiSupport.h"

#include "gui/journal/JournalScreen.h"
#include "gui/journal/TriedField.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>

#include <map>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

// Where each widget is in its window, so a scroll or a re-layout would show.
using Places = std::map<QString, QRect>;

QRect placeOf(const QWidget* widget) { return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size()); }

Places placesOf(const QList<QWidget*>& widgets) {
    Places places;
    for (const QWidget* w : widgets) places[w->objectName()] = placeOf(w);
    return places;
}

void settle() {
    // Layout requests are posted events; let them (and any zero timers) run.
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
}

QList<QWidget*> feelingsAndBelow(QWidget* root) {
    QList<QWidget*> widgets;
    for (QCheckBox* box : find<QWidget>(root, u"entryFeelings"_s)->findChildren<QCheckBox*>()) widgets << box;
    widgets << find<QWidget>(root, u"feelingInput"_s) << find<QWidget>(root, u"triggerInput"_s)
            << find<QWidget>(root, u"triedInput"_s) << find<QWidget>(root, u"triedShowIdeas"_s)
            << find<QWidget>(root, u"triedAdd"_s) << find<QWidget>(root, u"outcomePassed"_s);
    return widgets;
}

void showDifferences(const Places& before, const Places& after) {
    for (const auto& [name, rect] : before) {
        INFO(name.toStdString() << " was at y " << rect.y() << ", now at y " << after.at(name).y());
        CHECK(after.at(name) == rect);
    }
}

}  // namespace

// A new entry in the journal, with the focus in the form. The window is tall enough for the
// whole form, so a click reaches every field without scrolling.
static std::unique_ptr<JournalScreen> newEntry(JournalProfile& p) {
    auto screen = openJournal(p, QSize(1000, 1500));
    key(Qt::Key_N, Qt::ControlModifier);
    REQUIRE(screen->isEditing());
    settle();
    return screen;
}

TEST_CASE("Journal form: choosing the urge by click moves none of the feelings or buttons below",
          "[journal][gui][still]") {
    JournalProfile p;
    auto screen = newEntry(p);
    auto* slider = find<QSlider>(screen.get(), u"urgeSlider"_s);
    auto* spin = find<QSpinBox>(screen.get(), u"urgeSpin"_s);
    REQUIRE(spin->value() == -1);  // not chosen yet
    const Places before = placesOf(feelingsAndBelow(screen.get()));
    REQUIRE(before.size() > 12);

    // Pressed on the slider's handle and let go further along, as a person sets it by mouse.
    const QPoint handle(4, slider->height() / 2);
    const QPoint along(slider->width() * 3 / 4, slider->height() / 2);
    QTest::mousePress(slider, Qt::LeftButton, {}, handle);
    QTest::mouseMove(slider, along);
    QTest::mouseRelease(slider, Qt::LeftButton, {}, along);
    settle();
    REQUIRE(spin->value() >= 0);  // the click chose a strength
    showDifferences(before, placesOf(feelingsAndBelow(screen.get())));
}

TEST_CASE("Journal form: adding a trigger by typing and Enter leaves the next field where it was",
          "[journal][gui][still]") {
    JournalProfile p;
    auto screen = newEntry(p);
    auto* input = find<QLineEdit>(screen.get(), u"triggerInput"_s);
    QTest::mouseClick(input, Qt::LeftButton, {}, QPoint(20, input->height() / 2));
    settle();
    REQUIRE(focusName() == u"triggerInput"_s);
    const QList<QWidget*> below{
        find<QWidget>(screen.get(), u"triedInput"_s), find<QWidget>(screen.get(), u"triedShowIdeas"_s),
        find<QWidget>(screen.get(), u"triedAdd"_s), find<QWidget>(screen.get(), u"outcomePassed"_s)};
    const Places before = placesOf(below);

    keys(u"argument"_s);
    key(Qt::Key_Return);
    settle();
    auto* chip = find<QToolButton>(screen.get(), u"tag_argument"_s);
    CHECK(chip->isVisible());
    CHECK(input->text().isEmpty());
    showDifferences(before, placesOf(below));

    SECTION("many more tags wrap and scroll inside the field; it grows only once the focus moves on") {
        const QStringList more{u"late at night"_s,    u"a long day at work"_s, u"a message from an old friend"_s,
                               u"feeling left out"_s, u"the anniversary"_s,    u"too little sleep"_s,
                               u"a crowded bus"_s,    u"an empty flat"_s};
        for (const QString& tag : more) {
            keys(tag);
            key(Qt::Key_Return);
            settle();
            showDifferences(before, placesOf(below));
        }
        auto* area = find<QScrollArea>(screen.get(), u"triggerInputTags"_s);
        auto* last = find<QToolButton>(screen.get(), u"tag_an empty flat"_s);
        // The newest tag is in view even though the field kept its height.
        CHECK(area->viewport()->rect().contains(QRect(last->mapTo(area->viewport(), QPoint(0, 0)), last->size())));

        // Clicking into the field below takes the focus; only after the click does the form grow.
        auto* tried = find<QLineEdit>(screen.get(), u"triedInput"_s);
        QTest::mousePress(tried, Qt::LeftButton, {}, QPoint(20, tried->height() / 2));
        settle();
        REQUIRE(focusName() == u"triedInput"_s);
        showDifferences(before, placesOf(below));
        QTest::mouseRelease(tried, Qt::LeftButton, {}, QPoint(20, tried->height() / 2));
        settle();
        CHECK(placeOf(tried).y() > before.at(u"triedInput"_s).y());
        for (QToolButton* tag : area->widget()->findChildren<QToolButton*>()) {
            INFO(tag->objectName().toStdString());
            CHECK(area->viewport()->rect().contains(QRect(tag->mapTo(area->viewport(), QPoint(0, 0)), tag->size())));
        }
    }
}

TEST_CASE("Journal form: a feeling of one's own, added with Enter, moves nothing below it", "[journal][gui][still]") {
    JournalProfile p;
    auto screen = newEntry(p);
    auto* input = find<QLineEdit>(screen.get(), u"feelingInput"_s);
    QTest::mouseClick(input, Qt::LeftButton, {}, QPoint(20, input->height() / 2));
    settle();
    const QList<QWidget*> widgets = feelingsAndBelow(screen.get());
    const Places before = placesOf(widgets);
    keys(u"restless"_s);
    key(Qt::Key_Return);
    settle();
    auto* added = find<QCheckBox>(screen.get(), u"feeling_restless"_s);
    CHECK(added->isChecked());
    CHECK(added->isVisible());
    showDifferences(before, placesOf(widgets));
}

TEST_CASE("Journal form: clicking Add for something tried leaves the input and its buttons in place",
          "[journal][gui][still]") {
    JournalProfile p;
    auto screen = newEntry(p);
    auto* input = find<QLineEdit>(screen.get(), u"triedInput"_s);
    auto* add = find<QPushButton>(screen.get(), u"triedAdd"_s);
    QTest::mouseClick(input, Qt::LeftButton, {}, QPoint(20, input->height() / 2));
    settle();
    const QList<QWidget*> row{input, add, find<QWidget>(screen.get(), u"triedShowIdeas"_s)};
    const Places before = placesOf(row);
    keys(u"a walk round the block"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    settle();
    CHECK(find<TriedField>(screen.get(), u"entryTried"_s)->rowCount() == 1);
    showDifferences(before, placesOf(row));
}
