#pragma once

#include <QCoreApplication>
#include <QString>

namespace mooring {

struct BackupRoom;

// How Mooring speaks of the room it takes on the disk, the same in settings and on the
// start page: sizes in the locale's units, and the calm word when the backups take more
// than a tenth of the free space (docs/backups.md, "Room on the disk").
class RoomWords {
    Q_DECLARE_TR_FUNCTIONS(RoomWords)

public:
    static QString size(qint64 bytes);  // "2.4 MB", as the person's file manager counts
    // What the person is told, with the figures and what they can do; empty when the
    // backups take less.
    static QString backupsNeedRoom(const BackupRoom& room);
};

}  // namespace mooring
