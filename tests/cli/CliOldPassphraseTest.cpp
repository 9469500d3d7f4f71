// "Someone may know my passphrase": the attack a tester made with nothing but the documented
// formats and the stock program. After the passphrase changes, a backup's key file is put in
// place of the profile's and the old passphrase tried: it must open nothing.
#include "CliProcess.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kOld = "what someone saw me type";
const QByteArray kNew = "a passphrase nobody saw";

CliRun cliAt(const TempProfile& profile, QStringList arguments, const QByteArray& input) {
    arguments << u"--profile"_s << profile.dir();
    return runCli(arguments, input);
}

}  // namespace

TEST_CASE("After passwd, the old passphrase with a backup's key file opens nothing", "[cli][oldpassphrase]") {
    TempProfile profile;
    REQUIRE(cliAt(profile, {u"create"_s}, kOld + "\n" + kOld + "\n").exitCode == 0);
    const CliRun made = cliAt(profile, {u"backup"_s}, kOld + "\n");
    REQUIRE(made.exitCode == 0);
    const QString backupKeys = profile.paths().backups() + u'/' + made.outText().trimmed() + u"/mooring.keys"_s;
    const QByteArray keysBefore = fileBytes(backupKeys);

    const CliRun changed = cliAt(profile, {u"passwd"_s}, kOld + "\n" + kNew + "\n" + kNew + "\n");
    INFO(changed.errText().toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(fileBytes(backupKeys) != keysBefore);

    // The attack: every key file that Mooring keeps, put in place of the profile's own.
    QStringList keyFiles{backupKeys};
    for (const QString& keys : keyFiles) {
        REQUIRE(QFile::remove(profile.paths().keyFile()));
        REQUIRE(QFile::copy(keys, profile.paths().keyFile()));
        CHECK(cliAt(profile, {u"verify"_s}, kOld + "\n").exitCode == 2);
        CHECK(cliAt(profile, {u"verify"_s}, kNew + "\n").exitCode == 0);
    }
    // Restoring that backup asks for today's passphrase; the old one is refused.
    CHECK(cliAt(profile, {u"restore"_s, made.outText().trimmed()}, kOld + "\n").exitCode == 2);
    CHECK(cliAt(profile, {u"restore"_s, made.outText().trimmed()}, kNew + "\n").exitCode == 0);
}

TEST_CASE("After rekey, no key file from before opens the data, not even one copied away",
          "[cli][oldpassphrase][rekey]") {
    TempProfile profile;
    const CliRun created = cliAt(profile, {u"create"_s}, kOld + "\n" + kOld + "\n");
    REQUIRE(created.exitCode == 0);
    const QByteArray oldCode = created.out.trimmed();
    REQUIRE(cliAt(profile, {u"backup"_s}, kOld + "\n").exitCode == 0);
    const QByteArray keptAway = fileBytes(profile.paths().keyFile());  // someone's copy from before

    const CliRun rekeyed = cliAt(profile, {u"rekey"_s}, kOld + "\n" + kNew + "\n" + kNew + "\n");
    INFO(rekeyed.errText().toStdString());
    REQUIRE(rekeyed.exitCode == 0);
    const QByteArray newCode = rekeyed.out.trimmed();
    CHECK(newCode.size() == oldCode.size());
    CHECK(newCode != oldCode);
    CHECK(cliAt(profile, {u"verify"_s}, kNew + "\n").exitCode == 0);
    CHECK(cliAt(profile, {u"verify"_s}, kOld + "\n").exitCode == 2);

    // The old key file opens with the old passphrase, but its key opens nothing here now.
    QFile keys(profile.paths().keyFile());
    REQUIRE(keys.open(QIODevice::WriteOnly));
    keys.write(keptAway);
    keys.close();
    CHECK(cliAt(profile, {u"verify"_s}, kOld + "\n").exitCode == 3);
    // And no file in the folder holds the old key file any more.
    const QStringList folders =
        QDir(profile.paths().backups()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    REQUIRE_FALSE(folders.isEmpty());
    for (const QString& folder : folders)
        CHECK(fileBytes(profile.paths().backups() + u'/' + folder + u"/mooring.keys"_s) != keptAway);
}

TEST_CASE("rekey can keep the recovery code, and refuses a wrong one changing nothing", "[cli][oldpassphrase][rekey]") {
    TempProfile profile;
    const CliRun created = cliAt(profile, {u"create"_s}, kOld + "\n" + kOld + "\n");
    REQUIRE(created.exitCode == 0);
    const QByteArray code = created.out.trimmed();
    const QByteArray keysBefore = fileBytes(profile.paths().keyFile());
    const QByteArray databaseBefore = fileBytes(profile.paths().database());

    const CliRun wrong = cliAt(profile, {u"rekey"_s, u"--keep-recovery-code"_s},
                               kOld + "\n" + "0000-0000-0000-0000-0000-0000-0000\n" + kNew + "\n" + kNew + "\n");
    CHECK(wrong.exitCode == 2);
    CHECK(fileBytes(profile.paths().keyFile()) == keysBefore);
    CHECK(fileBytes(profile.paths().database()) == databaseBefore);

    const CliRun kept =
        cliAt(profile, {u"rekey"_s, u"--keep-recovery-code"_s}, kOld + "\n" + code + "\n" + kNew + "\n" + kNew + "\n");
    INFO(kept.errText().toStdString());
    REQUIRE(kept.exitCode == 0);
    CHECK(kept.out.trimmed().isEmpty());
    const CliRun reset = cliAt(profile, {u"passwd"_s, u"--recovery"_s}, code + "\n" + "third one\nthird one\n");
    CHECK(reset.exitCode == 0);
}

TEST_CASE("rekey --remove-backups leaves no backup of the old key", "[cli][oldpassphrase][rekey]") {
    TempProfile profile;
    REQUIRE(cliAt(profile, {u"create"_s}, kOld + "\n" + kOld + "\n").exitCode == 0);
    REQUIRE(cliAt(profile, {u"backup"_s}, kOld + "\n").exitCode == 0);
    REQUIRE(cliAt(profile, {u"backup"_s}, kOld + "\n").exitCode == 0);
    const CliRun removed = cliAt(profile, {u"rekey"_s, u"--remove-backups"_s}, kOld + "\n" + kNew + "\n" + kNew + "\n");
    INFO(removed.errText().toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.errText().contains(u"2"_s));
    CHECK(QDir(profile.paths().backups()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    CHECK(cliAt(profile, {u"verify"_s}, kNew + "\n").exitCode == 0);
}
