#include "cli/RekeyCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "cli/SecretReader.h"
#include "domain/Error.h"
#include "storage/KeyFile.h"
#include "storage/KeyVault.h"
#include "storage/RecoveryCode.h"
#include "storage/Rekey.h"

namespace mooring::cli {

using namespace Qt::StringLiterals;

QString RekeyCommand::summary() const {
    return tr("If someone may know your passphrase: new keys for everything, and a new passphrase");
}

QString RekeyCommand::description() const {
    return tr(
        "Asks for the current passphrase, then a new one twice. Makes a new random key, copies your data and "
        "every backup under it, and removes the copies under the old key, so that the old passphrase and the "
        "old recovery code open nothing in this folder any more. Prints a new recovery code on standard output "
        "(write it down); with --keep-recovery-code, asks for the current recovery code and keeps it instead. "
        "With --remove-backups, the old backups are removed instead of copied. Copies of the profile made "
        "elsewhere before now (on another drive, in a cloud folder) are not reached.");
}

std::vector<OptionSpec> RekeyCommand::options() const {
    return {{u"keep-recovery-code"_s, false, QString(), tr("keep the current recovery code (it is asked for)")},
            {u"remove-backups"_s, false, QString(), tr("remove the old backups instead of copying them")}};
}

ExitStatus RekeyCommand::run(CliContext& context) {
    OpenedProfile profile = context.openProfile(CliContext::Unlock::CurrentPassphrase);
    std::optional<SecureBuffer> keptCode;
    if (context.invocation().has(u"keep-recovery-code"_s)) {
        keptCode = context.secrets().read(tr("Current recovery code: "));
        // Checked before the new passphrase is asked for, as passwd does; a code with a
        // typing slip is, to the person, a code that does not open the profile.
        try {
            KeyVault::open(KeyFile::load(context.paths().keyFile()).recoverySlot(),
                           RecoveryCode::parse(*keptCode).canonical());
        } catch (const Error& error) {
            if (error.kind() != Error::Kind::InvalidInput) throw;
            throw Error(Error::Kind::WrongSecret, error.message());
        }
    }
    const SecureBuffer newPassphrase = context.readNewPassphrase();
    const Argon2Params params = context.kdfParamsForNewPassphrase();
    const Rekey::OldBackups backups =
        context.invocation().has(u"remove-backups"_s) ? Rekey::OldBackups::Remove : Rekey::OldBackups::CopyUnderNewKey;
    Console& console = context.console();
    console.message(tr("Making new keys and copying your data under them; this takes a moment…"));
    const Rekey::Done done = Rekey::run(profile.takeProfile(), newPassphrase, params, keptCode, backups);

    if (done.newRecoveryCode) {
        console.message(
            tr("Below is your new recovery code. Please write it down now: the old one no longer works. "
               "It is shown only this once."));
        if (!console.secretData(done.newRecoveryCode->view()))
            throw Error(Error::Kind::CannotWrite,
                        tr("Your data is under new keys and the new passphrase works, but the new recovery code "
                           "could not be written to standard output. Please make a new recovery code in "
                           "Mooring's settings."));
    }
    // English has no plural catalogue: one backup has a sentence of its own.
    if (backups == Rekey::OldBackups::Remove)
        console.message(done.backupsRemoved == 1
                            ? tr("Done. Your data is under new keys; 1 old backup was removed. Use the new passphrase "
                                 "from now on.")
                            : tr("Done. Your data is under new keys; %n old backups were removed. Use the new "
                                 "passphrase from now on.",
                                 nullptr, done.backupsRemoved));
    else
        console.message(done.backupsCopied == 1
                            ? tr("Done. Your data and its one backup are under new keys. Use the new passphrase from "
                                 "now on.")
                            : tr("Done. Your data and %n backups are under new keys. Use the new passphrase from "
                                 "now on.",
                                 nullptr, done.backupsCopied));
    return ExitStatus::Done;
}

}  // namespace mooring::cli
