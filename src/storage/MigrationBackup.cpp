#include "storage/MigrationBackup.h"

#include "storage/BackupCopy.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ProfilePaths.h"

#include <QDir>
#include <QFile>

namespace mooring {

using namespace Qt::StringLiterals;

void MigrationBackup::migrate(const ProfilePaths& paths, Database& database, const SecureBuffer& dataKey) {
    const int version = database.userVersion();
    // Newer: migrate() refuses without writing. Current: nothing to do, nothing to save.
    if (version >= Migrations::latestVersion()) {
        Migrations::migrate(database);
        return;
    }
    Backups backups(paths);
    const BackupInfo saved = backups.make(database, dataKey, BackupKind::BeforeRisky, u"migration"_s);
    try {
        Migrations::migrate(database);
    } catch (...) {
        { Database closing = std::move(database); }  // closed before its file is replaced
        try {
            QFile::remove(paths.database() + u"-journal"_s);
            BackupCopy::copyFile(
                QDir(backups.folderOf(saved.name)).filePath(QString::fromLatin1(Backups::kDatabaseFile)),
                paths.database());
        } catch (...) {
            // Each step is a transaction of its own, so the file is still whole at the last
            // step that went through; the step's own error is the one that matters.
        }
        throw;
    }
}

}  // namespace mooring
