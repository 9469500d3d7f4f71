#include "storage/BackupRoom.h"

#include "storage/Backups.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace mooring {

namespace {

constexpr qint64 kShareOfFree = 10;  // a tenth

}  // namespace

qint64 freeSpaceOnDisk(const QString& path) {
    const QStorageInfo disk(path);
    if (!disk.isValid() || !disk.isReady()) return -1;
    return disk.bytesAvailable();
}

BackupRoom BackupRoom::measure(const ProfilePaths& paths, const FreeSpace& freeSpace) {
    BackupRoom room;
    room.databaseBytes = QFileInfo(paths.database()).size();
    const std::vector<BackupInfo> backups = Backups(paths).list();
    room.backupCount = static_cast<int>(backups.size());
    room.backupBytes = Backups::totalBytes(backups);
    // The backups live inside the profile folder: one disk for both.
    room.freeBytes = freeSpace(paths.dir());
    return room;
}

bool BackupRoom::takesTooMuch(qint64 backupBytes, qint64 freeBytes) {
    if (freeBytes < 0) return false;
    // Compared without dividing: a tenth of a few bytes must not round down to nothing.
    return backupBytes * kShareOfFree > freeBytes;
}

}  // namespace mooring
