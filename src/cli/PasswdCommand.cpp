#include "cli/PasswdCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "storage/Backups.h"

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
    // The current secret is checked before the new passphrase is asked for, so a person
    // at a terminal does not type a new passphrase twice in vain.
    OpenedProfile profile =
        context.openProfile(context.invocation().has(u"recovery"_s) ? CliContext::Unlock::RecoveryCode
                                                                    : CliContext::Unlock::CurrentPassphrase);

    const SecureBuffer newPassphrase = context.readNewPassphrase();
    const Argon2Params params = context.kdfParamsForNewPassphrase();
    profile->changePassphrase(newPassphrase, params);

    context.console().message(tr("The passphrase is changed. Use the new one from now on."));
    const QString old = Backups::oldKeyFilesMessage(profile->backupsNotUpdated(), context.paths().backups());
    if (!old.isEmpty()) context.console().message(old);
    return ExitStatus::Done;
}

}  // namespace mooring::cli
