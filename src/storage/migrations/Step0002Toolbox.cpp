#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"
#include "storage/StrategyStore.h"

#include <QDateTime>

namespace mooring::migrations {

namespace {

// The coping toolbox (docs/export-format.md, "strategies"). `archived` is "hidden" on screen;
// `location` is where a safety-box item is kept. strategy_seeds remembers every built-in
// id ever seeded, so a later version that ships more ideas adds only the new ones and
// never brings back what the person deleted (StrategyStore::seedBuiltins; a later step
// that ships new ideas calls it again).
void createToolbox(Database& db) {
    db.exec(
        "CREATE TABLE strategies("
        " id TEXT PRIMARY KEY NOT NULL,"
        " category TEXT NOT NULL CHECK (category IN"
        "  ('sensory', 'distraction', 'emotional_release', 'self_soothing', 'safety_box')),"
        " title TEXT NOT NULL CHECK (length(title) > 0),"
        " details TEXT NOT NULL DEFAULT '',"
        " location TEXT NOT NULL DEFAULT '',"
        " favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),"
        " favourite_order INTEGER,"
        " builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),"
        " builtin_key TEXT UNIQUE,"
        " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
        " position INTEGER NOT NULL DEFAULT 0,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL);"
        "CREATE INDEX strategies_by_category ON strategies(category, position);"
        "CREATE TABLE strategy_seeds(builtin_key TEXT PRIMARY KEY NOT NULL, seeded_at TEXT NOT NULL);");
    StrategyStore::seedBuiltins(db, StrategyStore::bundledIdeas(), QDateTime::currentDateTime());
}

}  // namespace

Migration step0002Toolbox() { return {2, "toolbox", createToolbox}; }

}  // namespace mooring::migrations
