#include "cli/RestoreCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "cli/SecretReader.h"
#include "domain/Error.h"
#include "storage/Backups.h"
#include "storage/ProfileLock.h"

namespace mooring::cli {

QString RestoreCommand::summary() const { return tr("Bring back a backup (the current state is backed up first)"); }

QString RestoreCommand::description() const {
    return tr(
        "Asks for the passphrase (today's, or the one in use when the backup was made), checks the backup, "
        "keeps the profile as it is now, then puts the backup's database in place (and its key file, when "
        "only the backup's key file opened). Afterwards the passphrase you typed opens the profile. "
        "NAME is one of the names “backups” lists. A damaged backup, or one of another profile, is refused "
        "and nothing changes.");
}

ExitStatus RestoreCommand::run(CliContext& context) {
    const QString name = context.invocation().arguments.value(0);
    Backups backups(context.paths());
    if (!backups.find(name))
        throw Error(Error::Kind::InvalidInput,
                    tr("There is no backup called “%1”. “mooring-cli backups” lists the names there are.").arg(name));
    const ProfileLock lock(context.paths());
    const Backups::RestoreKey key = [&] {
        const SecureBuffer passphrase = context.secrets().read(tr("Passphrase: "));
        return backups.keyForRestore(name, passphrase);
    }();
    const QString saved = backups.restore(name, key);
    context.console().message(tr("The backup %1 is back in place. What was there before is kept in the backups "
                                 "folder as %2. The passphrase you just typed opens the profile.")
                                  .arg(name, saved));
    return ExitStatus::Done;
}

}  // namespace mooring::cli
