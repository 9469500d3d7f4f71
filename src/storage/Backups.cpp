#include "storage/Backups.h"

#include "domain/Error.h"
#include "storage/AtomicFile.h"
#include "storage/BackupCopy.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/KeyFile.h"
#include "storage/KeyVault.h"
#include "storage/ProfileLeftovers.h"
#include "storage/SecureBuffer.h"
#include "storage/SqlCipher.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

const QString kIncomplete = u".incomplete-"_s;
constexpr qint64 kIncompleteAgeSeconds = 60 * 60;

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString shown(const QString& path) { return QDir::toNativeSeparators(path); }

QString databaseIn(const QString& folder) { return QDir(folder).filePath(QString::fromLatin1(Backups::kDatabaseFile)); }
QString keyFileIn(const QString& folder) { return QDir(folder).filePath(QString::fromLatin1(Backups::kKeyFile)); }

qint64 sizeOf(const QString& path) { return QFileInfo(path).size(); }

[[noreturn]] void throwCannotWrite(const QString& folder) {
    throw Error(Error::Kind::CannotWrite,
                tr("Mooring couldn't save a backup in %1. The folder may be read-only or the disk full. "
                   "Your data itself is as it was.")
                    .arg(shown(folder)));
}

[[noreturn]] void throwNoSuchBackup(const QString& name) {
    throw Error(Error::Kind::InvalidInput,
                tr("There is no backup called “%1”. The list of backups shows the names there are.").arg(name));
}

// Removes a backup folder Mooring made: only the files it puts there, then the folder if
// that left it empty. A link is never followed (nor removed): a folder that is not ours
// stays as it is.
void removeBackupFolder(const QString& path) {
    const QFileInfo folder(path);
    if (folder.isSymLink() || !folder.isDir()) return;
    static const QRegularExpression ours(u"^mooring\\.(db|keys|db-journal)(\\.[A-Za-z0-9]{6})?$"_s);
    const QDir dir(path);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (ours.match(name).hasMatch()) QFile::remove(dir.filePath(name));  // unlinks a link itself
    }
    QDir().rmdir(path);
}

void ownerOnly(const QString& path) {
    // Best effort, as for the profile folder: a FAT USB stick has no modes to set.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

}  // namespace

Backups::Backups(ProfilePaths paths, Clock clock) : m_paths(std::move(paths)), m_clock(std::move(clock)) {}

QDateTime Backups::now() const {
    const QDateTime time = timeNow(m_clock);
    // Names hold whole seconds; the rest would only make a name that parses differently.
    return QDateTime(time.date(), QTime(time.time().hour(), time.time().minute(), time.time().second()));
}

QString Backups::folderOf(const QString& name) const { return QDir(m_paths.backups()).filePath(name); }

BackupInfo Backups::infoOf(const BackupName& name) const {
    const QString folder = folderOf(name.toString());
    return BackupInfo{name.toString(), name.madeAt, name.kind, name.reason,
                      sizeOf(databaseIn(folder)) + sizeOf(keyFileIn(folder))};
}

std::vector<BackupInfo> Backups::list() const {
    std::vector<BackupName> names;
    // A link is never a backup, whatever its name: it may lead out of the profile.
    const QStringList folders = QDir(m_paths.backups()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString& folder : folders) {
        if (auto parsed = BackupName::parse(folder)) names.push_back(*parsed);
    }
    std::sort(names.begin(), names.end(), [](const BackupName& a, const BackupName& b) { return b < a; });
    std::vector<BackupInfo> infos;
    infos.reserve(names.size());
    for (const BackupName& name : names) infos.push_back(infoOf(name));
    return infos;
}

std::optional<BackupInfo> Backups::find(const QString& name) const {
    const auto parsed = BackupName::parse(name);
    const QFileInfo folder(folderOf(name));
    if (!parsed || folder.isSymLink() || !folder.isDir()) return std::nullopt;
    return infoOf(*parsed);
}

qint64 Backups::totalBytes(const std::vector<BackupInfo>& backups) {
    qint64 total = 0;
    for (const BackupInfo& info : backups) total += info.bytes;
    return total;
}

BackupName Backups::freeName(BackupKind kind, const QString& reason) const {
    BackupName name{now(), kind, kind == BackupKind::BeforeRisky ? reason : QString(), 1};
    // Several in one second count on across kinds, so the names keep the order they were made in.
    const QStringList folders = QDir(m_paths.backups()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (QString folder : folders) {
        if (folder.startsWith(kIncomplete)) folder.remove(0, kIncomplete.size());
        const auto existing = BackupName::parse(folder);
        if (existing && existing->madeAt == name.madeAt)
            name.sequence = std::max(name.sequence, existing->sequence + 1);
    }
    return name;
}

QString Backups::makeFolder(const QString& path) const {
    if (!QDir().mkpath(m_paths.backups())) throwCannotWrite(m_paths.backups());
    ownerOnly(m_paths.backups());
    if (!QDir().mkdir(path)) throwCannotWrite(m_paths.backups());
    ownerOnly(path);
    return path;
}

BackupInfo Backups::make(Database& source, const SecureBuffer& dataKey, BackupKind kind, const QString& reason,
                         BackupPace pace) {
    BackupInfo made = makeUnrotated(source, dataKey, kind, reason, pace);
    rotate();
    return made;
}

BackupInfo Backups::makeBeforeRisky(UnlockedProfile& profile, const QString& reason) {
    return Backups(profile.paths()).make(profile.database(), profile.dataKey(), BackupKind::BeforeRisky, reason);
}

BackupInfo Backups::makeUnrotated(Database& source, const SecureBuffer& dataKey, BackupKind kind, const QString& reason,
                                  BackupPace pace) {
    if (kind == BackupKind::BeforeRisky && !BackupName::isValidReason(reason))
        throw std::invalid_argument("Backups::make: a reason of 1-20 lowercase letters is needed");
    const BackupName name = freeName(kind, reason);
    const QString incomplete = makeFolder(folderOf(kIncomplete + name.toString()));
    try {
        BackupCopy::copyDatabase(source, databaseIn(incomplete), dataKey, pace);
        BackupCopy::copyFile(m_paths.keyFile(), keyFileIn(incomplete));
    } catch (const Error& error) {
        removeBackupFolder(incomplete);
        if (error.kind() == Error::Kind::CannotWrite) throwCannotWrite(m_paths.backups());
        throw;
    }
    try {
        BackupCopy::check(databaseIn(incomplete), keyFileIn(incomplete), dataKey);
    } catch (const Error&) {
        removeBackupFolder(incomplete);
        throw Error(Error::Kind::Damaged,
                    tr("A backup was made but did not read back correctly, so it was removed again. Your data "
                       "itself is as it was. The disk may be failing; copying the profile folder elsewhere "
                       "would be wise."));
    }
    if (!QDir().rename(incomplete, folderOf(name.toString()))) {
        removeBackupFolder(incomplete);
        throwCannotWrite(m_paths.backups());
    }
    return infoOf(name);
}

bool Backups::dailyDue() const {
    const QDate today = now().date();
    const std::vector<BackupInfo> all = list();
    return std::none_of(all.begin(), all.end(), [&](const BackupInfo& info) {
        return info.kind == BackupKind::Daily && info.madeAt.date() == today;
    });
}

std::optional<BackupInfo> Backups::makeDailyIfDue(Database& source, const SecureBuffer& dataKey,
                                                  const std::atomic<bool>* stop) {
    if (!dailyDue()) return std::nullopt;
    return make(source, dataKey, BackupKind::Daily, {}, BackupPace{true, stop});
}

void Backups::check(const QString& name, const SecureBuffer& dataKey) const {
    if (!find(name)) throwNoSuchBackup(name);
    const QString folder = folderOf(name);
    BackupCopy::check(databaseIn(folder), keyFileIn(folder), dataKey);
}

Backups::RestoreKey Backups::keyForRestore(const QString& name, const SecureBuffer& passphrase) const {
    if (!find(name)) throwNoSuchBackup(name);
    try {
        return {KeyVault::open(KeyFile::load(m_paths.keyFile()).passphraseSlot(), passphrase), false};
    } catch (const Error&) {
        try {
            return {KeyVault::open(KeyFile::load(keyFileIn(folderOf(name))).passphraseSlot(), passphrase), true};
        } catch (const Error&) {
            throw Error(Error::Kind::WrongSecret,
                        tr("This passphrase opens neither the profile nor the backup “%1”. The backup may "
                           "have been made with another passphrase, or for another profile. Nothing was changed.")
                            .arg(name));
        }
    }
}

void Backups::checkRestorable(const QString& name, const RestoreKey& key) const {
    const QString folder = folderOf(name);
    bool whole = false;
    try {
        Database backup = Database::open(databaseIn(folder), key.dataKey.bytes(), Database::Mode::ReadOnly);
        whole = backup.integrityOk();
    } catch (const SqliteError& error) {
        if (error.kind() == Error::Kind::CannotWrite || error.kind() == Error::Kind::Busy) throw;
        // Page 1 does not decrypt: another profile's database, or one damaged at its start.
        if (error.code() == SQLITE_NOTADB)
            throw Error(Error::Kind::Damaged,
                        tr("The backup “%1” can't be opened with this profile's key: it belongs to another "
                           "profile, or it has been damaged. Nothing was changed.")
                            .arg(name));
    }
    if (!whole) BackupCopy::check(databaseIn(folder), keyFileIn(folder), key.dataKey);  // throws Damaged
    // The backup's key file goes back only as the key file that opened its database.
    if (key.fromBackup) KeyFile::load(keyFileIn(folder));
}

QString Backups::keepCurrent(const SecureBuffer& dataKey) {
    // The state now is kept first: as a checked copy when it is whole, else byte for byte.
    try {
        KeyFile::load(m_paths.keyFile());
        Database open = Database::open(m_paths.database(), dataKey.bytes(), Database::Mode::OpenExisting);
        if (open.integrityOk()) return makeUnrotated(open, dataKey, BackupKind::BeforeRisky, u"restore"_s).name;
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::CannotWrite || error.kind() == Error::Kind::Busy) throw;
    }
    return keepAsItIs();
}

QString Backups::keepAsItIs() {
    // Not named as a backup: nobody should restore damaged files by mistake, and rotation
    // leaves them alone.
    const QString name = u"damaged-"_s + now().toString(u"yyyy-MM-ddTHHmmss"_s);
    const QString kept = folderOf(name);
    const QString incomplete = makeFolder(folderOf(kIncomplete + name));
    try {
        // The journal too: a database that does not open may still need it to recover.
        const QString journal = m_paths.database() + u"-journal"_s;
        for (const auto& [from, to] : {std::pair{m_paths.database(), databaseIn(incomplete)},
                                       std::pair{m_paths.keyFile(), keyFileIn(incomplete)},
                                       std::pair{journal, databaseIn(incomplete) + u"-journal"_s}}) {
            if (QFileInfo::exists(from)) BackupCopy::copyFile(from, to);
        }
    } catch (const Error&) {
        removeBackupFolder(incomplete);
        throwCannotWrite(m_paths.backups());
    }
    if (QFileInfo::exists(kept) || !QDir().rename(incomplete, kept)) {
        removeBackupFolder(incomplete);
        throwCannotWrite(m_paths.backups());
    }
    return name;
}

QString Backups::restore(const QString& name, const RestoreKey& key) {
    if (!find(name)) throwNoSuchBackup(name);
    checkRestorable(name, key);  // a damaged or foreign backup changes nothing
    const QString folder = folderOf(name);
    const QString kept = keepCurrent(key.dataKey);

    // Written beside the old files and read back first: a full disk is met before anything
    // is replaced.
    StagedFile database(m_paths.database(), BackupCopy::readWhole(databaseIn(folder)));
    if (key.fromBackup) {
        StagedFile keyFile(m_paths.keyFile(), BackupCopy::readWhole(keyFileIn(folder)));
        replaceBoth(name, keyFile, database);
    } else {
        // No journal of the old file may be applied to the restored one. Keeping the state
        // above has already rolled back anything left over from a crash.
        QFile::remove(m_paths.database() + u"-journal"_s);
        database.commit();
    }
    rotate();
    return kept;
}

void Backups::replaceBoth(const QString& name, StagedFile& keyFile, StagedFile& database) {
    const QDir dir(m_paths.dir());
    const QString note = dir.filePath(QString::fromLatin1(ProfileLeftovers::kRestoreNote));
    const QString aside = dir.filePath(QString::fromLatin1(ProfileLeftovers::kKeyFileAside));
    const auto move = [](const QString& from, const QString& to) {
        return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
    };
    // Says which backup is going back, for ProfileLeftovers if the program stops half-way.
    AtomicFile::write(note, name.toUtf8());
    const bool hadKeyFile = QFileInfo::exists(m_paths.keyFile());
    if (hadKeyFile && !move(m_paths.keyFile(), aside)) {
        QFile::remove(note);
        throwCannotWrite(m_paths.dir());
    }
    try {
        keyFile.commit();
        QFile::remove(m_paths.database() + u"-journal"_s);
        database.commit();
    } catch (...) {
        if (hadKeyFile)
            move(aside, m_paths.keyFile());
        else
            QFile::remove(m_paths.keyFile());
        QFile::remove(note);
        throw;
    }
    QFile::remove(aside);
    QFile::remove(note);
}

QStringList Backups::retireOldKeyFiles(const SecureBuffer& dataKey) {
    QStringList notUpdated;
    const QByteArray current = BackupCopy::readWhole(m_paths.keyFile());
    const QDir dir(m_paths.backups());
    for (const QString& folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks)) {
        const QString path = dir.filePath(folder);
        const QString keys = keyFileIn(path);
        if (!QFileInfo::exists(keys) || QFileInfo(keys).isSymLink()) continue;
        QFile existing(keys);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == current) continue;
        existing.close();
        // A database that opens with another key is another profile's: its key file is not ours
        // to replace. One that does not open at all (damaged, empty) may still be this
        // profile's, so its key file is retired too.
        try {
            Database::open(databaseIn(path), dataKey.bytes(), Database::Mode::ReadOnly);
        } catch (const SqliteError& error) {
            if (error.code() == SQLITE_NOTADB && QFileInfo(databaseIn(path)).size() > 0) {
                notUpdated << folder;
                continue;
            }
        } catch (const Error&) {
        }
        try {
            AtomicFile::write(keys, current);
        } catch (const Error&) {
            notUpdated << folder;
        }
    }
    return notUpdated;
}

QString Backups::oldKeyFilesMessage(const QStringList& notUpdated, const QString& backupsFolder) {
    if (notUpdated.isEmpty()) return {};
    return QCoreApplication::translate("mooring",
                                       "Some backups could not be updated, so your old passphrase or recovery code "
                                       "may still open them: %1 in %2. Deleting those folders is safer; your other "
                                       "backups and your profile are up to date.")
        .arg(notUpdated.join(u", "_s), shown(backupsFolder));
}

void Backups::removeAll(const QString& backupsFolder) {
    const QFileInfo info(backupsFolder);
    if (info.isSymLink() || !info.isDir()) return;
    const QDir dir(backupsFolder);
    for (const QString& folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks))
        removeBackupFolder(dir.filePath(folder));
    QDir().rmdir(backupsFolder);
}

void Backups::rotate() {
    const QDir dir(m_paths.backups());
    std::vector<BackupName> names;
    for (const QString& folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks)) {
        if (folder.startsWith(kIncomplete)) {
            // Left by a backup that never finished (the program was stopped). One that is
            // young may still be in the making elsewhere in this program, so it stays.
            const QFileInfo info(dir.filePath(folder));
            if (info.lastModified().secsTo(QDateTime::currentDateTime()) > kIncompleteAgeSeconds)
                removeBackupFolder(info.filePath());
        } else if (auto parsed = BackupName::parse(folder)) {
            names.push_back(*parsed);
        }
    }
    for (const BackupName& doomed : BackupRotation::toDelete(names))
        removeBackupFolder(dir.filePath(doomed.toString()));
}

}  // namespace mooring
