#include "cli/ImportCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "cli/SecretReader.h"
#include "exchange/ExportSource.h"
#include "exchange/Importer.h"
#include "storage/Backups.h"
#include "storage/ProfileSettings.h"

#include <QDir>

namespace mooring::cli {

using namespace Qt::StringLiterals;

QString ImportCommand::summary() const { return tr("Bring an export into the profile, all or nothing"); }

QString ImportCommand::description() const {
    return tr(
        "Asks for the passphrase and, if the file is protected, its export passphrase. Checks the whole "
        "file first, shows what it holds on standard error, makes a backup, then writes everything in one "
        "step, or nothing if anything is wrong. Records already here are replaced only by newer ones, so "
        "importing the same file twice changes nothing.");
}

ExitStatus ImportCommand::run(CliContext& context) {
    const QString path = context.invocation().arguments.first();
    // The file first: one that is too large or unreadable is refused before any secret.
    Importer::Form form = Importer::Form::Readable;
    OpenedProfile profile =
        context.openProfile(CliContext::Unlock::Passphrase, [&] { form = Importer::formOfFile(path); });
    // Read piece by piece, never whole: a hope box can make the file hundreds of megabytes.
    std::shared_ptr<const ExportSource> source;
    if (form == Importer::Form::Protected) {
        const SecureBuffer exportPassphrase = context.secrets().read(tr("Export passphrase: "));
        source = ExportSource::fromFile(path, &exportPassphrase);
    } else {
        source = ExportSource::fromFile(path, nullptr);
    }
    ProfileSettings settings(context.paths());
    Importer importer(profile->database(), settings);
    const ImportPlan plan = importer.prepare(source);

    Console& console = context.console();
    console.message(tr("In %1: %2").arg(QDir::toNativeSeparators(path), plan.preview.summary()));
    if (const QString note = plan.preview.conflictNote(); !note.isEmpty()) console.message(note);
    importer.apply(plan, [&] { Backups::makeBeforeRisky(profile.profile(), u"import"_s); });
    console.message(tr("The import is done. A backup of how things were before is in the backups folder."));
    return ExitStatus::Done;
}

}  // namespace mooring::cli
