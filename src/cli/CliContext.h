#pragma once

#include "cli/CommandLine.h"
#include "cli/OpenedProfile.h"
#include "storage/Argon2Params.h"
#include "storage/ProfilePaths.h"
#include "storage/SecureBuffer.h"

#include <functional>

namespace mooring::cli {

class Console;
class SecretReader;

// What a command works with: the profile's paths, the parsed command line, where to
// read secrets from and where to write.
class CliContext {
public:
    CliContext(ProfilePaths paths, const Invocation& invocation, SecretReader& secrets, Console& console,
               bool insecureFastKdf);

    const ProfilePaths& paths() const noexcept { return m_paths; }
    const Invocation& invocation() const noexcept { return m_invocation; }
    SecretReader& secrets() noexcept { return m_secrets; }
    Console& console() noexcept { return m_console; }

    // Refuses (before anything is read or locked) a folder without a profile: Damaged if
    // the database is there without its key file, InvalidInput if there is nothing.
    void requireExistingProfile() const;

    // How a command opens the profile, and the secret it asks for.
    enum class Unlock {
        Passphrase,         // "Passphrase: ", to read or write the profile
        CurrentPassphrase,  // "Current passphrase: ", before that passphrase is replaced
        RecoveryCode,       // "Recovery code: "; a code with a typing slip counts as a wrong one
        ToCheck,            // "Passphrase: ", read-only and never migrated (verify)
    };

    // The one way a command opens the profile: refuses a folder without one, runs
    // `beforeLock` (checks of the command's own input that come before any secret), takes
    // the profile's lock, asks for the secret and unlocks. The secret is wiped as soon as
    // it has been used. Throws Error, as UnlockedProfile and ProfileLock do (Busy,
    // WrongSecret, Damaged, ...); the caller maps the kind to the exit status.
    OpenedProfile openProfile(Unlock how = Unlock::Passphrase, const std::function<void()>& beforeLock = {});

    // A new passphrase, asked twice. Throws Error(InvalidInput) when the two differ or
    // it is empty: nothing has been changed at that point.
    SecureBuffer readNewPassphrase();

    // Argon2 parameters for a new passphrase slot: calibrated on this machine (telling the
    // person it takes a moment), or the cheap test parameters when MOORING_INSECURE_FAST_KDF=1.
    Argon2Params kdfParamsForNewPassphrase();

private:
    ProfilePaths m_paths;
    const Invocation& m_invocation;
    SecretReader& m_secrets;
    Console& m_console;
    bool m_insecureFastKdf;
};

}  // namespace mooring::cli
