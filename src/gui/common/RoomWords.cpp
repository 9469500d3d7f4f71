#include "gui/common/RoomWords.h"

#include "storage/BackupRoom.h"

#include <QLocale>

namespace mooring {

QString RoomWords::size(qint64 bytes) {
    // Powers of 1000 ("MB"), as file managers show sizes on Linux, so the figures here
    // match what the person sees there.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString RoomWords::backupsNeedRoom(const BackupRoom& room) {
    if (!room.backupsTakeTooMuch()) return {};
    return tr("Your backups take %1, and %2 is still free on this disk. Your data and your backups are fine. So "
              "that the next backups have room, you could make some space on this disk, or move your profile to "
              "a larger one.")
        .arg(size(room.backupBytes), size(room.freeBytes));
}

}  // namespace mooring
