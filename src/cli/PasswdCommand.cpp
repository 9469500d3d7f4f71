#include "cli/PasswdCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "cli/SecretReader.h"
#include "domain/Error.h"
#include "storage/Backups.h"
#include "storage/ProfileLock.h"
#include "storage/UnlockedProfile.h"

namespace mooring::cli {

using namespace Qt::StringLiterals;

QString PasswdCommand::summary() const { return tr("Change the passphrase, or set a new one with the recovery code"); }

QString PasswdCommand::description() const {
    return tr(
        "Asks for the current passphrase, then the new one twice. With --recovery, asks for the recovery "
        "code instead of the current passphrase. Only the key file is rewritten; your entries are not "
        "touched.");
}

std::vector<OptionSpec> PasswdCommand::options() const {
    return {{u"recovery"_s, false, QString(), tr("open with the recovery code instead of the current passphrase")}};
}

ExitStatus PasswdCommand::run(CliContext& context) {
    context.requireExistingProfile();
    const ProfileLock lock(context.paths());

    // The current secret is checked before the new passphrase is asked for, so a person
    // at a terminal does not type a new passphrase twice in vain.
    std::unique_ptr<UnlockedProfile> profile;
    if (context.invocation().has(u"recovery"_s)) {
        const SecureBuffer code = context.secrets().read(tr("Recovery code: "));
        try {
            profile = UnlockedProfile::unlockWithRecoveryCode(context.paths(), code);
        } catch (const Error& error) {
            // A code with a typing slip is, to the person, simply a code that does not open
            // the profile: the same exit status as any other wrong code.
            if (error.kind() != Error::Kind::InvalidInput) throw;
            throw Error(Error::Kind::WrongSecret, error.message());
        }
    } else {
        const SecureBuffer current = context.secrets().read(tr("Current passphrase: "));
        profile = UnlockedProfile::unlock(context.paths(), current);
    }

    const SecureBuffer newPassphrase = context.readNewPassphrase();
    const Argon2Params params = context.kdfParamsForNewPassphrase();
    profile->changePassphrase(newPassphrase, params);

    context.console().message(tr("The passphrase is changed. Use the new one from now on."));
    const QString old = Backups::oldKeyFilesMessage(profile->backupsNotUpdated(), context.paths().backups());
    if (!old.isEmpty()) context.console().message(old);
    return ExitStatus::Done;
}

}  // namespace mooring::cli
