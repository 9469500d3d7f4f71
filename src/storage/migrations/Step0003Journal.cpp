#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"

namespace mooring::migrations {

namespace {

// The private trigger journal (docs/export-format.md, "journal").
// - journal_entries is kept narrow (no long texts) so that walking it in time order to
//   fill a list page or apply a filter reads few pages: SQLCipher decrypts every page read.
// - occurred_utc (seconds) is the instant; utc_offset (seconds east of UTC) is the offset
//   the person had, so the local time of day stays recoverable for the weekly review.
// - journal_search is an FTS4 index over every text of an entry (inside the encrypted
//   file); docid = journal_entries.seq. The store keeps it in step.
// - journal_held_draft keeps, encrypted, an entry that was being written when the
//   program locked on its own, until the person says whether to keep it.
void createJournal(Database& db) {
    db.exec(
        "CREATE TABLE journal_entries("
        " seq INTEGER PRIMARY KEY,"
        " id TEXT NOT NULL UNIQUE,"
        " occurred_utc INTEGER NOT NULL,"
        " utc_offset INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),"
        " urge INTEGER NOT NULL CHECK (urge BETWEEN 0 AND 10),"
        " outcome TEXT CHECK (outcome IN ('passed', 'coped', 'acted')),"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL);"
        "CREATE INDEX journal_by_time ON journal_entries(occurred_utc);"
        "CREATE TABLE journal_texts("
        " entry INTEGER PRIMARY KEY REFERENCES journal_entries(seq) ON DELETE CASCADE,"
        " situation TEXT NOT NULL DEFAULT '',"
        " thoughts TEXT NOT NULL DEFAULT '',"
        " notes TEXT NOT NULL DEFAULT '');"
        "CREATE TABLE journal_feelings("
        " entry INTEGER NOT NULL REFERENCES journal_entries(seq) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " name TEXT NOT NULL COLLATE NOCASE,"
        " PRIMARY KEY (entry, position)) WITHOUT ROWID;"
        "CREATE INDEX journal_feelings_by_name ON journal_feelings(name);"
        "CREATE TABLE journal_triggers("
        " entry INTEGER NOT NULL REFERENCES journal_entries(seq) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " name TEXT NOT NULL COLLATE NOCASE,"
        " PRIMARY KEY (entry, position)) WITHOUT ROWID;"
        "CREATE INDEX journal_triggers_by_name ON journal_triggers(name);"
        "CREATE TABLE journal_tried("
        " entry INTEGER NOT NULL REFERENCES journal_entries(seq) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " strategy_id TEXT,"
        " text TEXT,"
        " helped INTEGER CHECK (helped BETWEEN 0 AND 10),"
        " CHECK ((strategy_id IS NULL) <> (text IS NULL)),"
        " PRIMARY KEY (entry, position));"
        "CREATE INDEX journal_tried_by_strategy ON journal_tried(strategy_id);"
        "CREATE VIRTUAL TABLE journal_search USING fts4(body, tokenize=unicode61);"
        "CREATE TABLE journal_held_draft("
        " slot INTEGER PRIMARY KEY CHECK (slot = 1),"
        " body TEXT NOT NULL,"
        " held_at TEXT NOT NULL);");
}

}  // namespace

Migration step0003Journal() { return {3, "journal", createJournal}; }

}  // namespace mooring::migrations
