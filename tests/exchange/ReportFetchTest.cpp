#include "exchange/ReportFetch.h"

#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

JournalEntry entryAt(const QDate& date, const QTime& time, int offsetHours, int urge) {
    JournalEntry e;
    e.occurredAt = QDateTime(date, time, Qt::OffsetFromUTC, offsetHours * 3600);
    e.urge = urge;
    e.situation = u"a moment"_s;
    return e;
}

}  // namespace

TEST_CASE("The report is fetched from the range's local days and the plan's versions", "[exchange][report]") {
    OpenProfile p;
    QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::OffsetFromUTC, 3600);
    JournalStore journal(p.db(), [&] { return now; });
    // 1 November 00:30 at +14:00 is still 31 October in UTC; 30 November 23:30 at -10:00
    // is already 1 December in UTC: both belong to November, where they happened.
    journal.add(entryAt({2026, 11, 1}, {0, 30}, 14, 3));
    journal.add(entryAt({2026, 11, 30}, {23, 30}, -10, 9));
    journal.add(entryAt({2026, 11, 15}, {12, 0}, 1, 6));
    journal.add(entryAt({2026, 10, 31}, {23, 30}, 0, 1));  // the day before
    journal.add(entryAt({2026, 12, 1}, {0, 30}, 0, 1));    // the day after

    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = QStringList{u"not sleeping"_s};
    for (const QDate& day : {QDate(2026, 10, 20), QDate(2026, 11, 3), QDate(2026, 11, 28)}) {
        now = QDateTime(day, QTime(10, 0), Qt::OffsetFromUTC, 3600);
        SafetyPlanStore(p.db(), [&] { return now; }).save(plan, {});
    }

    const RangeReport report = fetchRangeReport(p.db(), {QDate(2026, 11, 1), QDate(2026, 11, 30)});
    CHECK(report.entries == 3);
    CHECK(report.urge.max == 9);
    CHECK(report.urge.histogram[3] == 1);
    CHECK(report.urge.histogram[1] == 0);
    CHECK(report.planVersionsInRange == 2);
    REQUIRE(report.weeks.size() == 6);
    CHECK(report.weeks.first().week.start() == QDate(2026, 10, 26));
    CHECK(report.weeks.first().entries == 1);

    CHECK(fetchReportInput(p.db(), {QDate(2026, 12, 2), QDate(2026, 12, 1)}).entries.isEmpty());  // not a range
}
