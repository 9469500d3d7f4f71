#include "cli/BackupsCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "storage/Backups.h"

#include <QLocale>

namespace mooring::cli {

using namespace Qt::StringLiterals;

namespace {

// Fixed English words for scripts, like verify's keys.
QString kindWord(const BackupInfo& info) {
    switch (info.kind) {
        case BackupKind::Daily:
            return u"daily"_s;
        case BackupKind::Manual:
            return u"manual"_s;
        case BackupKind::BeforeRisky:
            return u"before-"_s + info.reason;
    }
    return u"manual"_s;
}

}  // namespace

QString BackupsCommand::summary() const { return tr("List the backups, newest first"); }

QString BackupsCommand::description() const {
    return tr(
        "Prints one backup a line on standard output: its name (what “restore” takes), when it was made, "
        "its kind (daily, manual, or before-import, before-restore, before-migration) and its size in "
        "bytes, separated by tabs. Then, on standard error, how many there are and the room they take "
        "together. No passphrase is needed.");
}

ExitStatus BackupsCommand::run(CliContext& context) {
    const std::vector<BackupInfo> all = Backups(context.paths()).list();
    for (const BackupInfo& info : all)
        context.console().data(
            u"%1\t%2\t%3\t%4"_s.arg(info.name, info.madeAt.toString(Qt::ISODate), kindWord(info)).arg(info.bytes));
    if (all.empty()) {
        context.console().message(tr("There are no backups in this profile yet."));
        return ExitStatus::Done;
    }
    // On stderr, so the lines on stdout stay one backup each for scripts.
    const qint64 total = Backups::totalBytes(all);
    context.console().message(tr("Backups: %1, together %2 (%3 bytes).")
                                  .arg(all.size())
                                  .arg(QLocale().formattedDataSize(total, 1, QLocale::DataSizeSIFormat))
                                  .arg(total));
    return ExitStatus::Done;
}

}  // namespace mooring::cli
