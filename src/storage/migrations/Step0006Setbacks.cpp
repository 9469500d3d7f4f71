#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"

namespace mooring::migrations {

namespace {

// "Learning from a setback" and "Where I am in recovery" (docs/user-guide.md).
// - setback_reflections.entry_id names a journal entry (journal_entries.id) or is NULL.
//   It is deliberately not a foreign key: deleting an entry can be undone (JournalStore
//   putAll puts it back with the same id), and the reflection should find it again.
// - recovery_place has at most one row: the person's own words about where they are.
void createSetbacks(Database& db) {
    db.exec(
        "CREATE TABLE setback_reflections("
        " id TEXT PRIMARY KEY,"
        " entry_id TEXT,"
        " before_text TEXT NOT NULL DEFAULT '',"
        " warning_signs TEXT NOT NULL DEFAULT '',"
        " tried TEXT NOT NULL DEFAULT '',"
        " next_time TEXT NOT NULL DEFAULT '',"
        " for_plan TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL);"
        "CREATE INDEX setback_reflections_by_entry ON setback_reflections(entry_id);"
        "CREATE TABLE recovery_place("
        " slot INTEGER PRIMARY KEY CHECK (slot = 1),"
        " place TEXT CHECK (place IN ('noticing', 'learning', 'keeping')),"
        " words TEXT NOT NULL DEFAULT '',"
        " updated_at TEXT NOT NULL);");
}

}  // namespace

Migration step0006Setbacks() { return {6, "setbacks and recovery place", createSetbacks}; }

}  // namespace mooring::migrations
