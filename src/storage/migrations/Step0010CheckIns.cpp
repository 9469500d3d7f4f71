#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"

namespace mooring::migrations {

namespace {

// The daily check-in (docs/export-format.md, "checkins").
// - check_ins has at most one row per day (day is YYYY-MM-DD, the person's own calendar
//   day); seq is what the lists below hang from, id what an export names it by.
// - Every answer but "overall" may be unsaid: NULL, never a made-up 0 or false.
// - Feelings and what helped are rows of their own, in the journal's shape, so a later
//   diary card or review can ask "which days did walking help" without reading every text.
void createCheckIns(Database& db) {
    db.exec(
        "CREATE TABLE check_ins("
        " seq INTEGER PRIMARY KEY,"
        " id TEXT NOT NULL UNIQUE,"
        " day TEXT NOT NULL UNIQUE,"
        " overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 10),"
        " urge INTEGER CHECK (urge BETWEEN 0 AND 10),"
        " sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),"
        " ate INTEGER CHECK (ate IN (0, 1)),"
        " medication INTEGER CHECK (medication IN (0, 1)),"
        " moved INTEGER CHECK (moved IN (0, 1)),"
        " note TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL);"
        "CREATE TABLE check_in_feelings("
        " check_in INTEGER NOT NULL REFERENCES check_ins(seq) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " name TEXT NOT NULL COLLATE NOCASE,"
        " PRIMARY KEY (check_in, position)) WITHOUT ROWID;"
        "CREATE TABLE check_in_helped("
        " check_in INTEGER NOT NULL REFERENCES check_ins(seq) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " strategy_id TEXT,"
        " text TEXT,"
        " CHECK ((strategy_id IS NULL) <> (text IS NULL)),"
        " PRIMARY KEY (check_in, position)) WITHOUT ROWID;"
        "CREATE INDEX check_in_helped_by_strategy ON check_in_helped(strategy_id);");
}

}  // namespace

Migration step0010CheckIns() { return {10, "daily check-ins", createCheckIns}; }

}  // namespace mooring::migrations
