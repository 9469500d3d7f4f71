#pragma once

#include "domain/CheckInChoices.h"
#include "domain/JournalEntry.h"
#include "domain/PlanDiff.h"
#include "domain/SetbackReflection.h"
#include "insights/RangeReport.h"
#include "insights/WeekCheckIns.h"

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

// The safety plan as it was when the range began (the newest version saved before its
// first day) against the plan at its end (the newest saved on or before its last day).
struct ReportPlanChanges {
    bool hadPlanBefore = false;   // a version was saved before the range's first day
    bool hasPlanAtEnd = false;    // a version was saved on or before its last day
    QList<SectionDiff> sections;  // only the sections with a change, in plan order
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
    // Every week the range touches, oldest first, with only the range's own days' check-ins.
    QList<WeekCheckIns> checkIns;
    DiaryRows diaryRows;  // the diary card's rows the person chose
    ReportPlanChanges planChanges;

    int daysCheckedIn() const;
};

// Reads everything the report may show for the range. Throws mooring::Error.
PrintableReport fetchPrintableReport(Database& db, const ReportRange& range, Qt::DayOfWeek firstDay);

}  // namespace mooring
