#include "domain/ReminderSchedule.h"

#include <utility>

namespace mooring {

ReminderSchedule::ReminderSchedule(ReminderPlan plan, Clock clock)
    : m_plan(std::move(plan)), m_clock(std::move(clock)) {}

bool ReminderSchedule::anyOn() const {
    bool someDay = false;
    for (bool day : m_plan.checkInDays) someDay = someDay || day;
    return (m_plan.checkIn && someDay && m_plan.checkInTime.isValid()) ||
           (m_plan.weeklyReview && m_plan.reviewDay >= 1 && m_plan.reviewDay <= 7 && m_plan.reviewTime.isValid());
}

std::array<std::optional<DueReminder>, 2> ReminderSchedule::slotsOn(const QDate& day) const {
    std::array<std::optional<DueReminder>, 2> moments;
    // A paused day has no reminders at all, so none can be "due later" from it either.
    if (m_plan.quietUntil.isValid() && day < m_plan.quietUntil) return moments;
    if (m_plan.checkIn && m_plan.checkInTime.isValid() && m_plan.checkInDays[std::size_t(day.dayOfWeek() - 1)])
        moments[0] = DueReminder{ReminderKind::CheckIn, QDateTime(day, m_plan.checkInTime)};
    if (m_plan.weeklyReview && m_plan.reviewTime.isValid() && day.dayOfWeek() == m_plan.reviewDay)
        moments[1] = DueReminder{ReminderKind::WeeklyReview, QDateTime(day, m_plan.reviewTime)};
    // At the same minute the week's look back wins: it comes once a week, the check-in daily.
    if (moments[0] && moments[1] && moments[1]->at < moments[0]->at) std::swap(moments[0], moments[1]);
    return moments;
}

std::optional<DueReminder> ReminderSchedule::due(const QDateTime& lastShown) const {
    const QDateTime now = this->now();
    std::optional<DueReminder> latest;
    for (const std::optional<DueReminder>& slot : slotsOn(now.date())) {
        if (!slot || slot->at > now) continue;
        if (slot->at.secsTo(now) >= kLateWindowSecs) continue;
        if (lastShown.isValid() && slot->at <= lastShown) continue;
        latest = slot;
    }
    return latest;
}

QDateTime ReminderSchedule::next() const {
    const QDateTime now = this->now();
    // A week and a day covers every weekday, and a pause is never longer than that.
    for (int i = 0; i <= 8; ++i) {
        for (const std::optional<DueReminder>& slot : slotsOn(now.date().addDays(i))) {
            if (slot && slot->at > now) return slot->at;
        }
    }
    // Paused for longer than the days looked at: look again on the first day back.
    if (anyOn() && m_plan.quietUntil.isValid() && m_plan.quietUntil > now.date())
        return QDateTime(m_plan.quietUntil, QTime(0, 0));
    return {};
}

}  // namespace mooring
