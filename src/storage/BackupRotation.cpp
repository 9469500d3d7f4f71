#include "storage/BackupRotation.h"

#include <algorithm>
#include <set>
#include <utility>

namespace mooring {

namespace {

std::pair<int, int> isoWeek(const QDateTime& time) {
    int year = 0;
    const int week = time.date().weekNumber(&year);
    return {year, week};
}

// Of `ofKind` (newest first), everything after the first `keep`.
void deleteBeyond(const std::vector<BackupName>& ofKind, std::size_t keep, std::vector<BackupName>& out) {
    for (std::size_t i = keep; i < ofKind.size(); ++i) out.push_back(ofKind[i]);
}

}  // namespace

std::vector<BackupName> BackupRotation::toDelete(std::vector<BackupName> backups) {
    std::sort(backups.begin(), backups.end(), [](const BackupName& a, const BackupName& b) { return b < a; });
    std::vector<BackupName> daily;
    std::vector<BackupName> manual;
    std::vector<BackupName> risky;
    for (const BackupName& name : backups) {
        switch (name.kind) {
            case BackupKind::Daily:
                daily.push_back(name);
                break;
            case BackupKind::Manual:
                manual.push_back(name);
                break;
            case BackupKind::BeforeRisky:
                risky.push_back(name);
                break;
        }
    }

    std::vector<BackupName> doomed;
    deleteBeyond(manual, kManual, doomed);
    deleteBeyond(risky, kBeforeRisky, doomed);

    // Older dailies: the first one met in each week (newest first) is that week's last.
    std::set<std::pair<int, int>> weeksKept;
    for (std::size_t i = kDaily; i < daily.size(); ++i) {
        const auto week = isoWeek(daily[i].madeAt);
        if (weeksKept.size() < static_cast<std::size_t>(kWeekly) && !weeksKept.contains(week)) {
            weeksKept.insert(week);
            continue;
        }
        doomed.push_back(daily[i]);
    }
    return doomed;
}

}  // namespace mooring
