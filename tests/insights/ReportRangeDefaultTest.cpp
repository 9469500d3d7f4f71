// The days a new report starts with: since the last report made, when that makes sense,
// else the last four weeks.
#include "insights/RangeReport.h"

#include <catch2/catch.hpp>

using namespace mooring;

namespace {

const QDate kToday(2026, 12, 7);

bool same(const ReportRange& a, const ReportRange& b) { return a.from == b.from && a.to == b.to; }

}  // namespace

TEST_CASE("A new report starts the day after the last report made", "[range-report][default-range]") {
    CHECK(same(defaultReportRange(kToday, QDate(2026, 11, 23)), {QDate(2026, 11, 24), kToday}));
    CHECK(same(defaultReportRange(kToday, QDate(2026, 12, 5)), {QDate(2026, 12, 6), kToday}));  // two days
    // Up to a whole year back still counts.
    CHECK(same(defaultReportRange(kToday, QDate(2025, 12, 7)), {QDate(2025, 12, 8), kToday}));
}

TEST_CASE("Without a usable last report the new one covers the last four weeks", "[range-report][default-range]") {
    const ReportRange fourWeeks{QDate(2026, 11, 10), kToday};
    CHECK(same(defaultReportRange(kToday, std::nullopt), fourWeeks));
    CHECK(same(defaultReportRange(kToday, QDate()), fourWeeks));
    CHECK(same(defaultReportRange(kToday, QDate(2026, 12, 6)), fourWeeks));   // would start today
    CHECK(same(defaultReportRange(kToday, kToday), fourWeeks));               // made today already
    CHECK(same(defaultReportRange(kToday, QDate(2026, 12, 20)), fourWeeks));  // a clock set back
    CHECK(same(defaultReportRange(kToday, QDate(2025, 12, 6)), fourWeeks));   // more than a year
    CHECK(defaultReportRange(kToday, std::nullopt).from.daysTo(kToday) == 27);
}
