#include "cli/BackupCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "storage/Backups.h"

namespace mooring::cli {

QString BackupCommand::summary() const { return tr("Make an encrypted backup of the profile now"); }

QString BackupCommand::description() const {
    return tr(
        "Asks for the passphrase, then copies the database (still encrypted) and the key file into a new "
        "folder in the profile's backups folder, checks that the copy opens and is whole, and prints its "
        "name on standard output. Older backups are rotated as usual.");
}

ExitStatus BackupCommand::run(CliContext& context) {
    OpenedProfile profile = context.openProfile();
    const BackupInfo made = Backups(context.paths()).make(profile->database(), profile->dataKey(), BackupKind::Manual);
    context.console().data(made.name);
    context.console().message(tr("The backup is made and checked: %1").arg(made.name));
    return ExitStatus::Done;
}

}  // namespace mooring::cli
