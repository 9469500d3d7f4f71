#include "cli/CliContext.h"

#include "cli/Console.h"
#include "cli/SecretReader.h"
#include "domain/Error.h"
#include "storage/ProfileLock.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>
#include <utility>

namespace mooring::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(mooring)
};

}  // namespace

CliContext::CliContext(ProfilePaths paths, const Invocation& invocation, SecretReader& secrets, Console& console,
                       bool insecureFastKdf)
    : m_paths(std::move(paths)),
      m_invocation(invocation),
      m_secrets(secrets),
      m_console(console),
      m_insecureFastKdf(insecureFastKdf) {}

void CliContext::requireExistingProfile() const {
    if (UnlockedProfile::probe(m_paths) == UnlockedProfile::State::Ready) return;
    if (QFileInfo::exists(m_paths.database()))
        throw Error(Error::Kind::Damaged,
                    Text::tr("The key file %1 is missing, so the database beside it cannot be opened. "
                             "If you have a copy of the key file, put it back in this folder.")
                        .arg(QDir::toNativeSeparators(m_paths.keyFile())));
    throw Error(Error::Kind::InvalidInput,
                Text::tr("There is no Mooring profile in %1. Use --profile to choose another folder, "
                         "or “mooring-cli create” to make one.")
                    .arg(QDir::toNativeSeparators(m_paths.dir())));
}

OpenedProfile CliContext::openProfile(Unlock how, const std::function<void()>& beforeLock) {
    requireExistingProfile();
    if (beforeLock) beforeLock();
    auto lock = std::make_unique<ProfileLock>(m_paths);
    std::unique_ptr<UnlockedProfile> profile;
    switch (how) {
        case Unlock::Passphrase:
            profile = UnlockedProfile::unlock(m_paths, m_secrets.read(Text::tr("Passphrase: ")));
            break;
        case Unlock::CurrentPassphrase:
            profile = UnlockedProfile::unlock(m_paths, m_secrets.read(Text::tr("Current passphrase: ")));
            break;
        case Unlock::ToCheck:
            profile = UnlockedProfile::unlockToCheck(m_paths, m_secrets.read(Text::tr("Passphrase: ")));
            break;
        case Unlock::RecoveryCode: {
            const SecureBuffer code = m_secrets.read(Text::tr("Recovery code: "));
            try {
                profile = UnlockedProfile::unlockWithRecoveryCode(m_paths, code);
            } catch (const Error& error) {
                // To the person, a code with a typing slip is simply a code that does not
                // open the profile: the same exit status as any other wrong code.
                if (error.kind() != Error::Kind::InvalidInput) throw;
                throw Error(Error::Kind::WrongSecret, error.message());
            }
            break;
        }
    }
    return OpenedProfile(std::move(lock), std::move(profile));
}

SecureBuffer CliContext::readNewPassphrase() {
    SecureBuffer first = m_secrets.read(Text::tr("New passphrase: "));
    if (first.empty())
        throw Error(Error::Kind::InvalidInput,
                    Text::tr("The passphrase is empty. Please choose one, ideally a few words long."));
    SecureBuffer second = m_secrets.read(Text::tr("The same passphrase again: "));
    if (!first.equals(second))
        throw Error(Error::Kind::InvalidInput,
                    Text::tr("The two passphrases are not the same. Nothing was changed; please try again."));
    return first;
}

Argon2Params CliContext::kdfParamsForNewPassphrase() {
    if (m_insecureFastKdf) {
        m_console.message(
            Text::tr("Warning: MOORING_INSECURE_FAST_KDF=1 is set, so the passphrase is protected only "
                     "weakly. This is meant for tests; do not use it for a real profile."));
        return Argon2Params::forTests();
    }
    m_console.message(Text::tr("Preparing the encryption, this takes a moment…"));
    return Argon2Params::calibrate();
}

}  // namespace mooring::cli
