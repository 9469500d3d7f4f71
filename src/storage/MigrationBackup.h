#pragma once

namespace mooring {

class Database;
class ProfilePaths;
class SecureBuffer;

// Schema migrations on unlock, made safe: when `database` is older than the newest schema,
// a "before-migration" backup is made and checked first (no backup, no migration:
// Error::Kind::CannotWrite). If a step then fails, the database is closed (`database` is
// left empty), the backed-up file is put back, and the step's error is thrown.
class MigrationBackup {
public:
    static void migrate(const ProfilePaths& paths, Database& database, const SecureBuffer& dataKey);
};

}  // namespace mooring
