#pragma once

#include "domain/JournalEntry.h"
#include "domain/SetbackReflection.h"
#include "insights/RangeReport.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mooring {

class Database;

// One week's "what I want to change" note, for the report.
struct ReportWeekNote {
    QDate weekStart;
    QString text;
};

// What the report for the next session can hold on paper, gathered by fetchPrintableReport.
// Here rather than beside RangeReportDocument (src/printing/) so that exchange, and
// mooring-cli with it, never needs Qt's painting modules. The person's own words (entries,
// setback reflections) are fetched here but only printed when they choose them.
struct PrintableReport {
    RangeReport report;
    QList<ReportWeekNote> weekNotes;              // the notes of the weeks the range touches, oldest first
    QList<SetbackReflection> setbackReflections;  // about the range (RangeSetbacks.h)
    QList<JournalEntry> entries;                  // the range's own entries, oldest first
};

// Reads everything the report may show for the range. Throws mooring::Error.
PrintableReport fetchPrintableReport(Database& db, const ReportRange& range, Qt::DayOfWeek firstDay);

}  // namespace mooring
