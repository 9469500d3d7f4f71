#include "exchange/ReportFetch.h"

#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"

namespace mooring {

ReportInput fetchReportInput(Database& db, const ReportRange& range) {
    ReportInput input;
    if (!range.isValid()) return input;
    input.entries = JournalStore(db).entriesBetween(range.fetchFrom(), range.fetchTo());
    input.titles = strategyTitles(StrategyStore(db).all());
    for (const PlanVersion& version : SafetyPlanStore(db).history()) input.planSaves.append(version.savedAt);
    return input;
}

RangeReport fetchRangeReport(Database& db, const ReportRange& range, Qt::DayOfWeek firstDay) {
    return summarizeRange(range, firstDay, fetchReportInput(db, range));
}

}  // namespace mooring
