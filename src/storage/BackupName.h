#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace mooring {

// Why a backup was made. Daily: the first unlock of a day; Manual: the person asked
// ("Back up now", `mooring-cli backup`); BeforeRisky: just before import, restore or a
// schema migration (the reason names which).
enum class BackupKind { Daily, Manual, BeforeRisky };

// A backup's folder name says when and why it was made, so listing and rotating need
// nothing but the folder names (docs/backups.md):
//   2026-11-23T081530-daily, 2026-11-23T081530-manual, 2026-11-23T081530-before-import
// The time is local time to the second; a second backup in the same second gets "-2", ...
struct BackupName {
    QDateTime madeAt;  // local time, whole seconds
    BackupKind kind = BackupKind::Manual;
    QString reason;    // BeforeRisky only: lowercase letters ("import", "restore", "migration")
    int sequence = 1;  // 1, or 2, 3, ... for more backups in the same second

    QString toString() const;
    // Nothing for any other folder name (those are never touched by rotation).
    static std::optional<BackupName> parse(const QString& name);
    // True for a reason that can be part of a name: 1-20 lowercase ASCII letters.
    static bool isValidReason(const QString& reason);

    bool operator<(const BackupName& other) const;  // older first
};

}  // namespace mooring
