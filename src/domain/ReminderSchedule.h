#pragma once

#include "domain/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <array>
#include <optional>

namespace mooring {

// What the person chose for gentle reminders (settings, "Reminders"). Everything is off
// until they turn it on.
struct ReminderPlan {
    bool checkIn = false;
    std::array<bool, 7> checkInDays{};  // Monday first, as Qt::DayOfWeek - 1
    QTime checkInTime{19, 0};
    bool weeklyReview = false;
    int reviewDay = Qt::Sunday;  // Qt::DayOfWeek
    QTime reviewTime{18, 0};
    QDate quietUntil;  // "Pause for a week": nothing is shown before this day

    bool operator==(const ReminderPlan&) const = default;
};

enum class ReminderKind { CheckIn, WeeklyReview };

struct DueReminder {
    ReminderKind kind;
    QDateTime at;  // the moment it was meant for
};

// When a reminder is due, as plain logic over the plan and a clock. A reminder that could
// not be shown at its time (the computer slept, Mooring was not running) is shown late only
// on the same day and within kLateWindow; of several such, only the latest one. Nothing
// here counts reminders that were not shown: there is nothing to catch up on.
class ReminderSchedule {
public:
    static constexpr int kLateWindowSecs = 2 * 60 * 60;

    ReminderSchedule(ReminderPlan plan, Clock clock);

    // The reminder to show now, or none: its time has come today, less than kLateWindow
    // ago, after `lastShown` (the last reminder shown, invalid if none), outside a pause.
    std::optional<DueReminder> due(const QDateTime& lastShown) const;
    // The next moment a reminder is meant for, after now; invalid when none is on.
    QDateTime next() const;
    bool anyOn() const;
    QDateTime now() const { return timeNow(m_clock); }

private:
    // The moments meant for on `day` (at most one of each kind), latest last.
    std::array<std::optional<DueReminder>, 2> slotsOn(const QDate& day) const;

    ReminderPlan m_plan;
    Clock m_clock;
};

}  // namespace mooring
