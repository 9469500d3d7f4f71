#include "cli/VerifyCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "storage/Database.h"
#include "storage/KeyFile.h"
#include "storage/Migrations.h"
#include "storage/TableRowCounts.h"

namespace mooring::cli {

using namespace Qt::StringLiterals;

QString VerifyCommand::summary() const { return tr("Unlock the profile and check that it is whole"); }

QString VerifyCommand::description() const {
    return tr(
        "Asks for the passphrase, then checks the key file (and whether its passphrase was set with the "
        "quick test settings), the database's integrity and its schema version. Prints what it found, and how many "
        "rows each table holds, on standard output. "
        "Nothing is changed.");
}

ExitStatus VerifyCommand::run(CliContext& context) {
    OpenedProfile profile = context.openProfile(CliContext::Unlock::ToCheck);
    Console& console = context.console();
    Database& db = profile->database();

    // Data for scripts on stdout: fixed English keys, one "key: value" a line.
    console.data(u"key file: ok"_s);
    // Read again under the same lock: the slot that just opened, as it is on disk.
    const bool testKdf = KeyFile::load(context.paths().keyFile()).passphraseSlot().params.isBelowFloor();
    console.data(testKdf ? u"kdf: test parameters \u2014 not safe for real data"_s : u"kdf: ok"_s);
    if (testKdf)
        console.message(
            tr("This profile's passphrase was set with the quick test settings (MOORING_INSECURE_FAST_KDF), "
               "so it is only weakly protected. Before keeping anything real here, please change the "
               "passphrase with \"mooring-cli passwd\" while that setting is not set."));
    const int version = db.userVersion();
    console.data(u"schema version: %1"_s.arg(version));
    const bool whole = db.integrityOk();
    console.data(whole ? u"integrity: ok"_s : u"integrity: damaged"_s);
    if (!whole) {
        console.message(
            tr("The database is damaged: its integrity check found problems. A backup may still "
               "hold your entries; please keep this folder as it is for now."));
        return ExitStatus::Damaged;
    }
    if (version > Migrations::latestVersion()) {
        console.message(tr("The database is at schema version %1, made by a newer Mooring than this one "
                           "(version %2). Nothing was changed.")
                            .arg(version)
                            .arg(Migrations::latestVersion()));
        return ExitStatus::Damaged;  // "too new": the same status as a file this Mooring cannot read
    }
    for (const TableRowCount& count : tableRowCounts(db))
        console.data(u"table %1: %2"_s.arg(count.table).arg(count.rows));

    if (version < Migrations::latestVersion()) {
        // verify never writes: the update is made, with a backup first, when the profile is next opened.
        console.message(
            tr("All is well: the profile opens and its database is whole. It was made by an "
               "older Mooring and is brought up to date the next time it is opened."));
        return ExitStatus::Done;
    }
    console.message(tr("All is well: the profile opens, and its database is whole and up to date."));
    return ExitStatus::Done;
}

}  // namespace mooring::cli
