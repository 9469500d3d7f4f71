// "Your days" in My week: the diary card fills from the session's check-ins, is a real
// table for screen readers, lets the person choose its rows (kept in the encrypted
// profile), and fits the window at its default size and at 200 % text.
#include "JournalGuiSupport.h"

#include "gui/common/Appearance.h"
#include "gui/common/ReadingColumn.h"
#include "gui/review/DiaryCard.h"
#include "gui/review/ReviewScreen.h"
#include "storage/ProfileSettings.h"

#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

struct EnglishWeek : JournalProfile {
    QLocale saved;
    Week week;
    EnglishWeek() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));         // Monday first
        clock = QDateTime(QDate(2026, 11, 22), QTime(18, 0), Qt::OffsetFromUTC, 3600);  // a Sunday
        week = Week::containing(clock.date(), Qt::Monday);
    }
    ~EnglishWeek() { QLocale::setDefault(saved); }

    void checkIn(int day, int overall, std::optional<int> urge, QStringList feelings = {}, SelfCare care = {}) {
        CheckIn c;
        c.day = week.start().addDays(day);
        c.overall = overall;
        c.urge = urge;
        c.feelings = std::move(feelings);
        c.helped = {{{}, u"Tea on the balcony"_s}};
        c.selfCare = care;
        session->checkIns().save(c);
    }
};

std::unique_ptr<ReviewScreen> openReview(EnglishWeek& p, QSize size = QSize(960, 760)) {
    auto screen = std::make_unique<ReviewScreen>(*p.session);
    screen->resize(size);
    screen->show();
    QApplication::setActiveWindow(screen.get());
    REQUIRE(QTest::qWaitForWindowActive(screen.get()));
    return screen;
}

QTableWidget* cardTable(QWidget* screen) { return find<QTableWidget>(screen, u"diaryCardTable"_s); }

int rowNamed(QTableWidget* table, const QString& name) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->verticalHeaderItem(r) && table->verticalHeaderItem(r)->text() == name) return r;
    return -1;
}

}  // namespace

TEST_CASE("My week shows the check-ins on a diary card and reads them again when they change",
          "[review][checkins][gui]") {
    EnglishWeek p;
    auto screen = openReview(p);
    QTableWidget* table = cardTable(screen.get());
    auto* sentence = find<QLabel>(screen.get(), u"reviewDaysSentence"_s);
    CHECK(sentence->text() == u"There are no check-ins for this week."_s);
    CHECK_FALSE(table->isVisible());

    SelfCare care;
    care.sleepHours = 8;
    care.moved = true;
    p.checkIn(1, 6, 2, {u"calm"_s}, care);  // Tuesday, saved elsewhere: the screen hears it
    p.checkIn(3, 3, std::nullopt);          // Thursday, the urge not said
    REQUIRE(QTest::qWaitFor([&] { return screen->data().checkIns.daysCheckedIn == 2; }, 2000));
    CHECK(sentence->text().startsWith(u"You checked in on 2 days this week."_s));
    CHECK(sentence->text().contains(u"Tea on the balcony (2 days)"_s));
    REQUIRE(table->isVisible());
    REQUIRE(table->columnCount() == 7);
    CHECK(table->horizontalHeaderItem(0)->text() == u"Mon"_s);
    CHECK(table->horizontalHeaderItem(6)->text() == u"Sun"_s);
    const int overall = rowNamed(table, u"How today was"_s);
    const int urge = rowNamed(table, u"Urges"_s);
    REQUIRE(overall >= 0);
    REQUIRE(urge >= 0);
    CHECK(table->item(overall, 1)->text() == u"6"_s);
    CHECK(table->item(overall, 3)->text() == u"3"_s);
    CHECK(table->item(overall, 0)->text().isEmpty());  // Monday: no check-in, a blank cell
    CHECK(table->item(urge, 3)->text().isEmpty());     // not said: blank, never 0
    CHECK(table->item(rowNamed(table, u"Feeling: calm"_s), 1)->text() == u"\u2713"_s);
    CHECK(table->item(rowNamed(table, u"Hours of sleep"_s), 1)->text() == u"8"_s);
    CHECK(table->item(rowNamed(table, u"Moved my body"_s), 1)->text() == u"yes"_s);

    // A screen reader hears the table, each cell's words, its row and its day.
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(table);
    REQUIRE(a);
    CHECK(a->role() == QAccessible::Table);
    CHECK(a->text(QAccessible::Name) == u"Diary card"_s);
    QAccessibleTableInterface* t = a->tableInterface();
    REQUIRE(t);
    CHECK(t->columnCount() == 7);
    CHECK(t->columnDescription(1) == u"Tue"_s);
    CHECK(t->rowDescription(overall) == u"How today was"_s);
    QAccessibleInterface* cell = t->cellAt(overall, 1);
    REQUIRE(cell);
    CHECK(cell->text(QAccessible::Name) == u"6 out of 10"_s);
    QAccessibleTableCellInterface* c = cell->tableCellInterface();
    REQUIRE(c);
    // Qt 6.4 makes a new header cell at each call and registers none of them, so nothing
    // frees them (LeakSanitizer found them): each list is asked for once, and its cells go
    // through Qt's own registry to be deleted.
    const QList<QAccessibleInterface*> day = c->columnHeaderCells();
    const QList<QAccessibleInterface*> row = c->rowHeaderCells();
    CHECK(day.size() == 1);
    CHECK(row.size() == 1);
    if (day.size() == 1) CHECK(day.constFirst()->text(QAccessible::Name) == u"Tue"_s);
    if (row.size() == 1) CHECK(row.constFirst()->text(QAccessible::Name) == u"How today was"_s);
    for (QAccessibleInterface* header : day + row)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(header));
    CHECK(t->cellAt(overall, 0)->text(QAccessible::Name).isEmpty());

    // Removing a check-in elsewhere: the card follows.
    p.session->checkIns().remove(p.week.start().addDays(3));
    REQUIRE(QTest::qWaitFor([&] { return screen->data().checkIns.daysCheckedIn == 1; }, 2000));
    CHECK(cardTable(screen.get())->item(rowNamed(cardTable(screen.get()), u"How today was"_s), 3)->text().isEmpty());
}

TEST_CASE("The person chooses the diary card's rows by keyboard; the choice is kept in the profile",
          "[review][checkins][gui]") {
    EnglishWeek p;
    SelfCare care;
    care.medication = true;
    p.checkIn(0, 5, 4, {}, care);
    auto screen = openReview(p);
    QTableWidget* table = cardTable(screen.get());
    REQUIRE(rowNamed(table, u"Medication as prescribed"_s) >= 0);

    auto* choose = find<QPushButton>(screen.get(), u"diaryCardChoose"_s);
    choose->setFocus();
    QTest::keyClick(choose, Qt::Key_Space);
    QMenu* menu = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        return menu != nullptr;
    }));
    // Down to "Medication as prescribed" (the seventh) and Enter turns it off.
    for (int i = 0; i < 7; ++i) QTest::keyClick(menu, Qt::Key_Down);
    REQUIRE(menu->activeAction());
    CHECK(menu->activeAction()->text() == u"Medication as prescribed"_s);
    QTest::keyClick(menu, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return rowNamed(cardTable(screen.get()), u"Medication as prescribed"_s) < 0; }));
    CHECK(rowNamed(cardTable(screen.get()), u"How today was"_s) >= 0);
    DiaryRows expected;
    expected.medication = false;
    CHECK(p.session->checkInPreferences().diaryRows() == expected);

    // Another screen over the same profile starts with the same choice.
    screen.reset();
    auto again = openReview(p);
    CHECK(rowNamed(cardTable(again.get()), u"Medication as prescribed"_s) < 0);
    CHECK(rowNamed(cardTable(again.get()), u"Urges"_s) >= 0);
}

TEST_CASE("The diary card fits the default window and at 200 % text the page never scrolls sideways",
          "[review][checkins][gui]") {
    EnglishWeek p;
    for (int d = 0; d < 7; ++d) {
        SelfCare care;
        care.sleepHours = 6.5 + d * 0.5;
        care.ate = d % 2 == 0;
        care.medication = true;
        care.moved = d % 3 == 0;
        p.checkIn(d, 4 + d % 4, d % 5, {u"calm"_s, u"a little overwhelmed"_s}, care);
    }
    struct Scale {
        explicit Scale(int percent) { Appearance::apply(percent, ProfileSettings::Theme::Light); }
        ~Scale() { Appearance::apply(100, ProfileSettings::Theme::System); }
    };
    for (const int percent : {100, 200}) {
        INFO(percent << " %");
        Scale scale(percent);
        auto screen = openReview(p);
        QTest::qWait(50);
        auto* column = find<ReadingColumn>(screen.get(), u"reviewColumn"_s);
        QTableWidget* table = cardTable(screen.get());
        REQUIRE(table->isVisible());
        // Nothing on the screen (the week's buttons above the card) makes it wider than the window.
        CHECK(screen->minimumSizeHint().width() <= 960);
        CHECK(screen->width() == 960);
        // The whole card lies inside the page's width; the page has no sideways scrolling.
        const QPoint right = table->mapTo(column->viewport(), QPoint(table->width(), 0));
        CHECK(right.x() <= column->viewport()->width());
        CHECK(column->content()->width() <= column->viewport()->width());
        CHECK(column->horizontalScrollBar()->maximum() == 0);
        // Every row is shown at full height: no scrolling up and down inside the card.
        CHECK(table->verticalScrollBar()->maximum() == 0);
        CHECK(table->height() >= table->horizontalHeader()->height() + table->verticalHeader()->length());
        if (percent == 100) CHECK(table->horizontalScrollBar()->maximum() == 0);  // all seven days at once
    }
}
