#pragma once

#include "domain/JournalFacts.h"

#include <QList>

namespace mooring {
class JournalStore;
}

namespace mooring::test {

// What JournalStore::journalDays / triedTallies must say, worked out again from the rows
// themselves (factsUntil / triedUntil read every entry and tried item).
QList<JournalDay> daysFromRows(JournalStore& store);
// Tallies in the order of their first try, firstSaved replaced by that place (the store's
// own firstSaved numbers only promise their order).
QList<TriedTally> talliesFromRows(JournalStore& store);
QList<TriedTally> inSavedOrder(QList<TriedTally> tallies);

// CHECKs that the store's added-up tables equal the rows' answer.
void checkTalliesAddUp(JournalStore& store);

}  // namespace mooring::test
