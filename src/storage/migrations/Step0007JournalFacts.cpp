#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"

namespace mooring::migrations {

namespace {

// The weekly review's figures over all time (JournalStore::factsUntil / triedUntil) read
// every entry's time, offset, urge and outcome. A covering index holds just those, about a
// fifth of journal_entries' pages: SQLCipher decrypts every page read, so years of
// entries cost a few milliseconds instead of tens.
void createJournalFacts(Database& db) {
    db.exec("CREATE INDEX journal_facts ON journal_entries(occurred_utc, utc_offset, urge, outcome);");
}

}  // namespace

Migration step0007JournalFacts() { return {7, "journal facts index", createJournalFacts}; }

}  // namespace mooring::migrations
