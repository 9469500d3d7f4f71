#pragma once

#include "storage/Argon2Params.h"
#include "storage/SecureBuffer.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace mooring {

class ProfilePaths;
class UnlockedProfile;

// "I think someone knows my passphrase": new key material, not a new wrapping. A new
// random data key; the database copied under it into a new file; a new passphrase, and
// either a new recovery code or the current one, typed again; every backup copied under
// the new key too, or removed if the person prefers. Nothing of the old key is left in
// the profile folder afterwards. docs/key-file.md says what it protects against.
//
// All or nothing: the new files are made beside the old ones and checked, a note
// `rekey-in-progress` is written, then the key file, backups/ and the database are renamed
// into place, the database last. If the program stops before that last rename, settle()
// (run by ProfileLeftovers as the profile is next opened) puts the old ones back; after
// it, it removes them. So the profile always opens with either the old secrets or the
// new ones.
class Rekey {
public:
    enum class OldBackups { CopyUnderNewKey, Remove };

    struct Done {
        std::optional<SecureBuffer> newRecoveryCode;  // formatted, to be shown once; none when kept
        int backupsCopied = 0;
        int backupsRemoved = 0;
    };

    // Call it with the profile's lock held. `profile` is closed on the way (its key is the
    // old one); unlock again with the new passphrase afterwards. `keptRecoveryCode`: the
    // current code as typed, to keep it (WrongSecret if it is not this profile's); empty:
    // a new code is made. Throws Error: CannotWrite (disk full, read-only: nothing
    // changed), Damaged (the new copy did not read back: nothing changed).
    static Done run(std::unique_ptr<UnlockedProfile> profile, const SecureBuffer& newPassphrase,
                    const Argon2Params& params, const std::optional<SecureBuffer>& keptRecoveryCode,
                    OldBackups oldBackups);

    // Finishes or undoes a rekey that was stopped half-way (see above).
    static void settle(const ProfilePaths& paths);

    static constexpr auto kNote = "rekey-in-progress";
    static constexpr auto kNewSuffix = ".rekeyed";
    static constexpr auto kOldSuffix = ".before-rekey";
};

}  // namespace mooring
