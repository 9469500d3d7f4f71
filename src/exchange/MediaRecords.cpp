#include "exchange/MediaRecords.h"

#include "storage/MediaStore.h"
#include "storage/StrategyStore.h"

namespace mooring::mediaRecords {

QList<Medium> all(Database& db) {
    MediaStore store(db);
    QList<Medium> out = store.listRecords(MediaPlace::reasonsForLiving());
    // Every idea, not only the safety box's: one moved out of it keeps its media.
    for (const CopingStrategy& s : StrategyStore(db).all()) out.append(store.listRecords(MediaPlace::safetyBox(s.id)));
    return out;
}

void put(Database& db, const Medium& medium, const QByteArray& bytes) {
    MediaStore store(db);
    QByteArray thumbnail;
    if (const std::optional<Medium> here = store.find(medium.id)) {
        MediaStore::Removed removed = store.remove(medium.id);
        if (here->sha256 == medium.sha256) thumbnail = std::move(removed.thumbnail);
    }
    store.restore({medium, bytes, thumbnail});
}

}  // namespace mooring::mediaRecords
