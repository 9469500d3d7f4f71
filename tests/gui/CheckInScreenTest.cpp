// The daily check-in page: answered by keyboard alone, saved and changed for the same day,
// the one needed answer asked for kindly, the offer after a strong urge that does nothing
// by itself, and a check-in saved elsewhere showing on the open page.
#include "JournalGuiSupport.h"

#include "gui/checkin/CheckInScreen.h"
#include "gui/checkin/SelfCareFields.h"
#include "gui/common/MessageBanner.h"
#include "gui/journal/FeelingsField.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<CheckInScreen> openCheckIn(JournalProfile& p) {
    auto screen = std::make_unique<CheckInScreen>(*p.session);
    screen->resize(900, 760);
    screen->show();
    QApplication::setActiveWindow(screen.get());
    REQUIRE(QTest::qWaitForWindowActive(screen.get()));
    screen->focusFirstQuestion();
    return screen;
}

QDate today(JournalProfile& p) { return p.clock.date(); }

void pressSave() {
    REQUIRE(tabTo(u"checkInSave"_s));
    key(Qt::Key_Space);
}

CheckIn savedElsewhere(const QDate& day, int overall, const QString& note) {
    CheckIn c;
    c.day = day;
    c.overall = overall;
    c.note = note;
    return c;
}

}  // namespace

TEST_CASE("Check-in: answered by keyboard alone and kept for today", "[checkin][gui]") {
    JournalProfile p;
    auto screen = openCheckIn(p);
    CHECK(focusName() == u"overallSlider"_s);  // the first question
    // Above it, in the order they are shown: the day, and Back.
    key(Qt::Key_Backtab);
    CHECK(focusName() == u"checkInDay"_s);
    for (int i = 0; i < 4 && focusName() == u"checkInDay"_s; ++i)
        key(Qt::Key_Backtab);  // a date's Tab walks its day, month and year first
    CHECK(focusName() == u"checkInBack"_s);
    REQUIRE(tabTo(u"overallSlider"_s, 6));

    for (int i = 0; i < 6; ++i) key(Qt::Key_Right);
    REQUIRE(tabTo(u"checkInUrgeSlider"_s));
    key(Qt::Key_Home);  // 0: none, chosen
    key(Qt::Key_Right);
    key(Qt::Key_Right);

    auto* feelings = find<FeelingsField>(screen.get(), u"checkInFeelings"_s);
    REQUIRE_FALSE(feelings->boxes().isEmpty());
    QCheckBox* firstFeeling = feelings->boxes().first();
    for (int i = 0; i < 40 && focusWidget() != firstFeeling; ++i) key(Qt::Key_Tab);
    REQUIRE(focusWidget() == firstFeeling);
    key(Qt::Key_Space);

    REQUIRE(tabTo(u"helpedInput"_s));
    keys(u"a walk outside"_s);
    key(Qt::Key_Return);
    // The matching ideas offered while typing showed in a popup; the offscreen platform
    // leaves that hidden popup the active window, where a real desktop gives it back.
    QApplication::setActiveWindow(screen.get());
    REQUIRE(tabTo(u"sleepHours"_s));
    keys(u"7"_s);
    REQUIRE(tabTo(u"ateRegularly"_s));
    key(Qt::Key_Down);  // "yes"
    REQUIRE(tabTo(u"checkInNote"_s));
    keys(u"A quiet day."_s);
    key(Qt::Key_Tab);
    CHECK(focusName() == u"checkInSave"_s);  // right after the last field
    key(Qt::Key_Space);

    const std::optional<CheckIn> kept = p.session->checkIns().forDay(today(p));
    REQUIRE(kept.has_value());
    CHECK(kept->overall == 6);
    CHECK(kept->urge == 2);
    CHECK(kept->feelings == QStringList{firstFeeling->text().remove(u'&')});
    REQUIRE(kept->helped.size() == 1);
    CHECK(kept->helped.first().text == u"a walk outside"_s);
    CHECK(kept->selfCare.sleepHours == 7.0);
    CHECK(kept->selfCare.ate == true);
    CHECK_FALSE(kept->selfCare.medication.has_value());
    CHECK_FALSE(kept->selfCare.moved.has_value());
    CHECK(kept->note == u"A quiet day."_s);
    auto* status = find<MessageBanner>(screen.get(), u"checkInStatus"_s);
    CHECK(status->isVisible());
    CHECK(status->text().contains(u"saved"_s));
    CHECK_FALSE(screen->isDirty());

    SECTION("changing the same day replaces its check-in") {
        screen->focusFirstQuestion();
        key(Qt::Key_End);  // 10
        REQUIRE(tabTo(u"checkInNote"_s));
        key(Qt::Key_End);
        keys(u" Later, better."_s);
        pressSave();
        CHECK(p.session->checkIns().count() == 1);
        const std::optional<CheckIn> again = p.session->checkIns().forDay(today(p));
        REQUIRE(again.has_value());
        CHECK(again->id == kept->id);
        CHECK(again->createdAt == kept->createdAt);
        CHECK(again->overall == 10);
        CHECK(again->note == u"A quiet day. Later, better."_s);
        CHECK(again->urge == 2);
    }
}

TEST_CASE("Check-in: without how today is, the page asks for it and keeps nothing", "[checkin][gui]") {
    JournalProfile p;
    auto screen = openCheckIn(p);
    REQUIRE(tabTo(u"checkInNote"_s));
    keys(u"Only words"_s);
    pressSave();

    CHECK(p.session->checkIns().count() == 0);
    auto* problem = find<MessageBanner>(screen.get(), u"checkInProblem%1"_s.arg(int(CheckIn::Field::Overall)));
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"how today is"_s));
    CHECK(focusName() == u"overallSlider"_s);  // back to the question it is about
    CHECK(find<QLineEdit>(screen.get(), u"checkInNote"_s)->text() == u"Only words"_s);
    CHECK_FALSE(find<MessageBanner>(screen.get(), u"checkInStatus"_s)->isVisible());

    // Chosen now, it saves, and the message goes.
    screen->focusFirstQuestion();
    key(Qt::Key_Right);
    key(Qt::Key_S, Qt::ControlModifier);  // as in the journal and the plan
    CHECK(p.session->checkIns().count() == 1);
    CHECK_FALSE(problem->isVisible());
}

TEST_CASE("Check-in: a strong urge offers the journal and help now, and nothing happens by itself", "[checkin][gui]") {
    JournalProfile p;
    auto screen = openCheckIn(p);
    QSignalSpy journal(screen.get(), &CheckInScreen::journalRequested);
    QSignalSpy help(screen.get(), &CheckInScreen::helpRequested);
    QSignalSpy back(screen.get(), &CheckInScreen::backRequested);
    auto* offer = find<QWidget>(screen.get(), u"checkInOffer"_s);

    key(Qt::Key_Right);
    REQUIRE(tabTo(u"checkInUrgeSlider"_s));
    key(Qt::Key_Home);
    for (int i = 0; i < 6; ++i) key(Qt::Key_Right);
    pressSave();
    CHECK(p.session->checkIns().forDay(today(p))->urge == 6);
    CHECK_FALSE(offer->isVisible());

    REQUIRE(tabTo(u"checkInUrgeSlider"_s));
    key(Qt::Key_Right);  // 7
    pressSave();
    CHECK(p.session->checkIns().forDay(today(p))->urge == 7);
    CHECK(offer->isVisible());
    QTest::qWait(50);
    CHECK(journal.isEmpty());
    CHECK(help.isEmpty());
    CHECK(back.isEmpty());
    CHECK(screen->isVisible());

    REQUIRE(tabTo(u"checkInOfferJournal"_s));
    key(Qt::Key_Space);
    CHECK(journal.size() == 1);
    CHECK(help.isEmpty());
    find<QPushButton>(screen.get(), u"checkInOfferHelp"_s)->click();
    CHECK(help.size() == 1);

    // "Leave the urge unanswered" takes it back out.
    REQUIRE(tabTo(u"urgeUnanswered"_s));
    key(Qt::Key_Space);
    pressSave();
    CHECK_FALSE(p.session->checkIns().forDay(today(p))->urge.has_value());
    CHECK_FALSE(offer->isVisible());
}

TEST_CASE("Check-in: one saved elsewhere shows on the open page; answers being given stay", "[checkin][gui][session]") {
    JournalProfile p;
    auto screen = openCheckIn(p);
    auto* overall = find<QSpinBox>(screen.get(), u"overallSpin"_s);
    auto* note = find<QLineEdit>(screen.get(), u"checkInNote"_s);
    REQUIRE(overall->value() < 0);  // nothing chosen beforehand

    p.session->checkIns().save(savedElsewhere(today(p), 4, u"From the command line"_s));
    CHECK(QTest::qWaitFor([&] { return overall->value() == 4; }, 2000));
    CHECK(note->text() == u"From the command line"_s);
    CHECK(screen->isVisible());

    note->setFocus();
    key(Qt::Key_End);
    keys(u", and more"_s);
    p.session->checkIns().save(savedElsewhere(today(p), 9, u"Something else"_s));
    QTest::qWait(100);
    CHECK(note->text() == u"From the command line, and more"_s);
    CHECK(overall->value() == 4);
    CHECK(screen->isDirty());

    // Another day is offered only up to today; an earlier one opens its own check-in.
    p.session->checkIns().save(savedElsewhere(today(p).addDays(-2), 3, u"Two days ago"_s));
    pressSave();
    CHECK(p.session->checkIns().forDay(today(p))->note == u"From the command line, and more"_s);
    screen->openDay(today(p).addDays(-2));
    CHECK(overall->value() == 3);
    CHECK(note->text() == u"Two days ago"_s);
    screen->openDay(today(p).addDays(-1));
    CHECK(overall->value() < 0);
    CHECK(note->text().isEmpty());

    // Answers not yet saved stay when the day changes, and are saved for the new day.
    note->setFocus();
    keys(u"Written for the wrong day"_s);
    screen->openDay(today(p).addDays(-2));
    CHECK(note->text() == u"Written for the wrong day"_s);
    auto* status = find<MessageBanner>(screen.get(), u"checkInStatus"_s);
    CHECK(status->text().contains(u"has a check-in already"_s));
    screen->focusFirstQuestion();
    key(Qt::Key_End);
    key(Qt::Key_S, Qt::ControlModifier);
    const std::optional<CheckIn> moved = p.session->checkIns().forDay(today(p).addDays(-2));
    REQUIRE(moved.has_value());
    CHECK(moved->note == u"Written for the wrong day"_s);
    CHECK(moved->overall == 10);
    CHECK_FALSE(p.session->checkIns().forDay(today(p).addDays(-1)).has_value());
}

TEST_CASE("Check-in: every control Tab reaches has a name for a screen reader", "[checkin][gui]") {
    JournalProfile p;
    auto screen = openCheckIn(p);
    // With a thing that helped added, so its Remove button is among them.
    REQUIRE(tabTo(u"helpedInput"_s));
    keys(u"Music"_s);
    key(Qt::Key_Return);
    int controls = 0;
    for (QWidget* widget : screen->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(screen.get()) || !(widget->focusPolicy() & Qt::TabFocus)) continue;
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;  // the field inside a box, which speaks for it
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        INFO("control without a name: " << widget->objectName().toStdString() << " "
                                        << widget->metaObject()->className());
        CHECK(named);
        ++controls;
    }
    CHECK(controls >= 25);  // the walk saw the page, not an empty shell
}

TEST_CASE("Check-in: Tab and Shift+Tab go round the page, each the same controls", "[checkin][gui][a11y]") {
    JournalProfile p;
    auto screen = openCheckIn(p);
    QWidget* start = QApplication::focusWidget();
    REQUIRE(start);
    REQUIRE(start->objectName() == u"overallSlider"_s);
    const auto round = [&](Qt::Key key) {
        QList<QWidget*> reached;
        for (int i = 0; i < 80; ++i) {
            QWidget* before = QApplication::focusWidget();
            QTest::keyClick(before, key);
            QWidget* now = QApplication::focusWidget();
            // A date box steps through its day, month and year before Tab leaves it.
            for (int section = 0; now == before && qobject_cast<QDateTimeEdit*>(now) && section < 3; ++section) {
                QTest::keyClick(now, key);
                now = QApplication::focusWidget();
            }
            INFO("after " << (before ? before->objectName().toStdString() : "nothing"));
            REQUIRE(now != before);  // every press moves the focus somewhere else
            if (now == start) return reached;
            reached.append(now);
        }
        FAIL("the focus did not come round in 80 presses");
        return reached;
    };
    const QList<QWidget*> forward = round(Qt::Key_Tab);
    const QList<QWidget*> backward = round(Qt::Key_Backtab);
    CHECK(forward.size() >= 20);
    CHECK(QSet<QWidget*>(forward.begin(), forward.end()) == QSet<QWidget*>(backward.begin(), backward.end()));
}
