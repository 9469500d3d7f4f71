#pragma once

#include <functional>
#include <vector>

namespace mooring {

class Database;

// Ordered schema steps on PRAGMA user_version (Signal Desktop shape). Step N moves the
// schema from version N-1 to N, in its own transaction, and sets user_version to N.
struct Migration {
    int version;
    const char* name;
    std::function<void(Database&)> apply;
};

class Migrations {
public:
    static const std::vector<Migration>& all();
    static int latestVersion();
    // Brings db up to latestVersion(); refuses (Error::Kind::NewerVersion) a database made
    // by a newer Mooring. Returns the version it started from.
    static int migrate(Database& db);
    // Runs the steps up to and including `version` only (tests of older versions).
    static void migrateTo(Database& db, int version);
    // migrate() over a given list instead of all() (tests of the machinery itself).
    static int migrate(Database& db, const std::vector<Migration>& steps);
};

}  // namespace mooring
