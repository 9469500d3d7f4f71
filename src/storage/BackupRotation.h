#pragma once

#include "storage/BackupName.h"

#include <vector>

namespace mooring {

// Which backups to keep (docs/backups.md "Rotation"):
// - daily: the 7 newest, plus "weekly" ones: of the daily backups not among those 7, the
//   newest of each ISO week, for the 4 newest such weeks;
// - before import / restore / migration: the 5 newest, whatever the reason;
// - manual: the 5 newest.
// Pure: names in, names to delete out. The newest backup of each kind is always kept, so
// the backup just made (and checked) is never among those deleted.
class BackupRotation {
public:
    static constexpr int kDaily = 7;
    static constexpr int kWeekly = 4;
    static constexpr int kBeforeRisky = 5;
    static constexpr int kManual = 5;

    static std::vector<BackupName> toDelete(std::vector<BackupName> backups);
};

}  // namespace mooring
