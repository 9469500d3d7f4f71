#pragma once

#include "domain/Clock.h"
#include "storage/BackupCopy.h"
#include "storage/BackupName.h"
#include "storage/ProfilePaths.h"
#include "storage/SecureBuffer.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace mooring {

class Database;
class StagedFile;
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
    static constexpr auto kDatabaseFile = "mooring.db";
    static constexpr auto kKeyFile = "mooring.keys";

    explicit Backups(ProfilePaths paths, Clock clock = {});

    // Newest first; folders that are not backups are left out (and never touched).
    std::vector<BackupInfo> list() const;
    std::optional<BackupInfo> find(const QString& name) const;
    // What the rotation keeps takes this much room: the sum of every listed backup's files.
    static qint64 totalBytes(const std::vector<BackupInfo>& backups);
    qint64 totalBytes() const { return totalBytes(list()); }

    // Backs up `source` (this profile's open database) now. `reason` only for BeforeRisky.
    // Throws Error: CannotWrite (folder read-only, disk full: nothing is left behind),
    // Damaged (the copy did not check out: it is deleted again). Rotates afterwards.
    BackupInfo make(Database& source, const SecureBuffer& dataKey, BackupKind kind, const QString& reason = {},
                    BackupPace pace = {});

    // What import (and anything else risky) calls first: make(BeforeRisky, reason).
    static BackupInfo makeBeforeRisky(UnlockedProfile& profile, const QString& reason);

    // True when no daily backup has been made today (by the clock's local date).
    bool dailyDue() const;
    // The daily backup, if due; nothing otherwise.
    // Made at the window's pace (BackupPace), and stopped when `stop` is set.
    std::optional<BackupInfo> makeDailyIfDue(Database& source, const SecureBuffer& dataKey,
                                             const std::atomic<bool>* stop = nullptr);

    // Throws Error::Kind::Damaged if the backup does not open with `dataKey` or fails its
    // integrity check; InvalidInput if there is no backup of that name.
    void check(const QString& name, const SecureBuffer& dataKey) const;

    // The data key a restore works with, and the key file that goes with it.
    struct RestoreKey {
        SecureBuffer dataKey;
        // False: the profile's own key file opened; it stays, and so whatever opened it
        // today still opens the profile afterwards. True: only the backup's key file
        // opened (the profile's is damaged, missing, or has a passphrase the person no
        // longer knows); it is checked as a pair with the backup's database and goes back too.
        bool fromBackup = false;
    };

    // From the profile's key file with `passphrase`, else from the backup's own key file.
    // Throws WrongSecret when neither opens, InvalidInput for an unknown name.
    RestoreKey keyForRestore(const QString& name, const SecureBuffer& passphrase) const;

    // Puts the backup `name` back in place. Call it with the profile's ProfileLock held and
    // its database closed (no UnlockedProfile alive). All or nothing (docs/backups.md):
    // 1. the backup's database must open with the key and pass its integrity check (and,
    //    when `key.fromBackup`, its key file must be the one that gave the key): else
    //    Damaged, nothing changed;
    // 2. the state now is kept: as a checked "before-restore" backup when it is whole, else
    //    byte for byte in backups/damaged-<time>/ (not a backup; never rotated away);
    // 3. the new files are written beside the old ones and read back; a full disk stops
    //    here with CannotWrite and nothing replaced;
    // 4. they are renamed into place; a key file replaced with them is put back if the
    //    database's rename fails, and a restore stopped between the two renames is settled
    //    by ProfileLeftovers the next time the profile is opened.
    // Returns the name under backups/ of what was kept in step 2.
    QString restore(const QString& name, const RestoreKey& key);

    // After the profile's key file changed (a new passphrase, a new recovery code): every
    // key file kept under backups/ (backups, unfinished ones, damaged files kept aside) is
    // replaced by a copy of the profile's own, so an old passphrase or code opens nothing
    // here any more. A folder whose database opens with another key (not this profile's)
    // is left alone. Returns the folders that still hold an older key file (the disk
    // refused, or the database is another profile's): the person is told.
    QStringList retireOldKeyFiles(const SecureBuffer& dataKey);
    // What a person is told about those folders (empty when there are none).
    static QString oldKeyFilesMessage(const QStringList& notUpdated, const QString& backupsFolder);

    // Deletes what BackupRotation says, and leftovers of backups that never finished.
    // Best effort: a backup that cannot be deleted stays.
    void rotate();

    QString folderOf(const QString& name) const;

    // Removes a backups folder as Mooring made it: each backup in it (only the files Mooring
    // puts there, never through a link), then the folder if that left it empty.
    static void removeAll(const QString& backupsFolder);

private:
    QDateTime now() const;
    BackupInfo makeUnrotated(Database& source, const SecureBuffer& dataKey, BackupKind kind, const QString& reason,
                             BackupPace pace = {});
    QString keepCurrent(const SecureBuffer& dataKey);
    QString keepAsItIs();  // the current files, unchecked (they may be damaged)
    void checkRestorable(const QString& name, const RestoreKey& key) const;
    void replaceBoth(const QString& name, StagedFile& keyFile, StagedFile& database);
    BackupName freeName(BackupKind kind, const QString& reason) const;
    QString makeFolder(const QString& path) const;
    BackupInfo infoOf(const BackupName& name) const;

    ProfilePaths m_paths;
    Clock m_clock;
};

}  // namespace mooring
