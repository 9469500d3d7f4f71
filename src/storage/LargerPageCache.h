#pragma once

#include <cstdint>

namespace mooring {

class Database;

// A large write (an import) touches more pages than SQLite's small default page cache
// holds, and each time the cache spills to the file the rollback journal is synced first
// (synchronous=FULL): about a hundred syncs for a 10-year journal. While one of these
// lives, the connection may cache up to 32 MiB (taken only as needed); then the size it
// had comes back.
class LargerPageCache {
public:
    explicit LargerPageCache(Database& db);
    LargerPageCache(const LargerPageCache&) = delete;
    LargerPageCache& operator=(const LargerPageCache&) = delete;
    ~LargerPageCache();

private:
    Database& m_db;
    std::int64_t m_before = 0;
};

}  // namespace mooring
