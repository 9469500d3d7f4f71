#include "storage/migrations/MigrationSteps.h"

#include "storage/Database.h"
#include "storage/StrategyStore.h"

#include <QDateTime>

namespace mooring::migrations {

namespace {

// Four built-in ideas got safer words (StrategyStore::rewordings says which and why). The
// ids stay, so exports and journal entries still point at the same idea; what the person
// sees changes only where they never edited the idea, so their own words stay theirs.
// A later step that rewords ideas again passes the whole list again: each entry matches
// only its own old words, oldest first, so a chain of changes lands on the newest.
void rewordIdeas(Database& db) {
    StrategyStore::rewordBuiltins(db, StrategyStore::rewordings(), QDateTime::currentDateTime());
}

}  // namespace

Migration step0009SaferIdeaWords() { return {9, "safer idea words", rewordIdeas}; }

}  // namespace mooring::migrations
