#include "insights/Week.h"

#include "insights/LocalDay.h"

#include <QTimeZone>

namespace mooring {

namespace {

constexpr std::int64_t kDay = 24 * 3600;

QDateTime utcMidnight(const QDate& date) { return QDateTime(date, QTime(0, 0), QTimeZone::utc()); }

}  // namespace

Week Week::containing(const QDate& date, Qt::DayOfWeek firstDay) {
    Week week;
    if (!date.isValid()) return week;
    const int back = (date.dayOfWeek() - int(firstDay) + 7) % 7;
    week.m_start = date.addDays(-back);
    week.m_firstDay = firstDay;
    return week;
}

Week Week::shifted(int weeks) const {
    if (!isValid()) return *this;
    Week week = *this;
    week.m_start = m_start.addDays(7LL * weeks);
    return week;
}

bool Week::contains(const QDate& date) const { return dayIndex(date) >= 0; }

int Week::dayIndex(const QDate& date) const {
    if (!isValid() || !date.isValid()) return -1;
    const qint64 days = m_start.daysTo(date);
    return days >= 0 && days < 7 ? int(days) : -1;
}

QDateTime Week::fetchFrom() const { return utcMidnight(m_start).addSecs(-kMaxOffsetSeconds); }

QDateTime Week::fetchTo() const { return utcMidnight(endExclusive()).addSecs(kMaxOffsetSeconds); }

QString Week::startText() const { return m_start.toString(Qt::ISODate); }

QDate localDate(const QDateTime& occurredAt) {
    if (!occurredAt.isValid()) return {};
    return localDate(occurredAt.toSecsSinceEpoch(), occurredAt.offsetFromUtc());
}

int localHour(const QDateTime& occurredAt) {
    if (!occurredAt.isValid()) return -1;
    return localHour(occurredAt.toSecsSinceEpoch(), occurredAt.offsetFromUtc());
}

QDate localDate(std::int64_t occurredUtc, int utcOffset) {
    return QDate::fromJulianDay(insights::localJulianDay(occurredUtc, utcOffset));
}

int localHour(std::int64_t occurredUtc, int utcOffset) {
    const std::int64_t local = occurredUtc + utcOffset;
    return int((local - insights::floorDiv(local, kDay) * kDay) / 3600);
}

}  // namespace mooring
