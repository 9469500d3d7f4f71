#include "cli/CreateCommand.h"

#include "cli/CliContext.h"
#include "cli/Console.h"
#include "domain/Error.h"
#include "storage/ProfileLock.h"
#include "storage/UnlockedProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace mooring::cli {

namespace {

bool anythingThere(const ProfilePaths& paths) {
    return UnlockedProfile::probe(paths) != UnlockedProfile::State::Missing || QFileInfo::exists(paths.database()) ||
           QFileInfo::exists(paths.keyFile());
}

// Takes back what an unfinished create left, so that a failed command changes nothing.
// Only called while we hold the lock, after both files were seen absent under it.
void removeLeftovers(const ProfilePaths& paths) {
    for (const QString& file : {paths.keyFile(), paths.database(), paths.database() + QStringLiteral("-journal")})
        QFile::remove(file);
}

}  // namespace

QString CreateCommand::summary() const { return tr("Make a new profile and show its recovery code once"); }

QString CreateCommand::description() const {
    return tr(
        "Asks for a new passphrase twice, makes the encrypted profile and prints its recovery code on "
        "standard output. Write the code down and keep it somewhere safe: it opens the profile if the "
        "passphrase is forgotten. An existing profile is never replaced.");
}

ExitStatus CreateCommand::run(CliContext& context) {
    const ProfilePaths& paths = context.paths();
    const QString shownDir = QDir::toNativeSeparators(paths.dir());
    auto refuseExisting = [&] {
        if (anythingThere(paths))
            throw Error(Error::Kind::InvalidInput,
                        tr("There is already a Mooring profile in %1, and it was left as it is. "
                           "Use --profile to choose another folder.")
                            .arg(shownDir));
    };
    refuseExisting();

    // The lock file lives in the profile folder, so the folder comes first.
    const bool madeFolder = !QFileInfo::exists(paths.dir());
    if (madeFolder) {
        if (!QDir().mkpath(paths.dir()))
            throw Error(Error::Kind::CannotWrite,
                        tr("The folder %1 could not be made. Please check that the place is writable.").arg(shownDir));
        QFile::setPermissions(paths.dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    auto removeMadeFolder = [&] {
        if (madeFolder) QDir().rmdir(paths.dir());  // only when empty: nothing of anyone else's goes
    };

    std::unique_ptr<ProfileLock> lock;
    try {
        lock = std::make_unique<ProfileLock>(paths);
        refuseExisting();  // again, now that no one else can be making it
    } catch (...) {
        lock.reset();
        removeMadeFolder();
        throw;
    }

    // From here on, any key file or database in the folder is this command's own.
    try {
        SecureBuffer passphrase = context.readNewPassphrase();
        const Argon2Params params = context.kdfParamsForNewPassphrase();
        UnlockedProfile::Created created = UnlockedProfile::create(paths, passphrase, params);
        passphrase.clear();
        created.profile.reset();  // closes the database before we report success

        Console& console = context.console();
        console.message(tr("Your profile is ready in %1.").arg(shownDir));
        console.message(
            tr("Below is your recovery code. Please write it down now and keep it somewhere safe: "
               "if you ever forget your passphrase, it is the way back in. It is shown only this once."));
        if (!console.secretData(created.recoveryCode.view())) {
            // A profile whose recovery code nobody saw is not kept: the code is shown once.
            throw Error(Error::Kind::CannotWrite,
                        tr("The recovery code could not be written to standard output, so the new profile was "
                           "not kept. Nothing was changed; please try again."));
        }
        return ExitStatus::Done;
    } catch (...) {
        removeLeftovers(paths);
        lock.reset();
        removeMadeFolder();
        throw;
    }
}

}  // namespace mooring::cli
