#pragma once

#include "cli/CommandLine.h"
#include "storage/Argon2Params.h"
#include "storage/ProfilePaths.h"
#include "storage/SecureBuffer.h"

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
