#include "exchange/PrintableReport.h"

#include "exchange/ReportFetch.h"
#include "insights/RangeSetbacks.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/WeekReflectionStore.h"

#include <QSet>

#include <algorithm>

namespace mooring {

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
    return out;
}

}  // namespace mooring
