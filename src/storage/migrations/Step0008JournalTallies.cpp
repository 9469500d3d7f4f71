#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"

#include <string>

namespace mooring::migrations {

namespace {

// The weekly review's figures over all time ("since your first entry", "what helps me")
// used to read every entry and every tried item: tens of milliseconds after 10 years.
// Two small tables hold them added up, kept current by triggers so that every way rows
// are written (JournalStore, the importer's row helpers, delete and undo) keeps them right
// without knowing about them:
// - journal_days: per local day (Julian day number in each entry's own offset, as
//   src/insights/ counts), the entries, their outcomes, an urge histogram and the number
//   of things tried. At most one row a day: thousands after 20 years, not tens of
//   thousands, and a week's trend reads a few dozen.
// - journal_ideas: per idea as saved (a toolbox id, or the exact words typed), how often
//   it was tried and rated, the sum of ratings, the first row saved (whose spelling is
//   shown) and the first local day (for "ideas tried" up to a past week). A few dozen rows.
// Only additions, never a rule: src/insights/ still does the arithmetic, so progress
// figures keep their "never drop" rules there.
//
// The triggers need each tried item's day, so an entry's tried items are removed before
// the entry itself (a cascade would run after the entry is gone). SQLite 3.15 has no
// UPSERT: a row is created when missing, then updated.

// The local day of a row with occurred_utc and utc_offset; the shift keeps the dividend
// positive so integer division floors (QDate::toJulianDay(1970-01-01) = 2440588).
std::string dayOf(const std::string& row) {
    return "((" + row + ".occurred_utc + " + row + ".utc_offset + 210866803200) / 86400)";
}

std::string ideaKey(const std::string& row) {
    return "(CASE WHEN " + row + ".strategy_id IS NULL THEN 't' || " + row + ".text ELSE 'i' || " + row +
           ".strategy_id END)";
}

// The day of the entry a tried row belongs to.
std::string dayOfEntry(const std::string& row) {
    return "(SELECT " + dayOf("e") + " FROM journal_entries e WHERE e.seq = " + row + ".entry)";
}

// sign = "+" or "-": one entry's facts added to or taken from its day.
std::string entryFacts(const std::string& row, const char* sign) {
    const std::string s(sign);
    std::string set = "entries = entries " + s + " 1";
    for (const char* outcome : {"passed", "coped", "acted"})
        set += std::string(", ") + outcome + " = " + outcome + " " + s + " (" + row + ".outcome IS '" + outcome + "')";
    for (int u = 0; u <= 10; ++u) {
        const std::string column = "urge" + std::to_string(u);
        set += ", " + column + " = " + column + " " + s + " (" + row + ".urge IS " + std::to_string(u) + ")";
    }
    set += ", tried = tried " + s + " (SELECT count(*) FROM journal_tried t WHERE t.entry = " + row + ".seq)";
    return set;
}

std::string ensureDay(const std::string& day) {
    return "INSERT INTO journal_days(day) SELECT " + day +
           " WHERE NOT EXISTS (SELECT 1 FROM journal_days WHERE day = " + day + ");";
}

std::string addEntry(const std::string& row) {
    const std::string day = dayOf(row);
    return ensureDay(day) + "UPDATE journal_days SET " + entryFacts(row, "+") + " WHERE day = " + day + ";";
}

std::string takeEntry(const std::string& row) {
    const std::string day = dayOf(row);
    return "UPDATE journal_days SET " + entryFacts(row, "-") + " WHERE day = " + day + ";" +
           "DELETE FROM journal_days WHERE day = " + day + " AND entries <= 0;";
}

// The earliest row, or the earliest day, of the ideas matching `where` (over journal_ideas),
// worked out again from the rows after the first try was removed or moved to another day.
// Separate, because the day costs a look-up per try of the idea and is rarely needed; the
// row is one step in an index (and needed whenever an entry is saved again).
std::string recomputeFirst(const char* what, const std::string& where) {
    std::string sql;
    for (const char* column : {"strategy_id", "text"}) {
        const std::string c(column);
        const std::string kind = c == "strategy_id" ? "strategy_id IS NOT NULL" : "strategy_id IS NULL";
        const std::string value =
            std::string(what) == "first_saved"
                ? "(SELECT min(t.rowid) FROM journal_tried t WHERE t." + c + " = journal_ideas." + c + ")"
                : "(SELECT min(" + dayOf("e") +
                      ") FROM journal_tried t JOIN journal_entries e ON e.seq = t.entry"
                      " WHERE t." +
                      c + " = journal_ideas." + c + ")";
        sql += std::string("UPDATE journal_ideas SET ") + what + " = " + value + " WHERE " + kind + " AND (" + where +
               ");";
    }
    return sql;
}

std::string addTried(const std::string& row) {
    const std::string day = dayOfEntry(row);
    const std::string key = ideaKey(row);
    return "UPDATE journal_days SET tried = tried + 1 WHERE day = " + day + ";" +
           "INSERT INTO journal_ideas(key, strategy_id, text, first_saved, first_day) SELECT " + key + ", " + row +
           ".strategy_id, " + row + ".text, " + row + ".rowid, " + day +
           " WHERE NOT EXISTS (SELECT 1 FROM journal_ideas WHERE key = " + key + ");" +
           "UPDATE journal_ideas SET times = times + 1, rated = rated + (" + row +
           ".helped IS NOT NULL),"
           " helped_sum = helped_sum + coalesce(" +
           row +
           ".helped, 0),"
           " first_saved = min(first_saved, " +
           row + ".rowid), first_day = min(first_day, " + day + ") WHERE key = " + key + ";";
}

std::string takeTried(const std::string& row) {
    const std::string day = dayOfEntry(row);
    const std::string key = ideaKey(row);
    return "UPDATE journal_days SET tried = tried - 1 WHERE day = " + day + ";" +
           "UPDATE journal_ideas SET times = times - 1, rated = rated - (" + row +
           ".helped IS NOT NULL),"
           " helped_sum = helped_sum - coalesce(" +
           row + ".helped, 0) WHERE key = " + key + ";" + "DELETE FROM journal_ideas WHERE key = " + key +
           " AND times <= 0;" + recomputeFirst("first_saved", "key = " + key + " AND first_saved = " + row + ".rowid") +
           recomputeFirst("first_day", "key = " + key + " AND first_day = " + day);
}

std::string trigger(const std::string& name, const std::string& on, const std::string& body,
                    const std::string& condition = {}) {
    return "CREATE TRIGGER " + name + " " + on + " FOR EACH ROW" + (condition.empty() ? "" : " WHEN " + condition) +
           " BEGIN " + body + " END;";
}

void createTables(Database& db) {
    std::string urges;
    for (int u = 0; u <= 10; ++u) urges += " urge" + std::to_string(u) + " INTEGER NOT NULL DEFAULT 0,";
    db.exec(
        "CREATE TABLE journal_days("
        " day INTEGER PRIMARY KEY,"
        " entries INTEGER NOT NULL DEFAULT 0,"
        " passed INTEGER NOT NULL DEFAULT 0,"
        " coped INTEGER NOT NULL DEFAULT 0,"
        " acted INTEGER NOT NULL DEFAULT 0," +
        urges +
        " tried INTEGER NOT NULL DEFAULT 0);"
        "CREATE TABLE journal_ideas("
        " key TEXT PRIMARY KEY,"
        " strategy_id TEXT,"
        " text TEXT,"
        " times INTEGER NOT NULL DEFAULT 0,"
        " rated INTEGER NOT NULL DEFAULT 0,"
        " helped_sum INTEGER NOT NULL DEFAULT 0,"
        " first_saved INTEGER NOT NULL,"
        " first_day INTEGER NOT NULL) WITHOUT ROWID;"
        // Finding an idea's first try again by its words (toolbox ids have their index).
        "CREATE INDEX journal_tried_by_text ON journal_tried(text);");
}

void fillFromRows(Database& db) {
    std::string urges;
    for (int u = 0; u <= 10; ++u) urges += ", sum(e.urge IS " + std::to_string(u) + ")";
    db.exec(
        "INSERT INTO journal_days(day, entries, passed, coped, acted, urge0, urge1, urge2, urge3, urge4, urge5,"
        " urge6, urge7, urge8, urge9, urge10, tried)"
        " SELECT " +
        dayOf("e") +
        " AS d, count(*), sum(e.outcome IS 'passed'), sum(e.outcome IS 'coped'),"
        " sum(e.outcome IS 'acted')" +
        urges +
        ", sum((SELECT count(*) FROM journal_tried t WHERE t.entry = e.seq))"
        " FROM journal_entries e GROUP BY d;"
        "INSERT INTO journal_ideas(key, strategy_id, text, times, rated, helped_sum, first_saved, first_day)"
        " SELECT " +
        ideaKey("t") +
        " AS k, t.strategy_id, t.text, count(*), count(t.helped),"
        " coalesce(sum(t.helped), 0), min(t.rowid), min(" +
        dayOf("e") +
        ")"
        " FROM journal_tried t JOIN journal_entries e ON e.seq = t.entry GROUP BY k;");
}

void createTriggers(Database& db) {
    db.exec(trigger("journal_days_insert", "AFTER INSERT ON journal_entries", addEntry("NEW")) +
            // An entry's tried items go first, while the entry still says which day they are on.
            trigger("journal_days_delete_tried", "BEFORE DELETE ON journal_entries",
                    "DELETE FROM journal_tried WHERE entry = OLD.seq;") +
            trigger("journal_days_delete", "AFTER DELETE ON journal_entries", takeEntry("OLD")) +
            trigger("journal_days_update", "AFTER UPDATE OF occurred_utc, utc_offset, urge, outcome ON journal_entries",
                    takeEntry("OLD") + addEntry("NEW")) +
            trigger("journal_ideas_moved", "AFTER UPDATE OF occurred_utc, utc_offset ON journal_entries",
                    recomputeFirst("first_day",
                                   "key IN (SELECT " + ideaKey("t") + " FROM journal_tried t WHERE t.entry = NEW.seq)"),
                    dayOf("OLD") + " <> " + dayOf("NEW")) +
            trigger("journal_ideas_insert", "AFTER INSERT ON journal_tried", addTried("NEW")) +
            trigger("journal_ideas_delete", "AFTER DELETE ON journal_tried", takeTried("OLD")) +
            trigger("journal_ideas_update", "AFTER UPDATE ON journal_tried", takeTried("OLD") + addTried("NEW")));
}

void createJournalTallies(Database& db) {
    createTables(db);
    fillFromRows(db);
    createTriggers(db);
}

}  // namespace

Migration step0008JournalTallies() { return {8, "journal tallies", createJournalTallies}; }

}  // namespace mooring::migrations
