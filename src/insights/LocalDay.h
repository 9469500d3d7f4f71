#pragma once

#include <QDate>

#include <cstdint>

namespace mooring::insights {

// Day arithmetic on plain integers for figures over years of entries: no QDateTime per
// entry. A local day is a Julian day number in the entry's own offset.

inline std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

inline std::int64_t localJulianDay(std::int64_t occurredUtc, int utcOffset) {
    constexpr std::int64_t kJulianDayOf1970 = 2440588;
    return kJulianDayOf1970 + floorDiv(occurredUtc + utcOffset, 24 * 3600);
}

// The same number for every day of one week starting on `firstDay` (Julian day 0 is a Monday).
inline std::int64_t weekNumber(std::int64_t julianDay, Qt::DayOfWeek firstDay) {
    return floorDiv(julianDay - (int(firstDay) - 1), 7);
}

}  // namespace mooring::insights
