#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace mooring {

// A calendar week of the person's own: seven days from `start`, which falls on `firstDay`.
// Entries belong to a week by their local date: the date in the UTC offset stored with
// the entry (the person's local time when it happened), never the computer's zone today.
class Week {
public:
    // The most an offset can be away from UTC (the journal table allows ±18 h).
    static constexpr int kMaxOffsetSeconds = 18 * 3600;

    Week() = default;  // not valid
    static Week containing(const QDate& date, Qt::DayOfWeek firstDay = Qt::Monday);

    bool isValid() const { return m_start.isValid(); }
    QDate start() const { return m_start; }
    QDate last() const { return m_start.addDays(6); }  // the seventh day
    QDate endExclusive() const { return m_start.addDays(7); }
    Qt::DayOfWeek firstDay() const { return m_firstDay; }
    Week previous() const { return shifted(-1); }
    Week next() const { return shifted(1); }
    Week shifted(int weeks) const;

    bool contains(const QDate& date) const;
    // 0 for the first day of the week ... 6, or -1 when the date is not in it.
    int dayIndex(const QDate& date) const;

    // The UTC range to ask the store for: the week's local days widened by the largest
    // offset either way (a Monday 00:30 at +14:00 is Sunday in UTC). insights then keeps
    // only the entries whose local date is in the week.
    QDateTime fetchFrom() const;
    QDateTime fetchTo() const;

    // "2026-11-16": the key of the week's reflection note and of the CLI's week_start.
    QString startText() const;

    bool operator==(const Week&) const = default;

private:
    QDate m_start;
    Qt::DayOfWeek m_firstDay = Qt::Monday;
};

// The local date and hour of a moment in its own offset (a journal entry's occurredAt).
QDate localDate(const QDateTime& occurredAt);
int localHour(const QDateTime& occurredAt);
// The same from the narrow columns (JournalFact, TriedFact): no QDateTime needed.
QDate localDate(std::int64_t occurredUtc, int utcOffset);
int localHour(std::int64_t occurredUtc, int utcOffset);

}  // namespace mooring
