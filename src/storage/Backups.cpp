#include "storage/Backups.h"

#include "domain/Error.h"
#include "storage/BackupCopy.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/KeyFile.h"
#include "storage/KeyVault.h"
#include "storage/SecureBuffer.h"
#include "storage/UnlockedProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

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

void ownerOnly(const QString& path) {
    // Best effort, as for the profile folder: a FAT USB stick has no modes to set.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

}  // namespace

Backups::Backups(ProfilePaths paths, Clock clock) : m_paths(std::move(paths)), m_clock(std::move(clock)) {}

QDateTime Backups::now() const {
    const QDateTime time = m_clock ? m_clock() : QDateTime::currentDateTime();
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
    const QStringList folders = QDir(m_paths.backups()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
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
    if (!parsed || !QFileInfo(folderOf(name)).isDir()) return std::nullopt;
    return infoOf(*parsed);
}

BackupName Backups::freeName(BackupKind kind, const QString& reason) const {
    BackupName name{now(), kind, kind == BackupKind::BeforeRisky ? reason : QString(), 1};
    // Several in one second count on across kinds, so the names keep the order they were made in.
    const QStringList folders = QDir(m_paths.backups()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (QString folder : folders) {
        if (folder.startsWith(kIncomplete)) folder.remove(0, kIncomplete.size());
        const auto existing = BackupName::parse(folder);
        if (existing && existing->madeAt == name.madeAt) name.sequence = std::max(name.sequence, existing->sequence + 1);
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

BackupInfo Backups::make(Database& source, const SecureBuffer& dataKey, BackupKind kind, const QString& reason) {
    BackupInfo made = makeUnrotated(source, dataKey, kind, reason);
    rotate();
    return made;
}

BackupInfo Backups::makeBeforeRisky(UnlockedProfile& profile, const QString& reason) {
    return Backups(profile.paths()).make(profile.database(), profile.dataKey(), BackupKind::BeforeRisky, reason);
}

BackupInfo Backups::makeUnrotated(Database& source, const SecureBuffer& dataKey, BackupKind kind,
                                  const QString& reason) {
    if (kind == BackupKind::BeforeRisky && !BackupName::isValidReason(reason))
        throw std::invalid_argument("Backups::make: a reason of 1-20 lowercase letters is needed");
    const BackupName name = freeName(kind, reason);
    const QString incomplete = makeFolder(folderOf(kIncomplete + name.toString()));
    try {
        BackupCopy::copyDatabase(source, databaseIn(incomplete), dataKey);
        BackupCopy::copyFile(m_paths.keyFile(), keyFileIn(incomplete));
    } catch (const Error& error) {
        QDir(incomplete).removeRecursively();
        if (error.kind() == Error::Kind::CannotWrite) throwCannotWrite(m_paths.backups());
        throw;
    }
    try {
        BackupCopy::check(databaseIn(incomplete), keyFileIn(incomplete), dataKey);
    } catch (const Error&) {
        QDir(incomplete).removeRecursively();
        throw Error(Error::Kind::Damaged,
                    tr("A backup was made but did not read back correctly, so it was removed again. Your data "
                       "itself is as it was. The disk may be failing; copying the profile folder elsewhere "
                       "would be wise."));
    }
    if (!QDir().rename(incomplete, folderOf(name.toString()))) {
        QDir(incomplete).removeRecursively();
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

std::optional<BackupInfo> Backups::makeDailyIfDue(Database& source, const SecureBuffer& dataKey) {
    if (!dailyDue()) return std::nullopt;
    return make(source, dataKey, BackupKind::Daily);
}

void Backups::check(const QString& name, const SecureBuffer& dataKey) const {
    if (!find(name)) throwNoSuchBackup(name);
    const QString folder = folderOf(name);
    BackupCopy::check(databaseIn(folder), keyFileIn(folder), dataKey);
}

SecureBuffer Backups::dataKeyForRestore(const QString& name, const SecureBuffer& passphrase) const {
    if (!find(name)) throwNoSuchBackup(name);
    try {
        return KeyVault::open(KeyFile::load(m_paths.keyFile()).passphraseSlot(), passphrase);
    } catch (const Error& current) {
        try {
            return KeyVault::open(KeyFile::load(keyFileIn(folderOf(name))).passphraseSlot(), passphrase);
        } catch (const Error&) {
            throw current;
        }
    }
}

QString Backups::copyAsItIs(const QString& reason) {
    const BackupName name = freeName(BackupKind::BeforeRisky, reason);
    const QString incomplete = makeFolder(folderOf(kIncomplete + name.toString()));
    try {
        // The journal too: a database that does not open may still need it to recover.
        const QString journal = m_paths.database() + u"-journal"_s;
        for (const auto& [from, to] : {std::pair{m_paths.database(), databaseIn(incomplete)},
                                       std::pair{m_paths.keyFile(), keyFileIn(incomplete)},
                                       std::pair{journal, databaseIn(incomplete) + u"-journal"_s}}) {
            if (QFileInfo::exists(from)) BackupCopy::copyFile(from, to);
        }
    } catch (const Error&) {
        QDir(incomplete).removeRecursively();
        throwCannotWrite(m_paths.backups());
    }
    if (!QDir().rename(incomplete, folderOf(name.toString()))) {
        QDir(incomplete).removeRecursively();
        throwCannotWrite(m_paths.backups());
    }
    return name.toString();
}

QString Backups::restore(const QString& name, const SecureBuffer& dataKey) {
    check(name, dataKey);  // a damaged backup changes nothing

    // The state now is kept first: as a checked copy when it opens, else byte for byte.
    QString current;
    std::optional<Database> open;
    try {
        open.emplace(Database::open(m_paths.database(), dataKey.bytes(), Database::Mode::OpenExisting));
        if (!open->integrityOk()) open.reset();
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::CannotWrite || error.kind() == Error::Kind::Busy) throw;
        open.reset();
    }
    if (open && QFileInfo::exists(m_paths.keyFile())) {
        current = makeUnrotated(*open, dataKey, BackupKind::BeforeRisky, u"restore"_s).name;
        open.reset();
    } else {
        open.reset();
        current = copyAsItIs(u"restore"_s);
    }

    // No journal of the old file may be applied to the restored one. Opening it above has
    // already rolled back anything left over from a crash.
    QFile::remove(m_paths.database() + u"-journal"_s);
    const QString folder = folderOf(name);
    BackupCopy::copyFile(keyFileIn(folder), m_paths.keyFile());
    BackupCopy::copyFile(databaseIn(folder), m_paths.database());
    rotate();
    return current;
}

void Backups::rotate() {
    const QDir dir(m_paths.backups());
    std::vector<BackupName> names;
    for (const QString& folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (folder.startsWith(kIncomplete)) {
            // Left by a backup that never finished (the program was stopped). One that is
            // young may still be in the making elsewhere in this program, so it stays.
            const QFileInfo info(dir.filePath(folder));
            if (info.lastModified().secsTo(QDateTime::currentDateTime()) > kIncompleteAgeSeconds)
                QDir(info.filePath()).removeRecursively();
        } else if (auto parsed = BackupName::parse(folder)) {
            names.push_back(*parsed);
        }
    }
    for (const BackupName& doomed : BackupRotation::toDelete(names))
        QDir(dir.filePath(doomed.toString())).removeRecursively();
}

}  // namespace mooring
