#include "storage/IdeaRemoval.h"

#include "domain/MediaKind.h"
#include "storage/Database.h"
#include "storage/StrategyStore.h"

namespace mooring {

IdeaRemoval::IdeaRemoval(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

IdeaRemoval::Kept IdeaRemoval::kept(const QString& strategyId) {
    Statement query(m_db, "SELECT kind, count(*) FROM media WHERE strategy_id = ? GROUP BY kind");
    query.bind(1, strategyId);
    Kept kept;
    while (query.step()) {
        switch (mediaKinds::fromName(query.text(0)).value_or(MediumKind::Photo)) {
            case MediumKind::Photo:
                kept.photos += query.integer(1);
                break;
            case MediumKind::Recording:
                kept.recordings += query.integer(1);
                break;
            case MediumKind::Sound:
                kept.sounds += query.integer(1);
                break;
        }
    }
    return kept;
}

IdeaRemoval::Removed IdeaRemoval::remove(const QString& strategyId) {
    Transaction tx(m_db);
    StrategyStore strategies(m_db, m_clock);
    MediaStore media(m_db, m_clock);
    Removed removed;
    // Read before anything goes: a built-in or vanished idea is refused below with the
    // media still in place, because the transaction is rolled back.
    if (auto found = strategies.find(strategyId)) removed.strategy = *found;
    for (const Medium& medium : media.listRecords(MediaPlace::safetyBox(strategyId)))
        removed.media.append(media.remove(medium.id));
    strategies.remove(strategyId);
    tx.commit();
    return removed;
}

void IdeaRemoval::restore(const Removed& removed) {
    Transaction tx(m_db);
    StrategyStore(m_db, m_clock).restore(removed.strategy);
    MediaStore media(m_db, m_clock);
    for (const MediaStore::Removed& medium : removed.media) media.restore(medium);
    tx.commit();
}

}  // namespace mooring
