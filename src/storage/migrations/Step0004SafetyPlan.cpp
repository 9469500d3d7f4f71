#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"

namespace mooring::migrations {

namespace {

// The safety plan (docs/export-format.md, "safety_plan") and the person's contacts.
// - plan_versions: one row per save, in save order (seq); saved_at keeps the offset the
//   person had. Versions are never edited in place: triggers refuse UPDATE on both tables.
// - plan_items: the items of one version, by section key and position.
// - contacts: ordered by position; the plan's "people" sections copy names from here.
void createSafetyPlan(Database& db) {
    db.exec(
        "CREATE TABLE plan_versions("
        " seq INTEGER PRIMARY KEY,"
        " id TEXT NOT NULL UNIQUE,"
        " saved_at TEXT NOT NULL,"
        " note TEXT NOT NULL DEFAULT '');"
        "CREATE TABLE plan_items("
        " version INTEGER NOT NULL REFERENCES plan_versions(seq) ON DELETE CASCADE,"
        " section TEXT NOT NULL CHECK (section IN ('warning_signs', 'internal_coping',"
        "  'social_distraction', 'people_to_ask', 'professionals', 'safe_environment',"
        "  'reasons_for_living')),"
        " position INTEGER NOT NULL,"
        " text TEXT NOT NULL,"
        " PRIMARY KEY (version, section, position)) WITHOUT ROWID;"
        "CREATE TRIGGER plan_versions_never_edited BEFORE UPDATE ON plan_versions"
        " BEGIN SELECT RAISE(ABORT, 'plan versions are never edited'); END;"
        "CREATE TRIGGER plan_items_never_edited BEFORE UPDATE ON plan_items"
        " BEGIN SELECT RAISE(ABORT, 'plan versions are never edited'); END;"
        "CREATE TABLE contacts("
        " seq INTEGER PRIMARY KEY,"
        " id TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL,"
        " phone TEXT NOT NULL DEFAULT '',"
        " role TEXT NOT NULL CHECK (role IN ('friend', 'family', 'professional', 'service', 'other')),"
        " note TEXT NOT NULL DEFAULT '',"
        " position INTEGER NOT NULL,"
        " updated_at TEXT NOT NULL);");
}

}  // namespace

Migration step0004SafetyPlan() { return {4, "safety plan", createSafetyPlan}; }

}  // namespace mooring::migrations
