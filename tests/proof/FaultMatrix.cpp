#include "FaultMatrix.h"

#include "CliProcess.h"

#include "domain/Error.h"
#include "storage/Argon2Params.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/ProfileLock.h"
#include "storage/SafetyPlanStore.h"
#include "storage/UnlockedProfile.h"

#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <csignal>
#include <memory>

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mooring::test {

using namespace Qt::StringLiterals;

namespace {

const QByteArray kRight = "the tide comes in slowly";
const QByteArray kWrong = "the tide goes out quickly";
const QByteArray kNew = "a new passphrase for the tide";
constexpr uid_t kNobody = 65534;

Error::Kind expectedKind(Fault fault) {
    switch (fault) {
        case Fault::WrongPassphrase:
            return Error::Kind::WrongSecret;
        case Fault::DamagedKeyFile:
        case Fault::DamagedDatabase:
        case Fault::DamagedJournalPage:
        case Fault::MissingKeyFile:
        case Fault::MissingDatabase:
        case Fault::EmptyDatabase:
            return Error::Kind::Damaged;
        case Fault::ReadOnlyFolder:
        case Fault::DiskFull:
            return Error::Kind::CannotWrite;
        case Fault::OpenElsewhere:
            return Error::Kind::Busy;
    }
    return Error::Kind::InvalidInput;
}

int cliExitFor(Error::Kind kind) {  // docs/cli.md, exit statuses
    switch (kind) {
        case Error::Kind::WrongSecret:
            return 2;
        case Error::Kind::Damaged:
            return 3;
        case Error::Kind::CannotWrite:
            return 4;
        case Error::Kind::Busy:
            return 5;
        default:
            return 1;
    }
}

bool destroysAFile(Fault fault) {
    return fault == Fault::DamagedKeyFile || fault == Fault::DamagedDatabase || fault == Fault::DamagedJournalPage ||
           fault == Fault::MissingKeyFile || fault == Fault::MissingDatabase || fault == Fault::EmptyDatabase;
}

// Save and backup meet a read-only folder or a full disk while the profile is already
// open (a USB stick turned read-only, a disk that filled up since unlocking).
bool runsAsCli(Operation operation) {
    return operation == Operation::Passwd || operation == Operation::Import || operation == Operation::CliBackup ||
           operation == Operation::Restore;
}

bool opensBeforeFault(Operation operation, Fault fault) {
    return operation != Operation::Open && !runsAsCli(operation) &&
           (fault == Fault::ReadOnlyFolder || fault == Fault::DiskFull);
}

QMap<QString, QByteArray> snapshot(const QString& dir) {
    QMap<QString, QByteArray> files = folderSnapshot(dir);
    files.remove(u"mooring.lock"_s);  // the lock file belongs to whoever has it open
    return files;
}

void flipBytes(const QString& path, qint64 offset, int count) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) return;
    QByteArray bytes = file.readAll();
    for (qint64 i = offset; i < offset + count && i < bytes.size(); ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
    file.seek(0);
    file.write(bytes);
}

void chownAll(const QString& dir, uid_t uid) {
    // The read-only cases run as another user; without the hand-over they prove nothing.
    const auto hand = [uid](const QString& path) {
        if (::chown(QFile::encodeName(path).constData(), uid, uid) != 0)
            FAIL("could not hand " << path.toStdString() << " to uid " << uid);
    };
    hand(dir);
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) hand(it.next());
}

void setMode(const QString& path, mode_t mode) { ::chmod(QFile::encodeName(path).constData(), mode); }

JournalEntry sampleEntry(int i) {
    JournalEntry e;
    e.occurredAt = JournalEntry::withLocalOffset(QDateTime::currentDateTime().addSecs(-60 * i));
    e.urge = i % 10;
    e.situation = u"Before the fault, entry %1"_s.arg(i);
    return e;
}

SafetyPlan samplePlan() {
    SafetyPlan plan;
    plan.sections[0] = {u"Noticing I go quiet"_s};
    return plan;
}

struct Seeded {
    QStringList entryIds;
    QString planId;
    qint64 journalPageOffset = 0;  // the middle of the page holding the journal's rows
};

Seeded seed(const ProfilePaths& paths) {
    const ProfileLock lock(paths);
    auto profile =
        UnlockedProfile::create(paths, SecureBuffer::fromUtf8(std::string_view(kRight)), Argon2Params::forTests())
            .profile;
    Seeded seeded;
    JournalStore journal(profile->database());
    for (int i = 0; i < 3; ++i) seeded.entryIds << journal.add(sampleEntry(i)).id;
    seeded.planId = SafetyPlanStore(profile->database()).save(samplePlan(), u"first"_s).id;
    Statement root(profile->database(), "SELECT rootpage FROM sqlite_master WHERE name = 'journal_entries'");
    REQUIRE(root.step());
    Statement pageSize(profile->database(), "PRAGMA page_size");
    REQUIRE(pageSize.step());
    const qint64 size = pageSize.int64(0);
    seeded.journalPageOffset = (root.int64(0) - 1) * size + size / 2;
    REQUIRE(root.int64(0) > 1);
    return seeded;
}

// Everything from before, with the right passphrase (or the new one, had passwd gone through).
bool everythingThere(const ProfilePaths& paths, const Seeded& seeded) {
    try {
        const ProfileLock lock(paths);
        auto profile = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(std::string_view(kRight)));
        JournalStore journal(profile->database());
        for (const QString& id : seeded.entryIds)
            if (!journal.find(id)) return false;
        return SafetyPlanStore(profile->database()).find(seeded.planId).has_value() &&
               profile->database().integrityOk();
    } catch (const Error&) {
        return false;
    }
}

bool isClear(const QString& message) {
    static const QRegularExpression technical(uR"(sqlite|errno|exception|std::|0x[0-9a-f]|\bSQL\b)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    return message.trimmed().size() >= 20 && !technical.match(message).hasMatch();
}

}  // namespace

QList<Operation> allOperations() {
    return {Operation::Open,      Operation::SaveEntry, Operation::SavePlan, Operation::Backup,
            Operation::CliBackup, Operation::Passwd,    Operation::Import,   Operation::Restore};
}

QList<Fault> allFaults() {
    return {Fault::WrongPassphrase, Fault::DamagedKeyFile,  Fault::DamagedDatabase, Fault::DamagedJournalPage,
            Fault::MissingKeyFile,  Fault::MissingDatabase, Fault::EmptyDatabase,   Fault::ReadOnlyFolder,
            Fault::DiskFull,        Fault::OpenElsewhere};
}

QString nameOf(Operation operation) {
    switch (operation) {
        case Operation::Open:
            return u"open"_s;
        case Operation::SaveEntry:
            return u"save entry"_s;
        case Operation::SavePlan:
            return u"save plan"_s;
        case Operation::Backup:
            return u"backup"_s;
        case Operation::CliBackup:
            return u"mooring-cli backup"_s;
        case Operation::Passwd:
            return u"mooring-cli passwd"_s;
        case Operation::Import:
            return u"mooring-cli import"_s;
        case Operation::Restore:
            return u"mooring-cli restore"_s;
    }
    return {};
}

QString nameOf(Fault fault) {
    switch (fault) {
        case Fault::WrongPassphrase:
            return u"wrong passphrase"_s;
        case Fault::DamagedKeyFile:
            return u"damaged key file"_s;
        case Fault::DamagedDatabase:
            return u"damaged database page"_s;
        case Fault::DamagedJournalPage:
            return u"damaged journal page"_s;
        case Fault::MissingKeyFile:
            return u"missing key file"_s;
        case Fault::MissingDatabase:
            return u"missing database"_s;
        case Fault::EmptyDatabase:
            return u"empty database"_s;
        case Fault::ReadOnlyFolder:
            return u"read-only folder"_s;
        case Fault::DiskFull:
            return u"disk full"_s;
        case Fault::OpenElsewhere:
            return u"open elsewhere"_s;
    }
    return {};
}

bool applies(Operation operation, Fault fault) {
    if (operation == Operation::Restore) return !destroysAFile(fault);
    if (fault != Fault::DamagedJournalPage) return true;
    return operation != Operation::SavePlan && operation != Operation::Passwd;
}

FaultResult runFaultCase(Operation operation, Fault fault) {
    TempProfile profile;
    const ProfilePaths& paths = profile.paths();
    const Seeded seeded = seed(paths);
    // What import brings in: a readable export of another profile, made beforehand.
    TempProfile other;
    // Beside the profile, readable by all: in the read-only case nobody (uid 65534) imports it.
    const QString importFile = QFileInfo(profile.dir()).path() + u"/other.json"_s;
    if (operation == Operation::Import) {
        seed(other.paths());
        const CliRun exported =
            runCli({u"export"_s, importFile, u"--plain"_s, u"--profile"_s, other.dir()}, kRight + "\n");
        if (exported.exitCode != 0) return FaultResult{false, false, false, exported.errText(), u"export failed"_s};
        setMode(importFile, 0644);
    }
    // What restore brings back: a backup of this same profile, made before the fault.
    QString backupName;
    if (operation == Operation::Restore) {
        const CliRun made = runCli({u"backup"_s, u"--profile"_s, profile.dir()}, kRight + "\n");
        if (made.exitCode != 0) return FaultResult{false, false, false, made.errText(), u"backup failed"_s};
        backupName = made.outText().trimmed();
    }
    const QMap<QString, QByteArray> before = snapshot(profile.dir());

    // Opened before the fault, where the fault comes while the profile is open.
    std::unique_ptr<ProfileLock> heldLock;
    std::unique_ptr<UnlockedProfile> opened;
    if (opensBeforeFault(operation, fault)) {
        heldLock = std::make_unique<ProfileLock>(paths);
        opened = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(std::string_view(kRight)));
    }

    switch (fault) {
        case Fault::DamagedKeyFile:
            flipBytes(paths.keyFile(), QFileInfo(paths.keyFile()).size() / 2, 4);
            break;
        case Fault::DamagedDatabase:
            flipBytes(paths.database(), 400, 16);
            break;  // inside page 1
        case Fault::DamagedJournalPage:
            flipBytes(paths.database(), seeded.journalPageOffset, 16);
            break;
        case Fault::MissingKeyFile:
            QFile::remove(paths.keyFile());
            break;
        case Fault::MissingDatabase:
            QFile::remove(paths.database());
            break;
        case Fault::EmptyDatabase:
            QFile::resize(paths.database(), 0);
            break;
        case Fault::OpenElsewhere:
            heldLock = std::make_unique<ProfileLock>(paths);
            break;
        case Fault::ReadOnlyFolder:
            // As root, permission bits stop nobody: the operation runs as nobody, owner of the folder.
            setMode(QFileInfo(profile.dir()).path(), 0755);
            if (runningAsRoot()) chownAll(profile.dir(), kNobody);
            setMode(profile.dir(), 0500);
            break;
        default:
            break;
    }
    const QMap<QString, QByteArray> afterFault = snapshot(profile.dir());
    const QByteArray passphrase = fault == Fault::WrongPassphrase ? kWrong : kRight;

    FaultResult result;
    const Error::Kind expected = expectedKind(fault);
    if (runsAsCli(operation)) {
        CliOptions options;
        options.input =
            operation == Operation::Passwd ? passphrase + "\n" + kNew + "\n" + kNew + "\n" : passphrase + "\n";
        if (fault == Fault::ReadOnlyFolder && runningAsRoot())
            options.wrapper = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        if (fault == Fault::DiskFull)
            options.inChild = [] {
                const rlimit none{0, 0};
                ::setrlimit(RLIMIT_FSIZE, &none);
            };
        const QStringList command = operation == Operation::Passwd      ? QStringList{u"passwd"_s}
                                    : operation == Operation::CliBackup ? QStringList{u"backup"_s}
                                    : operation == Operation::Restore   ? QStringList{u"restore"_s, backupName}
                                                                        : QStringList{u"import"_s, importFile};
        const CliRun run = runCli(command + QStringList{u"--profile"_s, profile.dir()}, options);
        result.message = run.errText().trimmed();
        result.failedAsExpected = run.exitedNormally && run.exitCode == cliExitFor(expected);
        result.detail = u"exit %1"_s.arg(run.exitCode);
    } else {
        const auto act = [&] {
            std::unique_ptr<ProfileLock> lock;
            std::unique_ptr<UnlockedProfile> own;
            UnlockedProfile* target = opened.get();
            if (!target) {
                lock = std::make_unique<ProfileLock>(paths);
                own = UnlockedProfile::unlock(paths, SecureBuffer::fromUtf8(std::string_view(passphrase)));
                target = own.get();
            }
            switch (operation) {
                // Opening shows the journal: its newest entries are read straight away.
                case Operation::Open:
                    JournalStore(target->database()).page({}, std::nullopt, 20);
                    break;
                case Operation::SaveEntry:
                    JournalStore(target->database()).add(sampleEntry(9));
                    break;
                case Operation::SavePlan:
                    SafetyPlanStore(target->database()).save(samplePlan(), u"again"_s);
                    break;
                case Operation::Backup:
                    Backups(paths).make(target->database(), target->dataKey(), BackupKind::Manual);
                    break;
                default:
                    break;
            }
        };
        ChildLimits limits;
        limits.dropRootPrivileges = fault == Fault::ReadOnlyFolder;
        if (fault == Fault::DiskFull) limits.maxFileSize = 0;
        const ChildOutcome outcome = runInChild(limits, act);
        result.message = outcome.message;
        result.failedAsExpected = !outcome.succeeded && outcome.errorKind == expected;
        result.detail = outcome.succeeded ? u"it went through"_s
                                          : u"kind %1"_s.arg(outcome.errorKind ? int(*outcome.errorKind) : -1);
    }
    // The folder's name differs from case to case; what is said about it must not.
    result.message.replace(profile.dir(), u"<profile>"_s);
    result.messageIsClear = isClear(result.message);

    // Undo the fault's conditions (not its damage) and let go of the profile.
    opened.reset();
    heldLock.reset();
    if (fault == Fault::ReadOnlyFolder) {
        setMode(profile.dir(), 0700);
        if (runningAsRoot()) chownAll(profile.dir(), 0);
    }
    // Nothing was written on top of the fault: the folder is as the fault left it ...
    const bool untouched = snapshot(profile.dir()) == afterFault;
    if (destroysAFile(fault)) {
        // ... and with the damaged or missing file put back (as a backup would), every
        // record from before is there: the failed operation made nothing worse.
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QFile file(profile.dir() + u'/' + it.key());
            if (file.open(QIODevice::WriteOnly)) file.write(it.value());
        }
    }
    result.dataKept = untouched && everythingThere(paths, seeded);
    if (!untouched) result.detail += u"; files changed after the fault"_s;
    return result;
}

}  // namespace mooring::test
