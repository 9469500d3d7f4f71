#include "storage/Rekey.h"

#include "domain/Error.h"
#include "storage/AtomicFile.h"
#include "storage/BackupCopy.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/KeyFile.h"
#include "storage/KeyVault.h"
#include "storage/ProfilePaths.h"
#include "storage/RecoveryCode.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <stdexcept>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

// The three things a rekey replaces, in the order they are renamed into place: the
// database last, so that its new file still being there means "not done".
struct Places {
    explicit Places(const ProfilePaths& paths)
        : keyFile(paths.keyFile()),
          backups(paths.backups()),
          database(paths.database()),
          note(QDir(paths.dir()).filePath(QString::fromLatin1(Rekey::kNote))) {}
    QString keyFile;
    QString backups;
    QString database;
    QString note;

    QStringList inOrder() const { return {keyFile, backups, database}; }
};

QString fresh(const QString& path) { return path + QString::fromLatin1(Rekey::kNewSuffix); }
QString old(const QString& path) { return path + QString::fromLatin1(Rekey::kOldSuffix); }

bool move(const QString& from, const QString& to) {
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

void removeAny(const QString& path) {
    if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink()) {
        Backups::removeAll(path);
    } else {
        QFile::remove(path);
    }
}

[[noreturn]] void throwCannotWrite(const QString& dir) {
    throw Error(Error::Kind::CannotWrite,
                QCoreApplication::translate("mooring",
                                            "Mooring couldn't make the new copy of your data in %1. The disk may be "
                                            "full or the folder read-only. Nothing was changed: your passphrase and "
                                            "your data are as they were.")
                    .arg(QDir::toNativeSeparators(dir)));
}

// Anything a rekey stopped before its note may have left: half-made new files.
void removeStaging(const Places& places) {
    for (const QString& path : places.inOrder()) removeAny(fresh(path));
    QFile::remove(fresh(places.database) + u"-journal"_s);  // of a copy that was stopped
    const QDir dir(QFileInfo(places.database).path());
    for (const QString& name : dir.entryList({u"*.rekeyed.*"_s}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
}

// Puts back whatever was renamed aside; the new files go.
void rollBack(const Places& places) {
    for (const QString& path : places.inOrder()) {
        if (!QFileInfo::exists(old(path))) continue;
        if (QFileInfo(path).isDir()) {
            // A folder cannot be renamed over another: the new one steps aside first.
            if (!QFileInfo::exists(fresh(path))) move(path, fresh(path));
        }
        move(old(path), path);
    }
    removeStaging(places);
    QFile::remove(places.note);
}

void removeOld(const Places& places) {
    // What the person keeps in backups/ themselves is not Mooring's to remove: it moves along.
    const QDir oldBackups(old(places.backups));
    for (const QString& name : oldBackups.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const bool made =
            BackupName::parse(name) || name.startsWith(u".incomplete-"_s) || name.startsWith(u"damaged-"_s);
        if (!made) move(oldBackups.filePath(name), QDir(places.backups).filePath(name));
    }
    for (const QString& path : places.inOrder()) removeAny(old(path));
    QFile::remove(places.note);
}

// Owner only, as every folder of the profile. Best effort: FAT keeps no modes.
bool makeFolder(const QString& path) {
    if (!QDir().mkpath(path)) return false;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

// The backups under the new key, in a folder beside backups/ with the same names.
int copyBackups(const ProfilePaths& paths, const QString& target, const SecureBuffer& oldKey,
                const SecureBuffer& newKey, const QByteArray& keyFile) {
    if (!makeFolder(target)) throwCannotWrite(paths.backups());
    int copied = 0;
    for (const BackupInfo& info : Backups(paths).list()) {
        const QString from =
            QDir(Backups(paths).folderOf(info.name)).filePath(QString::fromLatin1(Backups::kDatabaseFile));
        const QString folder = QDir(target).filePath(info.name);
        if (!makeFolder(folder)) throwCannotWrite(paths.backups());
        const QString to = QDir(folder).filePath(QString::fromLatin1(Backups::kDatabaseFile));
        try {
            Database source = Database::open(from, oldKey.bytes(), Database::Mode::ReadOnly);
            BackupCopy::copyDatabase(source, to, newKey);
        } catch (const Error& error) {
            if (error.kind() == Error::Kind::CannotWrite) throwCannotWrite(paths.backups());
            // A backup that no longer opens with the old key is not carried over: under the old
            // key it would keep the old key's worth alive.
            QDir(folder).removeRecursively();
            continue;
        }
        AtomicFile::write(QDir(folder).filePath(QString::fromLatin1(Backups::kKeyFile)), keyFile);
        BackupCopy::check(to, QDir(folder).filePath(QString::fromLatin1(Backups::kKeyFile)), newKey);
        ++copied;
    }
    return copied;
}

}  // namespace

Rekey::Done Rekey::run(std::unique_ptr<UnlockedProfile> profile, const SecureBuffer& newPassphrase,
                       const Argon2Params& params, const std::optional<SecureBuffer>& keptRecoveryCode,
                       OldBackups oldBackups) {
    if (!profile) throw std::invalid_argument("Rekey::run needs an open profile");
    if (newPassphrase.empty()) throw std::invalid_argument("Rekey::run needs a passphrase");
    if (!params.isWithinFileLimits()) throw std::invalid_argument("Rekey::run: Argon2 parameters outside the limits");
    const ProfilePaths paths = profile->paths();
    const Places places(paths);
    removeStaging(places);

    // The slow derivations first, before any file is made.
    Done done;
    const SecureBuffer newKey = KeyVault::newDataKey();
    RecoveryCode code = RecoveryCode::generate();
    if (keptRecoveryCode) {
        code = RecoveryCode::parse(*keptRecoveryCode);
        KeyVault::open(KeyFile::load(paths.keyFile()).recoverySlot(), code.canonical());  // WrongSecret if not ours
    } else {
        done.newRecoveryCode = code.formatted();
    }
    const KeyFile keyFile(
        KeyVault::seal(KeySlot::Type::Passphrase, newPassphrase, newKey, params),
        KeyVault::seal(KeySlot::Type::Recovery, code.canonical(), newKey, Argon2Params::forRecoveryCode(params)));
    const QByteArray keyBytes = keyFile.serialize();

    // The new files, beside the old ones, each read back.
    const SecureBuffer oldKey = SecureBuffer::fromBytes(profile->dataKey().bytes());
    try {
        BackupCopy::copyDatabase(profile->database(), fresh(places.database), newKey);
        AtomicFile::write(fresh(places.keyFile), keyBytes);
        BackupCopy::check(fresh(places.database), fresh(places.keyFile), newKey);
        if (oldBackups == OldBackups::CopyUnderNewKey)
            done.backupsCopied = copyBackups(paths, fresh(places.backups), oldKey, newKey, keyBytes);
        else if (!makeFolder(fresh(places.backups)))
            throwCannotWrite(paths.backups());
        if (oldBackups == OldBackups::Remove) done.backupsRemoved = int(Backups(paths).list().size());
        AtomicFile::write(places.note, QByteArray("rekey\n"));
    } catch (...) {
        removeStaging(places);
        throw;
    }
    profile.reset();  // the database closes, the old key is wiped

    // Renamed into place, the database last. A failure puts everything back.
    bool moved = true;
    for (const QString& path : places.inOrder()) {
        if (QFileInfo::exists(path) && !move(path, old(path))) moved = false;
        if (moved && !move(fresh(path), path)) moved = false;
        if (!moved) break;
    }
    if (!moved) {
        rollBack(places);
        throwCannotWrite(paths.dir());
    }
    // Read back whole with the new passphrase before the old state goes.
    try {
        std::unique_ptr<UnlockedProfile> check = UnlockedProfile::unlock(paths, newPassphrase);
        if (!check->database().integrityOk()) throw Error(Error::Kind::Damaged, QString());
    } catch (const Error&) {
        rollBack(places);
        throw Error(Error::Kind::Damaged,
                    QCoreApplication::translate("mooring",
                                                "The new copy of your data did not read back as it should, so "
                                                "Mooring put everything back as it was. Your passphrase has not "
                                                "changed. The disk may be failing; copying the profile folder "
                                                "elsewhere would be wise."));
    }
    removeOld(places);
    return done;
}

void Rekey::settle(const ProfilePaths& paths) {
    const Places places(paths);
    if (!QFileInfo::exists(places.note)) {
        removeStaging(places);  // stopped before anything was renamed
        return;
    }
    // The database is renamed last: while its new file waits, the rekey is not done.
    if (QFileInfo::exists(fresh(places.database))) {
        rollBack(places);
    } else {
        removeOld(places);
        removeStaging(places);
    }
}

}  // namespace mooring
