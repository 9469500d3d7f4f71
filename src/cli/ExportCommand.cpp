#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "cli/SecretReader.h"
#include "exchange/Exporter.h"
#include "exchange/JournalCsv.h"
#include "storage/ProfileSettings.h"

#include <QDir>
#include <QFileInfo>

namespace mooring::cli {

using namespace Qt::StringLiterals;

QString ExportCommand::summary() const { return tr("Save the profile, or only the plan, to a file"); }

QString ExportCommand::description() const {
    return tr(
        "Asks for the passphrase, then for an export passphrase twice, and writes the whole profile to "
        "FILE, encrypted with the export passphrase. With --plan-only the file holds the safety plan, "
        "contacts, helplines and coping ideas, never the journal. With --plain the file is readable "
        "JSON that anyone who opens it can read; no export passphrase is asked for. With --csv the file is "
        "the journal as a spreadsheet (CSV), one row per entry, which is never protected either.");
}

std::vector<OptionSpec> ExportCommand::options() const {
    return {{u"plan-only"_s, false, {}, tr("only the plan, contacts, helplines and coping ideas")},
            {u"plain"_s, false, {}, tr("readable JSON without protection (anyone can read it)")},
            {u"csv"_s, false, {}, tr("the journal as a spreadsheet (CSV) without protection (anyone can read it)")}};
}

ExitStatus ExportCommand::run(CliContext& context) {
    const Invocation& invocation = context.invocation();
    const QString path = QFileInfo(invocation.arguments.first()).absoluteFilePath();
    if (invocation.has(u"csv"_s)) return exportCsv(context, path);
    const bool plain = invocation.has(u"plain"_s);
    const ExportContent content = invocation.has(u"plan-only"_s) ? ExportContent::Plan : ExportContent::Full;
    const ProfilePaths& paths = context.paths();
    OpenedProfile profile = context.openProfile(CliContext::Unlock::Passphrase, [&] { paths.requireOutside(path); });
    ProfileSettings settings(paths);
    Console& console = context.console();
    if (plain) {
        console.message(tr("Warning: this file will not be protected. Anyone who opens it can read everything in it%1. "
                           "Keep it somewhere only you can reach, and delete it when it is no longer needed.")
                            .arg(content == ExportContent::Full ? tr(", including your journal") : QString()));
        Exporter(profile->database(), settings).save(path, content);
    } else {
        SecureBuffer exportPassphrase = context.secrets().read(tr("Export passphrase: "));
        if (exportPassphrase.empty())
            throw Error(Error::Kind::InvalidInput,
                        tr("The export passphrase is empty. Please choose one, ideally a few words long."));
        const SecureBuffer again = context.secrets().read(tr("The same export passphrase again: "));
        if (!exportPassphrase.equals(again))
            throw Error(Error::Kind::InvalidInput,
                        tr("The two export passphrases are not the same. Nothing was written; please try again."));
        const Argon2Params params = context.kdfParamsForNewPassphrase();
        // Written piece by piece, the hope box's media one at a time.
        Exporter(profile->database(), settings).save(path, content, &exportPassphrase, &params);
    }
    console.message(content == ExportContent::Full
                        ? tr("Your profile was exported to %1.").arg(QDir::toNativeSeparators(path))
                        : tr("Your plan was exported to %1.").arg(QDir::toNativeSeparators(path)));
    return ExitStatus::Done;
}

ExitStatus ExportCommand::exportCsv(CliContext& context, const QString& path) {
    if (context.invocation().has(u"plan-only"_s))
        throw Error(Error::Kind::InvalidInput,
                    tr("--csv writes the journal, so it cannot go with --plan-only. Please choose one of the two."));
    const ProfilePaths& paths = context.paths();
    OpenedProfile profile = context.openProfile(CliContext::Unlock::Passphrase, [&] { paths.requireOutside(path); });
    Console& console = context.console();
    console.message(tr("Warning: this file will not be protected. Anyone who opens it can read everything in it%1. "
                       "Keep it somewhere only you can reach, and delete it when it is no longer needed.")
                        .arg(tr(", including your journal")));
    JournalCsv::save(profile->database(), path);
    console.message(tr("Your journal was saved as a spreadsheet in %1.").arg(QDir::toNativeSeparators(path)));
    return ExitStatus::Done;
}

}  // namespace mooring::cli
