#pragma once

namespace mooring {

// The parts the person ticks for the report for the next session: in the window, and by name
// with `mooring-cli report --include`. Here, not beside RangeReportDocument (src/printing/), so
// that the command line can choose them without Qt's painting modules. Their own words (the
// entries' situations and notes, setback reflections) stay out unless they choose them.
struct ReportPrintChoices {
    bool atAGlance = true;  // weeks, how urges ended, triggers and feelings, what helped most
    bool hours = true;      // times of day and days of the week
    bool helped = true;     // every idea tried, ranked by how much it helped
    bool planVersions = true;
    bool weekNotes = true;  // "what I want to change" of the range's weeks
    bool setbacks = true;   // how many
    bool setbackReflections = false;
    bool entryTexts = false;
    bool checkIns = true;      // days checked in, averages and the diary card, when there are any
    bool planChanges = false;  // what changed in the plan: its items are sensitive, so off at first

    bool operator==(const ReportPrintChoices&) const = default;
};

}  // namespace mooring
