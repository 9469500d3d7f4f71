#include "exchange/PrintableReport.h"

#include "exchange/ReportFetch.h"
#include "insights/RangeSetbacks.h"
#include "storage/CheckInPreferences.h"
#include "storage/CheckInStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/WeekReflectionStore.h"

#include <QSet>

#include <algorithm>

namespace mooring {

namespace {

ReportPlanChanges planChangesIn(Database& db, const ReportRange& range) {
    SafetyPlanStore plans(db);
    const std::optional<PlanVersion> before = plans.lastSavedBefore(range.from);
    const std::optional<PlanVersion> atEnd = plans.lastSavedBefore(range.to.addDays(1));
    ReportPlanChanges out;
    out.hadPlanBefore = before.has_value();
    out.hasPlanAtEnd = atEnd.has_value();
    if (!atEnd || (before && before->id == atEnd->id)) return out;
    // A plan first made in the range: every item of it is new.
    for (const SectionDiff& section : planDiff::plans(before ? before->plan : SafetyPlan{}, atEnd->plan))
        if (!section.changes.isEmpty()) out.sections.append(section);
    return out;
}

}  // namespace

int PrintableReport::daysCheckedIn() const {
    int days = 0;
    for (const WeekCheckIns& week : checkIns) days += week.daysCheckedIn;
    return days;
}

PrintableReport fetchPrintableReport(Database& db, const ReportRange& range, Qt::DayOfWeek firstDay) {
    PrintableReport out;
    ReportInput input = fetchReportInput(db, range);
    out.report = summarizeRange(range, firstDay, input);
    if (!range.isValid()) return out;

    for (const JournalEntry& entry : input.entries)
        if (range.contains(localDate(entry.occurredAt))) out.entries.append(entry);
    std::stable_sort(out.entries.begin(), out.entries.end(), [](const JournalEntry& a, const JournalEntry& b) {
        return a.occurredAt.toSecsSinceEpoch() < b.occurredAt.toSecsSinceEpoch();
    });

    QSet<QDate> weekStarts;
    for (const ReportWeek& week : out.report.weeks) weekStarts.insert(week.week.start());
    for (const WeekReflection& note : WeekReflectionStore(db).all()) {
        if (weekStarts.contains(note.weekStart) && !note.text.trimmed().isEmpty())
            out.weekNotes.append({note.weekStart, note.text.trimmed()});
    }
    out.setbackReflections = setbackReflectionsInRange(range, out.entries, SetbackReflectionStore(db).all());

    const QList<CheckIn> checkIns = CheckInStore(db).range(range.from, range.to);
    for (const ReportWeek& week : out.report.weeks)
        out.checkIns.append(weekCheckIns(week.week, checkIns, input.titles));
    out.diaryRows = CheckInPreferences(db).diaryRows();
    out.planChanges = planChangesIn(db, range);
    return out;
}

}  // namespace mooring
