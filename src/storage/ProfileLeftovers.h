#pragma once

namespace mooring {

class ProfilePaths;

// What a program stopped half-way (power cut, kill) can leave in a profile folder, and
// what becomes of it the next time the profile is opened, with its lock held:
// - temporary files of a replacement that never finished (`mooring.db.XXXXXX`, ...): removed;
// - a restore stopped between its two renames: the key file from before it goes back, or,
//   when the database was already replaced, the restore is finished (Backups::restore);
// - a rekey stopped half-way: undone, or finished once its database was in place (Rekey);
// - an import stopped before its transaction committed: the settings as they were go back
//   (SettingsCheckpoint);
// - a stale `settings.ini.lock` of a process that is gone: removed.
class ProfileLeftovers {
public:
    static void tidy(const ProfilePaths& paths);

    // The name of the note a two-file restore leaves while it runs, and of the key file
    // it keeps aside until the new database is in place.
    static constexpr auto kRestoreNote = "restore-in-progress";
    static constexpr auto kKeyFileAside = "mooring.keys.before-restore";
};

}  // namespace mooring
