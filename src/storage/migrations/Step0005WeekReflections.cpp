#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"

namespace mooring::migrations {

namespace {

// The weekly review's "what I want to change" notes (docs/export-format.md, "reflections"),
// one per week. week_start is the week's first day as YYYY-MM-DD, so a note stays with
// its week whichever day the person's weeks start on when they read it again.
void createWeekReflections(Database& db) {
    db.exec(
        "CREATE TABLE week_reflections("
        " week_start TEXT PRIMARY KEY CHECK (length(week_start) = 10),"
        " text TEXT NOT NULL,"
        " updated_at TEXT NOT NULL);");
}

}  // namespace

Migration step0005WeekReflections() { return {5, "week reflections", createWeekReflections}; }

}  // namespace mooring::migrations
