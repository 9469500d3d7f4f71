#pragma once

#include "domain/JournalEntry.h"
#include "domain/SetbackReflection.h"
#include "insights/RangeReport.h"

#include <QList>

namespace mooring {

// The setback reflections that belong to a report's range, as setbackReflectionsOfWeek
// does for one week: those about an entry of the range, and those about no entry written
// on one of its days (the person's local date). Blank ones are left out; oldest first.
QList<SetbackReflection> setbackReflectionsInRange(const ReportRange& range, const QList<JournalEntry>& entries,
                                                   const QList<SetbackReflection>& reflections);

}  // namespace mooring
