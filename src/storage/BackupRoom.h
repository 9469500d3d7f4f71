#pragma once

#include "storage/ProfilePaths.h"

#include <QString>

#include <functional>

namespace mooring {

// The free bytes on the disk that holds `path` for this user, or -1 when that can't be known.
using FreeSpace = std::function<qint64(const QString& path)>;
qint64 freeSpaceOnDisk(const QString& path);  // QStorageInfo

// How much room a profile takes on its disk: its database, its backups (what the rotation
// keeps) and what is still free there. Photos and recordings make the database, and so
// every backup, larger; when the backups take more than a tenth of the free space, the
// person is told calmly after the daily backup, while there is still room to act
// (docs/backups.md, "Room on the disk").
struct BackupRoom {
    qint64 databaseBytes = 0;
    int backupCount = 0;
    qint64 backupBytes = 0;  // every backup kept, both files of each
    qint64 freeBytes = -1;   // -1: not known

    // Reads the folder (a listing and a size for each file; no database is opened). Quick
    // for a few backups, but a slow disk or a long rotation makes it worth doing off the
    // GUI thread. Safe on any thread.
    static BackupRoom measure(const ProfilePaths& paths, const FreeSpace& freeSpace = freeSpaceOnDisk);

    // "The backups would take more than a tenth of the free space." False when the free
    // space is not known: nothing is said on a guess.
    static bool takesTooMuch(qint64 backupBytes, qint64 freeBytes);
    bool backupsTakeTooMuch() const { return takesTooMuch(backupBytes, freeBytes); }
};

}  // namespace mooring
