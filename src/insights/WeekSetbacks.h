#pragma once

#include "domain/JournalEntry.h"
#include "domain/SetbackReflection.h"
#include "insights/Week.h"

#include <QList>

namespace mooring {

// The setback reflections that belong to a week: those about one of the week's entries,
// and those about no entry ("I had a setback" on the home screen) written during the week
// (the person's local date). Oldest first, as a week is read.
QList<SetbackReflection> setbackReflectionsOfWeek(const Week& week, const QList<JournalEntry>& weekEntries,
                                                  const QList<SetbackReflection>& reflections);

}  // namespace mooring
