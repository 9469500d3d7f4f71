// Nothing lost, tried from outside as a tester did: the real mooring-cli on a nearly full
// disk, with damaged and empty files, links in backups/, a file system that refuses modes,
// a backup folder that mixes two profiles, exports aimed at the profile, leftovers of a
// stopped program, and an import killed around its settings write.
#include "CliProcess.h"
#include "support/ExchangeSamples.h"
#include "support/SmallDisk.h"
#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kFirst = "harbour lights at dusk";
const QByteArray kSamplePass = "sample passphrase\n";  // ExchangeSamples' OpenProfile
const QByteArray kToday = "a quieter tide tonight";

CliRun cliAt(const QString& dir, QStringList arguments, const QByteArray& input, const QStringList& wrapper = {}) {
    arguments << u"--profile"_s << dir;
    CliOptions options;
    options.input = input;
    options.wrapper = wrapper;
    return runCli(arguments, options);
}

void createAt(const QString& dir, const QByteArray& passphrase = kFirst) {
    const CliRun created = cliAt(dir, {u"create"_s}, passphrase + "\n" + passphrase + "\n");
    INFO(created.errText().toStdString());
    REQUIRE(created.exitCode == 0);
}

QString backupAt(const QString& dir, const QByteArray& passphrase) {
    const CliRun made = cliAt(dir, {u"backup"_s}, passphrase + "\n");
    INFO(made.errText().toStdString());
    REQUIRE(made.exitCode == 0);
    return made.outText().trimmed();
}

void passwdAt(const QString& dir, const QByteArray& from, const QByteArray& to) {
    const CliRun changed = cliAt(dir, {u"passwd"_s}, from + "\n" + to + "\n" + to + "\n");
    INFO(changed.errText().toStdString());
    REQUIRE(changed.exitCode == 0);
}

int verifyAt(const QString& dir, const QByteArray& passphrase) {
    return cliAt(dir, {u"verify"_s}, passphrase + "\n").exitCode;
}

void copyTree(const QString& from, const QString& to) {
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir())
            QDir().mkpath(target);
        else
            REQUIRE(QFile::copy(path, target));
    }
}

QStringList filesIn(const QString& dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The program under strace with `arguments`. LeakSanitizer cannot work under ptrace, so
// in the sanitizer build the traced run checks memory errors but not leaks.
QStringList underStrace(const QStringList& arguments) {
    const QString strace = QStandardPaths::findExecutable(u"strace"_s);
    REQUIRE_FALSE(strace.isEmpty());
    QString asan = qEnvironmentVariable("ASAN_OPTIONS");
    asan += (asan.isEmpty() ? u""_s : u":"_s) + u"detect_leaks=0"_s;
    return QStringList{u"env"_s, u"ASAN_OPTIONS="_s + asan, strace} + arguments;
}

// A profile with every kind of record (and an own helpline), closed so the binary can lock it.
struct ClosedRichProfile {
    ClosedRichProfile() {
        fillRichProfile(open);
        open.profile.reset();
        open.settings.reset();
    }
    OpenProfile open;
    QString dir() const { return open.dir.dir(); }
};

// The profile files a person's passphrase depends on, byte for byte.
struct ProfileFiles {
    QByteArray keys;
    QByteArray database;
    bool operator==(const ProfileFiles&) const = default;
};

ProfileFiles filesOf(const QString& dir) {
    return {fileBytes(dir + u"/mooring.keys"_s), fileBytes(dir + u"/mooring.db"_s)};
}

}  // namespace

TEST_CASE("An empty or incomplete database is damaged; verify says so and writes nothing", "[cli][nothinglost]") {
    TempProfile profile;
    createAt(profile.dir());
    const QString database = profile.paths().database();
    for (const qint64 size : {qint64(0), qint64(1000), QFileInfo(database).size() - 100}) {
        INFO("database cut to " << size << " bytes");
        REQUIRE(QFile::resize(database, size));
        const QByteArray before = fileBytes(database);
        const CliRun verify = cliAt(profile.dir(), {u"verify"_s}, kFirst + "\n");
        CHECK(verify.exitCode == 3);
        CHECK(verify.errText().contains(u"backup"_s));
        CHECK(fileBytes(database) == before);
        CHECK(QFileInfo(database).size() == size);
    }
}

TEST_CASE("A restore on a nearly full disk is all or nothing, at every amount of free space",
          "[cli][nothinglost][restore]") {
    if (!runningAsRoot()) {
        WARN("skipped: a tmpfs of its own needs root (CI runs as root)");
        return;
    }
    SmallDisk disk(6);
    INFO(disk.whyNot().toStdString());
    REQUIRE(disk.mounted());

    // The backup is made with the first passphrase; today's is another (and is in the
    // backup's key file too, since a passphrase change retires the old one everywhere).
    TempProfile pristine;
    createAt(pristine.dir());
    const QString name = backupAt(pristine.dir(), kFirst);
    passwdAt(pristine.dir(), kFirst, kToday);
    const qint64 databaseKiB = QFileInfo(pristine.paths().database()).size() / 1024;

    int restored = 0;
    int refused = 0;
    const QString dir = disk.path() + u"/profile"_s;
    // Today's key file opens (only the database comes back), or it is damaged (the
    // backup's key file comes back with its database: both files replaced together).
    for (const bool damagedKeyFile : {false, true}) {
        // From no room at all to room for the kept copy and the new files together.
        for (qint64 free = 0; free <= 3 * databaseKiB + 64; free += databaseKiB / 5 + 1) {
            QDir(dir).removeRecursively();
            disk.unfill();
            copyTree(pristine.dir(), dir);
            if (damagedKeyFile) {
                QByteArray keys = fileBytes(dir + u"/mooring.keys"_s);
                keys[100] = static_cast<char>(keys[100] ^ 0x01);
                writeFile(dir + u"/mooring.keys"_s, keys);
            }
            const ProfileFiles before = filesOf(dir);
            disk.leaveFree(free);
            const CliRun run = cliAt(dir, {u"restore"_s, name}, kToday + "\n");
            disk.unfill();
            INFO("free " << free << " KiB, damaged key file " << damagedKeyFile << ": exit " << run.exitCode << ", "
                         << run.errText().toStdString());
            if (run.exitCode == 0) {
                ++restored;
                CHECK(verifyAt(dir, kToday) == 0);  // the passphrase typed opens it now
                CHECK(filesOf(dir).database != before.database);
                if (damagedKeyFile) CHECK(filesOf(dir).keys != before.keys);
            } else {
                ++refused;
                CHECK(run.exitCode == 4);
                CHECK((run.errText().contains(u"Nothing was changed"_s) || run.errText().contains(u"as it was"_s)));
                CHECK(filesOf(dir) == before);
            }
            CHECK(filesIn(dir) == QStringList{u"mooring.db"_s, u"mooring.keys"_s});  // nothing half-made left
        }
    }
    CHECK(restored > 0);
    CHECK(refused > 0);
}

TEST_CASE("Restore repairs a damaged or empty key file and keeps the damaged files aside",
          "[cli][nothinglost][restore]") {
    TempProfile profile;
    createAt(profile.dir());
    const QString name = backupAt(profile.dir(), kFirst);
    const QString keys = profile.paths().keyFile();

    SECTION("a key file with a changed byte") {
        QByteArray bytes = fileBytes(keys);
        bytes[40] = static_cast<char>(bytes[40] ^ 0x20);
        writeFile(keys, bytes);
    }
    SECTION("an empty key file") { writeFile(keys, {}); }
    SECTION("an empty database") { REQUIRE(QFile::resize(profile.paths().database(), 0)); }
    const ProfileFiles damaged = filesOf(profile.dir());
    REQUIRE(verifyAt(profile.dir(), kFirst) == 3);

    const CliRun run = cliAt(profile.dir(), {u"restore"_s, name}, kFirst + "\n");
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(verifyAt(profile.dir(), kFirst) == 0);
    const QStringList aside = QDir(profile.paths().backups()).entryList({u"damaged-*"_s}, QDir::Dirs);
    REQUIRE(aside.size() == 1);
    CHECK(filesOf(profile.paths().backups() + u'/' + aside.first()) == damaged);
    CHECK(run.errText().contains(aside.first()));
    // Kept aside, not offered as a backup to restore.
    const CliRun listed = cliAt(profile.dir(), {u"backups"_s}, {});
    CHECK_FALSE(listed.outText().contains(u"damaged"_s));
}

TEST_CASE("Backup rotation never follows a link out of the profile", "[cli][nothinglost][backups]") {
    TempProfile profile;
    createAt(profile.dir());
    backupAt(profile.dir(), kFirst);
    QTemporaryDir outside;
    for (const QString& folder : {u"a"_s, u"b"_s}) {
        REQUIRE(QDir(outside.path()).mkpath(folder));
        writeFile(outside.filePath(folder + u"/mooring.db"_s), "someone else's file");
        writeFile(outside.filePath(folder + u"/notes.txt"_s), "not Mooring's");
    }
    const QString backups = profile.paths().backups();
    // Named like a backup older than any rotation keeps, and like an abandoned one.
    REQUIRE(QFile::link(outside.filePath(u"a"_s), backups + u"/2001-01-01T000000-daily"_s));
    REQUIRE(QFile::link(outside.filePath(u"b"_s), backups + u"/.incomplete-2001-01-01T000000-daily"_s));
    for (const QString& folder : {u"a"_s, u"b"_s})
        REQUIRE(QProcess::execute(u"touch"_s, {u"-d"_s, u"30 days ago"_s, outside.filePath(folder)}) == 0);
    const auto before = folderSnapshot(outside.path());

    for (int i = 0; i < 3; ++i) backupAt(profile.dir(), kFirst);  // each one rotates
    CHECK(folderSnapshot(outside.path()) == before);
    CHECK_FALSE(cliAt(profile.dir(), {u"backups"_s}, {}).outText().contains(u"2001-01-01"_s));
    CHECK(cliAt(profile.dir(), {u"restore"_s, u"2001-01-01T000000-daily"_s}, kFirst + "\n").exitCode == 1);
}

TEST_CASE("A backup folder whose key file is another profile's never locks the person out",
          "[cli][nothinglost][restore]") {
    TempProfile mine;
    TempProfile other;
    createAt(mine.dir());
    createAt(other.dir(), kToday);
    const QString name = backupAt(mine.dir(), kFirst);
    const QString folder = mine.paths().backups() + u'/' + name;
    writeFile(folder + u"/mooring.keys"_s, fileBytes(other.paths().keyFile()));
    const ProfileFiles before = filesOf(mine.dir());

    // The other profile's passphrase opens that key file, but its key not this database.
    const CliRun foreign = cliAt(mine.dir(), {u"restore"_s, name}, kToday + "\n");
    CHECK(foreign.exitCode == 3);
    CHECK(foreign.errText().contains(u"another profile"_s));
    CHECK(filesOf(mine.dir()) == before);

    // The person's own passphrase: their key file stays, their backup comes back.
    const CliRun own = cliAt(mine.dir(), {u"restore"_s, name}, kFirst + "\n");
    INFO(own.errText().toStdString());
    CHECK(own.exitCode == 0);
    CHECK(fileBytes(mine.paths().keyFile()) == before.keys);
    CHECK(verifyAt(mine.dir(), kFirst) == 0);

    // A passphrase of neither says so plainly.
    const CliRun neither = cliAt(mine.dir(), {u"restore"_s, name}, "not this one\n");
    CHECK(neither.exitCode == 2);
    CHECK(neither.errText().contains(u"another passphrase, or for another profile"_s));
}

TEST_CASE("An export aimed anywhere inside the profile folder is refused and changes nothing",
          "[cli][nothinglost][exchange]") {
    TempProfile profile;
    createAt(profile.dir());
    const QString name = backupAt(profile.dir(), kFirst);
    writeFile(profile.paths().settings(), "[General]\nregion=UK\n");
    QTemporaryDir outside;
    const QString link = outside.filePath(u"looks-elsewhere"_s);
    REQUIRE(QFile::link(profile.dir(), link));
    const auto before = folderSnapshot(profile.dir());

    for (const QString& target :
         {profile.paths().settings(), profile.paths().lockFile(), profile.paths().keyFile(),
          profile.paths().backups() + u'/' + name + u"/mooring.db"_s, profile.dir() + u"/export.json"_s,
          link + u"/settings.ini"_s, link + u"/backups/new.json"_s}) {
        const CliRun run = cliAt(profile.dir(), {u"export"_s, target, u"--plain"_s}, kFirst + "\n");
        INFO(target.toStdString() << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(u"profile folder"_s));
    }
    CHECK(folderSnapshot(profile.dir()) == before);
    CHECK(cliAt(profile.dir(), {u"export"_s, outside.filePath(u"mine.json"_s), u"--plain"_s}, kFirst + "\n").exitCode ==
          0);
}

TEST_CASE("A file system that refuses file modes (a FAT stick) works for every command", "[cli][nothinglost][fat]") {
    // What vfat answers to chmod and fchmod, injected into every call of the program.
    const QStringList fat =
        underStrace({u"-f"_s, u"-o"_s, u"/dev/null"_s, u"-e"_s, u"inject=chmod,fchmod,fchmodat:error=EPERM"_s});
    TempProfile profile;
    const QString dir = profile.dir();
    const CliRun created = cliAt(dir, {u"create"_s}, kFirst + "\n" + kFirst + "\n", fat);
    INFO(created.errText().toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(cliAt(dir, {u"verify"_s}, kFirst + "\n", fat).exitCode == 0);

    ClosedRichProfile source;
    QTemporaryDir files;
    const QString file = files.filePath(u"rich.json"_s);
    REQUIRE(runCli({u"export"_s, file, u"--plain"_s, u"--profile"_s, source.dir()}, kSamplePass).exitCode == 0);
    const CliRun imported = cliAt(dir, {u"import"_s, file}, kFirst + "\n", fat);
    INFO(imported.errText().toStdString());
    CHECK(imported.exitCode == 0);

    const CliRun made = cliAt(dir, {u"backup"_s}, kFirst + "\n", fat);
    CHECK(made.exitCode == 0);
    CHECK(cliAt(dir, {u"passwd"_s}, kFirst + "\n" + kToday + "\n" + kToday + "\n", fat).exitCode == 0);
    const CliRun restored = cliAt(dir, {u"restore"_s, made.outText().trimmed()}, kToday + "\n", fat);
    INFO(restored.errText().toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(cliAt(dir, {u"verify"_s}, kToday + "\n", fat).exitCode == 0);
}

TEST_CASE("Leftovers of a stopped program are tidied the next time the profile is opened", "[cli][nothinglost]") {
    TempProfile profile;
    createAt(profile.dir());
    const QString name = backupAt(profile.dir(), kFirst);
    passwdAt(profile.dir(), kFirst, kToday);
    const QString dir = profile.dir();
    const ProfileFiles today = filesOf(dir);
    const QString backupKeys = profile.paths().backups() + u'/' + name + u"/mooring.keys"_s;
    const QString backupDatabase = profile.paths().backups() + u'/' + name + u"/mooring.db"_s;

    SECTION("half-written replacements and a stale settings lock go") {
        writeFile(dir + u"/mooring.db.aB3dE9"_s, QByteArray(1 << 20, 'x'));
        writeFile(dir + u"/mooring.keys.Zz0099"_s, "half");
        // A lock of a process that is gone, on this computer.
        writeFile(dir + u"/settings.ini.lock"_s, "2147483000\nmooring\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        CHECK(verifyAt(dir, kToday) == 0);
        CHECK(filesIn(dir) == QStringList{u"mooring.db"_s, u"mooring.keys"_s});
        CHECK(filesOf(dir) == today);
    }
    SECTION("a restore stopped after the key file went back: both go back to before") {
        writeFile(dir + u"/restore-in-progress"_s, name.toUtf8());
        REQUIRE(QFile::rename(dir + u"/mooring.keys"_s, dir + u"/mooring.keys.before-restore"_s));
        REQUIRE(QFile::copy(backupKeys, dir + u"/mooring.keys"_s));
        CHECK(verifyAt(dir, kToday) == 0);
        CHECK(filesOf(dir) == today);
        CHECK(filesIn(dir) == QStringList{u"mooring.db"_s, u"mooring.keys"_s});
    }
    SECTION("a restore stopped after the database went back: it is finished") {
        writeFile(dir + u"/restore-in-progress"_s, name.toUtf8());
        REQUIRE(QFile::rename(dir + u"/mooring.keys"_s, dir + u"/mooring.keys.before-restore"_s));
        REQUIRE(QFile::copy(backupKeys, dir + u"/mooring.keys"_s));
        REQUIRE(QFile::remove(dir + u"/mooring.db"_s));
        REQUIRE(QFile::copy(backupDatabase, dir + u"/mooring.db"_s));
        CHECK(verifyAt(dir, kToday) == 0);
        CHECK(fileBytes(dir + u"/mooring.keys"_s) == fileBytes(backupKeys));
        CHECK(filesIn(dir) == QStringList{u"mooring.db"_s, u"mooring.keys"_s});
    }
}

TEST_CASE("An import killed around its settings write lands whole or not at all", "[cli][nothinglost][exchange]") {
    ClosedRichProfile source;
    QTemporaryDir files;
    const QString file = files.filePath(u"rich.json"_s);
    REQUIRE(runCli({u"export"_s, file, u"--plain"_s, u"--profile"_s, source.dir()}, kSamplePass).exitCode == 0);

    TempProfile target;
    createAt(target.dir());
    writeFile(target.paths().settings(), "[General]\nregion=UK\n");
    const QByteArray settingsBefore = fileBytes(target.paths().settings());
    const QString plain = files.filePath(u"after.json"_s);
    const auto exportedAfter = [&] {
        QFile::remove(plain);
        const CliRun run = cliAt(target.dir(), {u"export"_s, plain, u"--plain"_s}, kFirst + "\n");
        REQUIRE(run.exitCode == 0);
        return fileBytes(plain);
    };

    SECTION("killed once settings.ini is replaced, before the transaction commits") {
        // QSettings unlocks settings.ini.lock right after renaming its new file into place.
        const QStringList killAtSettings =
            underStrace({u"-f"_s, u"-o"_s, u"/dev/null"_s, u"-P"_s, target.paths().settings() + u".lock"_s, u"-e"_s,
                         u"inject=unlink,unlinkat:signal=KILL"_s});
        const CliRun run = cliAt(target.dir(), {u"import"_s, file}, kFirst + "\n", killAtSettings);
        CHECK(run.exitCode != 0);
        CHECK(QFile::exists(target.paths().settings() + u".before-import"_s));
        CHECK(fileBytes(target.paths().settings()) != settingsBefore);  // it had been written
        const QByteArray after = exportedAfter();                       // opening the profile settles what was left
        CHECK_FALSE(after.contains("Night line at college"));
        CHECK_FALSE(after.contains("My cat, Pepper"));
        CHECK(fileBytes(target.paths().settings()) == settingsBefore);
    }
    SECTION("killed once the transaction had committed: everything is there") {
        const QString note = target.paths().settings() + u".before-import"_s;
        const QStringList killAfterCommit = underStrace(
            {u"-f"_s, u"-o"_s, u"/dev/null"_s, u"-P"_s, note, u"-e"_s, u"inject=unlink,unlinkat:signal=KILL"_s});
        const CliRun run = cliAt(target.dir(), {u"import"_s, file}, kFirst + "\n", killAfterCommit);
        CHECK(run.exitCode != 0);
        const QByteArray after = exportedAfter();
        CHECK(after.contains("Night line at college"));
        CHECK(after.contains("My cat, Pepper"));
    }
    CHECK_FALSE(QFile::exists(target.paths().settings() + u".before-import"_s));
}
