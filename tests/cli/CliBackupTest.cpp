// backup / backups / restore through the real mooring-cli binary, with their exit statuses.
#include "CliProcess.h"
#include "storage/ProfileLock.h"
#include "support/DatabaseFiles.h"
#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassphrase = "harbour lights at dusk";
const QByteArray kNewPassphrase = "a quieter tide";

QStringList at(const TempProfile& profile, QStringList arguments) {
    arguments << u"--profile"_s << profile.dir();
    return arguments;
}

void createProfile(const TempProfile& profile) {
    const CliRun created = runCli(at(profile, {u"create"_s}), kPassphrase + "\n" + kPassphrase + "\n");
    INFO(created.errText().toStdString());
    REQUIRE(created.exitCode == 0);
}

QString backup(const TempProfile& profile, const QByteArray& passphrase = kPassphrase) {
    const CliRun made = runCli(at(profile, {u"backup"_s}), passphrase + "\n");
    INFO(made.errText().toStdString());
    REQUIRE(made.exitCode == 0);
    return made.outText().trimmed();
}

QStringList listedNames(const TempProfile& profile) {
    const CliRun listed = runCli(at(profile, {u"backups"_s}), QByteArray());
    REQUIRE(listed.exitCode == 0);
    QStringList names;
    for (const QString& line : listed.outText().split(u'\n', Qt::SkipEmptyParts)) names << line.section(u'\t', 0, 0);
    return names;
}

}  // namespace

TEST_CASE("backup makes a backup, backups lists it, restore brings it back", "[cli][backups]") {
    TempProfile profile;
    createProfile(profile);
    const CliRun none = runCli(at(profile, {u"backups"_s}), QByteArray());
    CHECK(none.exitCode == 0);
    CHECK(none.out.isEmpty());
    CHECK_FALSE(none.err.isEmpty());

    const QString name = backup(profile);
    CHECK(name.endsWith(u"-manual"_s));
    CHECK(QFileInfo(profile.paths().backups() + u'/' + name + u"/mooring.db"_s).isFile());
    const CliRun listed = runCli(at(profile, {u"backups"_s}), QByteArray());
    const QStringList fields = listed.outText().trimmed().split(u'\t');
    REQUIRE(fields.size() == 4);
    CHECK(fields[0] == name);
    CHECK(fields[2] == u"manual"_s);
    CHECK(fields[3].toLongLong() > 0);

    // The passphrase changes after the backup. Restoring with today's passphrase keeps
    // today's key file: the passphrase typed opens the profile afterwards.
    const CliRun passwd =
        runCli(at(profile, {u"passwd"_s}), kPassphrase + "\n" + kNewPassphrase + "\n" + kNewPassphrase + "\n");
    REQUIRE(passwd.exitCode == 0);
    // The backup's key file follows: the old passphrase opens nothing kept here any more.
    const QByteArray keysAtBackup = fileBytes(profile.paths().backups() + u'/' + name + u"/mooring.keys"_s);
    CHECK(fileBytes(profile.paths().keyFile()) == keysAtBackup);

    const CliRun restored = runCli(at(profile, {u"restore"_s, name}), kNewPassphrase + "\n");
    INFO(restored.errText().toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(restored.errText().contains(u"passphrase"_s));
    CHECK(fileBytes(profile.paths().keyFile()) == keysAtBackup);
    CHECK(runCli(at(profile, {u"verify"_s}), kPassphrase + "\n").exitCode == 2);
    CHECK(runCli(at(profile, {u"verify"_s}), kNewPassphrase + "\n").exitCode == 0);

    const QStringList names = listedNames(profile);
    REQUIRE(names.size() == 2);
    CHECK(names[0].contains(u"-before-restore"_s));
    CHECK(names[1] == name);
}

TEST_CASE("restore of an unknown name is bad usage (1), of a damaged backup is 3; nothing changes", "[cli][backups]") {
    TempProfile profile;
    createProfile(profile);
    const QString name = backup(profile);
    const auto before = folderSnapshot(profile.dir());

    const CliRun unknown = runCli(at(profile, {u"restore"_s, u"2001-01-01T000000-daily"_s}), kPassphrase + "\n");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errText().contains(u"2001-01-01T000000-daily"_s));
    CHECK(runCli(at(profile, {u"restore"_s}), kPassphrase + "\n").exitCode == 1);  // no name at all

    REQUIRE(flipDatabaseBytes(profile.paths().backups() + u'/' + name + u"/mooring.db"_s, 5000, 32));
    const auto damagedBefore = folderSnapshot(profile.dir());
    const CliRun damaged = runCli(at(profile, {u"restore"_s, name}), kPassphrase + "\n");
    INFO(damaged.errText().toStdString());
    CHECK(damaged.exitCode == 3);
    CHECK(folderSnapshot(profile.dir()) == damagedBefore);

    const CliRun wrong = runCli(at(profile, {u"backup"_s}), "not it\n");
    CHECK(wrong.exitCode == 2);
    CHECK(listedNames(profile).size() == 1);
    CHECK(before.size() == damagedBefore.size());
}

TEST_CASE("backup and restore while the profile is open elsewhere are busy (5)", "[cli][backups]") {
    TempProfile profile;
    createProfile(profile);
    const QString name = backup(profile);
    const ProfileLock lock(profile.paths());
    CHECK(runCli(at(profile, {u"backup"_s}), kPassphrase + "\n").exitCode == 5);
    CHECK(runCli(at(profile, {u"restore"_s, name}), kPassphrase + "\n").exitCode == 5);
    CHECK(listedNames(profile).size() == 1);  // listing needs no lock
}

TEST_CASE("backup on a full disk cannot write (4) and leaves no half-made backup", "[cli][backups]") {
    TempProfile profile;
    createProfile(profile);
    const auto before = folderSnapshot(profile.dir());
    CliOptions options;
    options.input = kPassphrase + "\n";
    options.inChild = [] {
        const rlimit limit{8192, 8192};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
    const CliRun full = runCli(at(profile, {u"backup"_s}), options);
    INFO(full.errText().toStdString());
    CHECK(full.exitCode == 4);
    CHECK(full.out.isEmpty());
    CHECK(folderSnapshot(profile.dir()) == before);
    CHECK(QDir(profile.paths().backups()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    // Without the limit it goes through: the limit was what stopped it.
    CHECK_FALSE(backup(profile).isEmpty());
}
