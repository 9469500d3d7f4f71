#pragma once

#include "domain/JournalFacts.h"

#include <QList>

namespace mooring {

// Per-entry facts added up per local day and per idea: every figure over many weeks is
// worked out from these (one piece of arithmetic), and a screen that moves week by week
// can add the facts up once. Both keep only what falls on or before `lastDay` (local
// dates in each entry's own offset), or everything when lastDay is invalid.
QList<JournalDay> daysOf(const QList<JournalFact>& facts, const QDate& lastDay = {});
QList<TriedTally> talliesOf(const QList<TriedFact>& tried, const QDate& lastDay = {});

}  // namespace mooring
