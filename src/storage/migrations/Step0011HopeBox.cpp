#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"

namespace mooring::migrations {

namespace {

// The hope box: photos, voice recordings and sounds, kept only here, inside the encrypted
// database, never as files (docs/architecture.md, "The hope box").
// - media: what a list shows. A medium belongs to a safety-box idea (strategy_id) or to
//   the plan's "reasons for living" (plan_section), exactly one of the two. The kinds and
//   formats are domain/MediaKind's list (tests/storage/MediaStoreTest.cpp checks they
//   agree). The small thumbnail (photos only) is the last column, so counting and summing
//   a box reads no thumbnail's overflow pages.
// - strategy_id is RESTRICT: deleting an idea never takes its photos with it unnoticed
//   (StrategyStore::remove refuses while it has any; the screen removes them first, after
//   asking, and can put them back), and an import replaces an idea in place.
// - media_bytes: the bytes themselves, one row each, read only when one is opened, so a
//   box of 200 photos lists without walking megabytes of blob pages.
void createMedia(Database& db) {
    db.exec(
        "CREATE TABLE media("
        " id TEXT PRIMARY KEY NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('photo', 'recording', 'sound')),"
        " mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'audio/ogg', 'audio/wav')),"
        " caption TEXT NOT NULL DEFAULT '',"
        " strategy_id TEXT REFERENCES strategies(id) ON DELETE RESTRICT,"
        " plan_section TEXT CHECK (plan_section IN ('reasons_for_living')),"
        " position INTEGER NOT NULL DEFAULT 0,"
        " byte_size INTEGER NOT NULL CHECK (byte_size > 0),"
        " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " thumbnail BLOB,"
        " CHECK ((strategy_id IS NULL) <> (plan_section IS NULL)),"
        " CHECK ((kind = 'photo') = (substr(mime, 1, 6) = 'image/')),"
        " CHECK (thumbnail IS NULL OR kind = 'photo'));"
        "CREATE INDEX media_by_strategy ON media(strategy_id, position);"
        "CREATE INDEX media_by_section ON media(plan_section, position);"
        "CREATE TABLE media_bytes("
        " media_id TEXT PRIMARY KEY NOT NULL REFERENCES media(id) ON DELETE CASCADE,"
        " bytes BLOB NOT NULL);");
}

}  // namespace

Migration step0011HopeBox() { return {11, "hope box media", createMedia}; }

}  // namespace mooring::migrations
