#include "domain/ReminderSchedule.h"

#include <catch2/catch.hpp>

using namespace mooring;

namespace {

// Monday 7 December 2026.
const QDate kMonday(2026, 12, 7);

ReminderPlan weekdaysAtSeven() {
    ReminderPlan plan;
    plan.checkIn = true;
    plan.checkInDays = {true, true, true, true, true, false, false};
    plan.checkInTime = QTime(19, 0);
    return plan;
}

ReminderSchedule at(const ReminderPlan& plan, const QDate& day, const QTime& time) {
    const QDateTime now(day, time);
    return ReminderSchedule(plan, [now] { return now; });
}

}  // namespace

TEST_CASE("Reminders are off until chosen", "[reminders]") {
    const ReminderSchedule schedule = at(ReminderPlan{}, kMonday, QTime(19, 0));
    CHECK_FALSE(schedule.anyOn());
    CHECK_FALSE(schedule.due({}).has_value());
    CHECK_FALSE(schedule.next().isValid());

    ReminderPlan noDays = weekdaysAtSeven();
    noDays.checkInDays = {};
    CHECK_FALSE(at(noDays, kMonday, QTime(19, 0)).anyOn());
    CHECK_FALSE(at(noDays, kMonday, QTime(19, 0)).next().isValid());
}

TEST_CASE("A check-in reminder comes on the chosen days at the chosen time", "[reminders]") {
    const ReminderPlan plan = weekdaysAtSeven();
    CHECK_FALSE(at(plan, kMonday, QTime(18, 59)).due({}).has_value());
    const auto due = at(plan, kMonday, QTime(19, 0)).due({});
    REQUIRE(due.has_value());
    CHECK(due->kind == ReminderKind::CheckIn);
    CHECK(due->at == QDateTime(kMonday, QTime(19, 0)));
    CHECK(at(plan, kMonday, QTime(18, 0)).next() == QDateTime(kMonday, QTime(19, 0)));
    // Shown once: not again the same evening.
    CHECK_FALSE(at(plan, kMonday, QTime(19, 5)).due(QDateTime(kMonday, QTime(19, 0, 3))).has_value());
    CHECK(at(plan, kMonday, QTime(19, 5)).next() == QDateTime(kMonday.addDays(1), QTime(19, 0)));
    // Saturday is not chosen: Friday evening's next one is Monday's.
    const QDate friday = kMonday.addDays(4);
    CHECK_FALSE(at(plan, friday.addDays(1), QTime(19, 0)).due({}).has_value());
    CHECK(at(plan, friday, QTime(20, 0)).next() == QDateTime(kMonday.addDays(7), QTime(19, 0)));
}

TEST_CASE("After sleeping past a reminder, one shows only the same day and soon after", "[reminders]") {
    ReminderPlan plan = weekdaysAtSeven();
    plan.weeklyReview = true;
    plan.reviewDay = Qt::Monday;
    plan.reviewTime = QTime(19, 30);
    // Asleep from before seven until twenty to nine: only the latest, once.
    const auto late = at(plan, kMonday, QTime(20, 40)).due({});
    REQUIRE(late.has_value());
    CHECK(late->kind == ReminderKind::WeeklyReview);
    CHECK_FALSE(at(plan, kMonday, QTime(20, 41)).due(QDateTime(kMonday, QTime(20, 40))).has_value());
    // Two hours or more after its time, nothing.
    CHECK_FALSE(at(plan, kMonday, QTime(21, 30)).due({}).has_value());
    // The next morning, nothing from the evening before, and nothing is owed.
    CHECK_FALSE(at(plan, kMonday.addDays(1), QTime(0, 30)).due({}).has_value());
    CHECK_FALSE(at(plan, kMonday.addDays(1), QTime(8, 0)).due({}).has_value());
}

TEST_CASE("Pausing for a week keeps every reminder quiet until the day it ends", "[reminders]") {
    ReminderPlan plan = weekdaysAtSeven();
    plan.quietUntil = kMonday.addDays(7);
    CHECK_FALSE(at(plan, kMonday, QTime(19, 0)).due({}).has_value());
    CHECK_FALSE(at(plan, kMonday.addDays(4), QTime(19, 0)).due({}).has_value());
    CHECK(at(plan, kMonday, QTime(12, 0)).next() == QDateTime(kMonday.addDays(7), QTime(19, 0)));
    CHECK(at(plan, kMonday.addDays(7), QTime(19, 0)).due({}).has_value());
    // A longer pause written by hand: looked at again on its last day, not never.
    plan.quietUntil = kMonday.addDays(30);
    CHECK(at(plan, kMonday, QTime(12, 0)).next() == QDateTime(kMonday.addDays(30), QTime(0, 0)));
}

TEST_CASE("The weekly review reminder comes on its own day only", "[reminders]") {
    ReminderPlan plan;
    plan.weeklyReview = true;
    plan.reviewDay = Qt::Sunday;
    plan.reviewTime = QTime(10, 0);
    CHECK(at(plan, kMonday, QTime(9, 0)).next() == QDateTime(kMonday.addDays(6), QTime(10, 0)));
    CHECK_FALSE(at(plan, kMonday, QTime(10, 0)).due({}).has_value());
    const auto due = at(plan, kMonday.addDays(6), QTime(10, 15)).due({});
    REQUIRE(due.has_value());
    CHECK(due->kind == ReminderKind::WeeklyReview);
    // Both at the same minute: one reminder, the week's.
    plan.checkIn = true;
    plan.checkInDays.fill(true);
    plan.checkInTime = QTime(10, 0);
    const auto both = at(plan, kMonday.addDays(6), QTime(10, 0)).due({});
    REQUIRE(both.has_value());
    CHECK(both->kind == ReminderKind::WeeklyReview);
    CHECK_FALSE(at(plan, kMonday.addDays(6), QTime(10, 1)).due(QDateTime(kMonday.addDays(6), QTime(10, 0))));
}
