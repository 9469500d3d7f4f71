#pragma once

#include "storage/Argon2Params.h"
#include "storage/Database.h"
#include "storage/KeyFile.h"
#include "storage/ProfilePaths.h"
#include "storage/SecureBuffer.h"

#include <QStringList>

#include <memory>

namespace mooring {

// An unlocked profile: the data key (secure memory) and the open, migrated database.
// Destroying it is "lock": the database closes and the key is wiped.
// The caller holds a ProfileLock for the folder while using this.
class UnlockedProfile {
public:
    enum class State { Missing, Ready };  // Ready: a key file is there to unlock

    struct Created;

    static State probe(const ProfilePaths& paths);

    // New profile: folder 0700, files 0600, random data key, passphrase and recovery slots.
    static Created create(const ProfilePaths& paths, const SecureBuffer& passphrase, const Argon2Params& params);

    // Throws Error: WrongSecret (slot authentication failed, database untouched), Damaged
    // (key file or database missing, truncated or altered), NewerVersion, CannotWrite.
    static std::unique_ptr<UnlockedProfile> unlock(const ProfilePaths& paths, const SecureBuffer& passphrase);
    // The code as typed: case, spaces and dashes do not matter.
    static std::unique_ptr<UnlockedProfile> unlockWithRecoveryCode(const ProfilePaths& paths,
                                                                   const SecureBuffer& typedCode);

    // As unlock(), but the database is opened read-only and never migrated: for checking
    // a profile without changing a byte of it (`mooring-cli verify`).
    static std::unique_ptr<UnlockedProfile> unlockToCheck(const ProfilePaths& paths, const SecureBuffer& passphrase);

    // Rewrites the key file atomically, then retires the old one from every backup
    // (Backups::retireOldKeyFiles): the old passphrase opens nothing kept here any more.
    // The database is not touched.
    void changePassphrase(const SecureBuffer& newPassphrase, const Argon2Params& params);
    // Throws Error::Kind::WrongSecret unless `passphrase` opens this profile's passphrase
    // slot (e.g. "type your current passphrase" before a change); touches no file.
    void checkPassphrase(const SecureBuffer& passphrase) const;
    // A new recovery code replaces the old one (which stops working); returned formatted,
    // to be shown once. Rewrites only the key file, like changePassphrase().
    SecureBuffer replaceRecoveryCode();
    // Backups that still hold the key file from before the last change above (the disk
    // refused, or they are another profile's): the person should be told.
    const QStringList& backupsNotUpdated() const noexcept { return m_backupsNotUpdated; }

    Database& database() noexcept { return m_database; }
    const ProfilePaths& paths() const noexcept { return m_paths; }
    const SecureBuffer& dataKey() const noexcept { return m_dataKey; }

    ~UnlockedProfile();
    UnlockedProfile(const UnlockedProfile&) = delete;
    UnlockedProfile& operator=(const UnlockedProfile&) = delete;

private:
    UnlockedProfile(ProfilePaths paths, SecureBuffer dataKey, Database database, KeyFile keyFile);
    enum class Access { ReadWrite, CheckOnly };
    static std::unique_ptr<UnlockedProfile> unlockSlot(const ProfilePaths& paths, KeySlot::Type type,
                                                       const SecureBuffer& secret, Access access = Access::ReadWrite);

    ProfilePaths m_paths;
    SecureBuffer m_dataKey;
    Database m_database;
    KeyFile m_keyFile;  // as last read or written: changes start from it, not from the disk
    QStringList m_backupsNotUpdated;

    void retireOldKeyFiles();
};

struct UnlockedProfile::Created {
    std::unique_ptr<UnlockedProfile> profile;
    SecureBuffer recoveryCode;  // formatted for reading, e.g. "K7QM-2XRT-..."; shown once
};

}  // namespace mooring
