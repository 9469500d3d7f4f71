#include "storage/LargerPageCache.h"

#include "storage/Database.h"

#include <string>

namespace mooring {

LargerPageCache::LargerPageCache(Database& db) : m_db(db) {
    Statement query(db, "PRAGMA cache_size");
    m_before = query.step() ? query.int64(0) : 0;
    db.exec("PRAGMA cache_size = -32768");  // KiB
}

LargerPageCache::~LargerPageCache() {
    try {
        // PRAGMA takes no bound parameters; the value is a number SQLite gave us.
        m_db.exec("PRAGMA cache_size = " + std::to_string(m_before));
    } catch (const Error&) {
        // Only the cache's size: the write itself is committed or rolled back already.
    }
}

}  // namespace mooring
