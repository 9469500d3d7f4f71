#pragma once

#include "domain/JournalEntry.h"

namespace mooring::test {

// An entry with every field filled (occurred 2026-11-20 14:40 at UTC-5), untrimmed texts
// included, for round trips.
JournalEntry fullEntry();
// Only what a quick entry has: the time, the urge and, if given, a situation.
JournalEntry quickEntry(const QDateTime& occurredAt, int urge, const QString& situation);

}  // namespace mooring::test
