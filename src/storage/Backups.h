#pragma once

#include "storage/BackupName.h"
#include "storage/ProfilePaths.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace mooring {

class Database;
class SecureBuffer;
class UnlockedProfile;

// One backup in the profile's backups/ folder.
struct BackupInfo {
    QString name;  // the folder name, e.g. "2026-11-23T081530-daily" (what `restore NAME` takes)
    QDateTime madeAt;
    BackupKind kind = BackupKind::Manual;
    QString reason;  // BeforeRisky: "import", "restore", "migration", ...
    qint64 bytes = 0;
};

// The profile's encrypted backups (docs/backups.md): each is a folder backups/NAME/ with
// a copy of mooring.db (same raw data key, never plain) and of mooring.keys. A backup is
// made in backups/.incomplete-NAME/, checked (it opens with the data key and passes
// PRAGMA integrity_check), and only then renamed to its name; then older ones are rotated.
class Backups {
public:
    using Clock = std::function<QDateTime()>;  // local time; tests step through days

    static constexpr auto kDatabaseFile = "mooring.db";
    static constexpr auto kKeyFile = "mooring.keys";

    explicit Backups(ProfilePaths paths, Clock clock = {});

    // Newest first; folders that are not backups are left out (and never touched).
    std::vector<BackupInfo> list() const;
    std::optional<BackupInfo> find(const QString& name) const;

    // Backs up `source` (this profile's open database) now. `reason` only for BeforeRisky.
    // Throws Error: CannotWrite (folder read-only, disk full: nothing is left behind),
    // Damaged (the copy did not check out: it is deleted again). Rotates afterwards.
    BackupInfo make(Database& source, const SecureBuffer& dataKey, BackupKind kind, const QString& reason = {});

    // What import (and anything else risky) calls first: make(BeforeRisky, reason).
    static BackupInfo makeBeforeRisky(UnlockedProfile& profile, const QString& reason);

    // True when no daily backup has been made today (by the clock's local date).
    bool dailyDue() const;
    // The daily backup, if due; nothing otherwise.
    std::optional<BackupInfo> makeDailyIfDue(Database& source, const SecureBuffer& dataKey);

    // Throws Error::Kind::Damaged if the backup does not open with `dataKey` or fails its
    // integrity check; InvalidInput if there is no backup of that name.
    void check(const QString& name, const SecureBuffer& dataKey) const;

    // Puts the backup `name` back in place of mooring.db and mooring.keys. Call it with the
    // profile's ProfileLock held and its database closed (no UnlockedProfile alive).
    // First checks the backup (Damaged / InvalidInput: nothing changed), then backs up the
    // current state as "before-restore" (as a checked copy if it opens, otherwise the files
    // as they are), then replaces the key file and the database, each atomically. Both
    // carry the same data key, so the profile opens after each step; the passphrase that
    // opens it afterwards is the one in use when the backup was made. Returns the name of
    // the "before-restore" backup.
    QString restore(const QString& name, const SecureBuffer& dataKey);

    // The data key for restore(): from the profile's key file with `passphrase`, or, when
    // that file is missing, damaged or has another passphrase now, from the backup's own
    // key file. Throws the error of the profile's key file if neither opens.
    SecureBuffer dataKeyForRestore(const QString& name, const SecureBuffer& passphrase) const;

    // Deletes what BackupRotation says, and leftovers of backups that never finished.
    // Best effort: a backup that cannot be deleted stays.
    void rotate();

    QString folderOf(const QString& name) const;

private:
    QDateTime now() const;
    BackupInfo makeUnrotated(Database& source, const SecureBuffer& dataKey, BackupKind kind, const QString& reason);
    QString copyAsItIs(const QString& reason);  // the current files, unchecked (they may be damaged)
    BackupName freeName(BackupKind kind, const QString& reason) const;
    QString makeFolder(const QString& path) const;
    BackupInfo infoOf(const BackupName& name) const;

    ProfilePaths m_paths;
    Clock m_clock;
};

}  // namespace mooring
