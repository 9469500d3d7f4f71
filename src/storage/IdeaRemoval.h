#pragma once

#include "domain/Clock.h"
#include "domain/CopingStrategy.h"
#include "storage/MediaStore.h"

#include <QList>
#include <QString>

namespace mooring {

class Database;

// Deleting one of the person's own ideas together with the photos, recordings and sounds
// kept with it (a safety-box idea, schema step 11), and putting all of it back. The
// toolbox deletes with Undo; StrategyStore::remove() alone refuses an idea that still
// keeps media, so none is lost without the person being asked. Each call is one
// transaction: all of it happens or none of it. Throws Error like the stores it uses.
class IdeaRemoval {
public:
    // How many media an idea keeps, by kind; reads no blob.
    struct Kept {
        int photos = 0;
        int recordings = 0;
        int sounds = 0;
        int total() const noexcept { return photos + recordings + sounds; }
        bool operator==(const Kept&) const = default;
    };
    // Everything that went, for undo: the idea as it was and each medium whole.
    struct Removed {
        CopingStrategy strategy;
        QList<MediaStore::Removed> media;  // in the idea's order
    };

    explicit IdeaRemoval(Database& db, Clock clock = {});

    Kept kept(const QString& strategyId);
    // The media first, then the idea; refused as StrategyStore::remove() refuses (a
    // built-in idea, one that is gone), and then nothing is removed.
    Removed remove(const QString& strategyId);
    // The idea first, then each medium with its id, times and place; what is back already
    // is left as it is.
    void restore(const Removed& removed);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
