#include "insights/Week.h"

#include "InsightsSamples.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

TEST_CASE("A week starts on the chosen first day and holds seven days", "[insights][week]") {
    const QDate thursday(2026, 11, 19);
    const Week monday = Week::containing(thursday, Qt::Monday);
    CHECK(monday.start() == QDate(2026, 11, 16));
    CHECK(monday.last() == QDate(2026, 11, 22));
    CHECK(monday.startText() == u"2026-11-16"_s);
    CHECK(monday.dayIndex(thursday) == 3);
    CHECK(monday.dayIndex(QDate(2026, 11, 23)) == -1);
    CHECK(monday.dayIndex(QDate(2026, 11, 15)) == -1);

    const Week sunday = Week::containing(thursday, Qt::Sunday);
    CHECK(sunday.start() == QDate(2026, 11, 15));
    CHECK(sunday.dayIndex(QDate(2026, 11, 15)) == 0);
    CHECK(sunday.dayIndex(QDate(2026, 11, 21)) == 6);
    CHECK(Week::containing(QDate(2026, 11, 22), Qt::Sunday).start() == QDate(2026, 11, 22));
    CHECK(Week::containing(QDate(2026, 11, 22), Qt::Monday).start() == QDate(2026, 11, 16));

    // Any first day a locale uses works the same way.
    CHECK(Week::containing(thursday, Qt::Saturday).start() == QDate(2026, 11, 14));

    CHECK(monday.previous().start() == QDate(2026, 11, 9));
    CHECK(monday.next().start() == QDate(2026, 11, 23));
    CHECK(monday.shifted(-4).start() == QDate(2026, 10, 19));
    CHECK(monday.next().previous() == monday);
    CHECK_FALSE(Week().isValid());
    CHECK_FALSE(Week::containing(QDate(), Qt::Monday).isValid());
}

TEST_CASE("The fetch range covers every offset a local day can have", "[insights][week]") {
    const Week week = Week::containing(QDate(2026, 11, 16), Qt::Monday);
    CHECK(week.fetchFrom() == QDateTime(QDate(2026, 11, 15), QTime(6, 0), Qt::UTC));
    CHECK(week.fetchTo() == QDateTime(QDate(2026, 11, 23), QTime(18, 0), Qt::UTC));
    // Monday 00:00 at +18:00 and Sunday 23:59 at -18:00 are both inside.
    const QDateTime earliest(QDate(2026, 11, 16), QTime(0, 0), Qt::OffsetFromUTC, 18 * 3600);
    const QDateTime latest(QDate(2026, 11, 22), QTime(23, 59, 59), Qt::OffsetFromUTC, -18 * 3600);
    CHECK(earliest >= week.fetchFrom());
    CHECK(latest < week.fetchTo());
}

TEST_CASE("An entry's local date and hour come from the offset stored with it", "[insights][week]") {
    // 23:30 on a Sunday at +01:00 is 22:30 UTC: still Sunday, hour 23.
    const QDateTime sundayLate(QDate(2026, 11, 22), QTime(23, 30), Qt::OffsetFromUTC, 3600);
    CHECK(localDate(sundayLate) == QDate(2026, 11, 22));
    CHECK(localHour(sundayLate) == 23);
    // 00:30 on Monday at +14:00 is Sunday 10:30 UTC, but it is Monday for the person.
    const QDateTime mondayEarly(QDate(2026, 11, 23), QTime(0, 30), Qt::OffsetFromUTC, 14 * 3600);
    CHECK(localDate(mondayEarly) == QDate(2026, 11, 23));
    CHECK(localHour(mondayEarly) == 0);
    // The same instant seen at UTC-05:00 is Saturday evening.
    const QDateTime sameInstant = mondayEarly.toOffsetFromUtc(-5 * 3600);
    CHECK(localDate(sameInstant) == QDate(2026, 11, 22));
    CHECK(localHour(sameInstant) == 5);
    // Narrow columns give the same answers, before 1970 too.
    CHECK(localDate(sundayLate.toSecsSinceEpoch(), 3600) == QDate(2026, 11, 22));
    CHECK(localHour(sundayLate.toSecsSinceEpoch(), 3600) == 23);
    const QDateTime old(QDate(1969, 12, 31), QTime(20, 15), Qt::OffsetFromUTC, -3600);
    REQUIRE(old.toSecsSinceEpoch() < 0);
    CHECK(localDate(old.toSecsSinceEpoch(), -3600) == QDate(1969, 12, 31));
    CHECK(localHour(old.toSecsSinceEpoch(), -3600) == 20);
}
