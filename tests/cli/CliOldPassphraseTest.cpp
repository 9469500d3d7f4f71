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
