// Drives the real mooring-cli binary: secrets on stdin, fast KDF, a temporary profile.
#include "CliProcess.h"
#include "storage/Migrations.h"
#include "storage/ProfileLock.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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

// A fresh profile made through the binary; returns the printed recovery code.
QString createProfile(const TempProfile& profile, const QByteArray& passphrase = kPassphrase) {
    const CliRun created = runCli(at(profile, {u"create"_s}), passphrase + "\n" + passphrase + "\n");
    INFO(created.errText().toStdString());
    REQUIRE(created.exitedNormally);
    REQUIRE(created.exitCode == 0);
    return recoveryCodeFrom(created);
}

CliRun verify(const TempProfile& profile, const QByteArray& passphrase) {
    return runCli(at(profile, {u"verify"_s}), passphrase + "\n");
}

}  // namespace

TEST_CASE("create makes a profile and prints its recovery code once, on stdout only", "[cli]") {
    TempProfile profile;
    const CliRun created = runCli(at(profile, {u"create"_s}), kPassphrase + "\n" + kPassphrase + "\n");
    INFO(created.errText().toStdString());
    REQUIRE(created.exitedNormally);
    CHECK(created.exitCode == 0);

    const QString code = recoveryCodeFrom(created);
    CHECK(created.out.count('\n') == 1);
    CHECK(QRegularExpression(u"^[A-Z0-9]+(-[A-Z0-9]+)+$"_s).match(code).hasMatch());
    CHECK_FALSE(created.errText().contains(code));
    CHECK(created.errText().contains(u"MOORING_INSECURE_FAST_KDF"_s));  // the warning

    CHECK(QFileInfo::exists(profile.paths().keyFile()));
    CHECK(QFileInfo::exists(profile.paths().database()));
    CHECK_FALSE(QFileInfo::exists(profile.paths().lockFile()));
    CHECK((QFileInfo(profile.dir()).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}

TEST_CASE("create refuses a folder that already holds a profile and leaves it as it is", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    const QByteArray keyBefore = fileBytes(profile.paths().keyFile());
    const QByteArray dbBefore = fileBytes(profile.paths().database());

    const CliRun again = runCli(at(profile, {u"create"_s}), "other\nother\n");
    CHECK(again.exitCode == 1);
    CHECK_FALSE(again.err.isEmpty());
    CHECK(again.out.isEmpty());
    CHECK(fileBytes(profile.paths().keyFile()) == keyBefore);
    CHECK(fileBytes(profile.paths().database()) == dbBefore);
    CHECK(verify(profile, kPassphrase).exitCode == 0);
}

TEST_CASE("create with passphrases that differ, or an empty one, is bad usage and makes nothing", "[cli]") {
    TempProfile profile;
    const CliRun differ = runCli(at(profile, {u"create"_s}), "one thing\nanother\n");
    CHECK(differ.exitCode == 1);
    CHECK_FALSE(differ.err.isEmpty());
    CHECK(differ.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(profile.dir()));

    const CliRun empty = runCli(at(profile, {u"create"_s}), "\n\n");
    CHECK(empty.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(profile.dir()));

    const CliRun noInput = runCli(at(profile, {u"create"_s}), QByteArray());
    CHECK(noInput.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(profile.dir()));
}

TEST_CASE("verify with the right passphrase reports the schema version, integrity and row counts", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    const CliRun checked = verify(profile, kPassphrase);
    INFO(checked.errText().toStdString());
    CHECK(checked.exitCode == 0);
    const QString out = checked.outText();
    CHECK(out.contains(u"schema version: %1\n"_s.arg(Migrations::latestVersion())));
    CHECK(out.contains(u"integrity: ok\n"_s));
    CHECK(out.contains(u"key file: ok\n"_s));
    // Every other line counts the rows of one table.
    for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"table "_s))
            CHECK(QRegularExpression(u"^table [A-Za-z0-9_]+: [0-9]+$"_s).match(line).hasMatch());
    }
}

TEST_CASE("A wrong passphrase exits with 2, says so, and changes nothing", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    const QByteArray keyBefore = fileBytes(profile.paths().keyFile());
    const QByteArray dbBefore = fileBytes(profile.paths().database());

    const CliRun wrong = verify(profile, "not the passphrase");
    CHECK(wrong.exitCode == 2);
    CHECK_FALSE(wrong.err.isEmpty());
    CHECK(wrong.out.isEmpty());
    CHECK(fileBytes(profile.paths().keyFile()) == keyBefore);
    CHECK(fileBytes(profile.paths().database()) == dbBefore);

    const CliRun wrongOld =
        runCli(at(profile, {u"passwd"_s}), "not it\n" + kNewPassphrase + "\n" + kNewPassphrase + "\n");
    CHECK(wrongOld.exitCode == 2);
    CHECK(fileBytes(profile.paths().keyFile()) == keyBefore);
}

TEST_CASE("passwd changes the passphrase: the old one stops working, the new one works", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    const QByteArray dbBefore = fileBytes(profile.paths().database());

    const CliRun changed =
        runCli(at(profile, {u"passwd"_s}), kPassphrase + "\n" + kNewPassphrase + "\n" + kNewPassphrase + "\n");
    INFO(changed.errText().toStdString());
    CHECK(changed.exitCode == 0);
    CHECK(fileBytes(profile.paths().database()) == dbBefore);  // only the key file is rewritten

    CHECK(verify(profile, kPassphrase).exitCode == 2);
    CHECK(verify(profile, kNewPassphrase).exitCode == 0);
}

TEST_CASE("passwd with new passphrases that differ is bad usage and changes nothing", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    const QByteArray keyBefore = fileBytes(profile.paths().keyFile());

    const CliRun differ = runCli(at(profile, {u"passwd"_s}), kPassphrase + "\none new\nanother new\n");
    CHECK(differ.exitCode == 1);
    CHECK_FALSE(differ.err.isEmpty());
    CHECK(fileBytes(profile.paths().keyFile()) == keyBefore);

    const CliRun empty = runCli(at(profile, {u"passwd"_s}), kPassphrase + "\n\n\n");
    CHECK(empty.exitCode == 1);
    CHECK(fileBytes(profile.paths().keyFile()) == keyBefore);

    CHECK(verify(profile, kPassphrase).exitCode == 0);
    CHECK(verify(profile, "one new").exitCode == 2);
}

TEST_CASE("passwd --recovery takes the code as a person would type it", "[cli]") {
    TempProfile profile;
    const QString code = createProfile(profile);
    REQUIRE_FALSE(code.isEmpty());
    const QByteArray typed = code.toLower().replace(u'-', u' ').toUtf8();

    const CliRun reset = runCli(at(profile, {u"passwd"_s, u"--recovery"_s}),
                                typed + "\n" + kNewPassphrase + "\n" + kNewPassphrase + "\n");
    INFO(reset.errText().toStdString());
    CHECK(reset.exitCode == 0);
    CHECK(verify(profile, kNewPassphrase).exitCode == 0);
    CHECK(verify(profile, kPassphrase).exitCode == 2);

    // The same code still opens the profile afterwards.
    const CliRun again = runCli(at(profile, {u"passwd"_s, u"--recovery"_s}),
                                code.toUtf8() + "\n" + kPassphrase + "\n" + kPassphrase + "\n");
    CHECK(again.exitCode == 0);
    CHECK(verify(profile, kPassphrase).exitCode == 0);
}

TEST_CASE("passwd --recovery with a wrong code exits with 2 and changes nothing", "[cli]") {
    TempProfile profile;
    const QString code = createProfile(profile);
    const QByteArray keyBefore = fileBytes(profile.paths().keyFile());
    QString wrongCode = code;
    wrongCode[0] = wrongCode[0] == u'A' ? u'B' : u'A';

    const CliRun wrong = runCli(at(profile, {u"passwd"_s, u"--recovery"_s}),
                                wrongCode.toUtf8() + "\n" + kNewPassphrase + "\n" + kNewPassphrase + "\n");
    CHECK(wrong.exitCode == 2);
    CHECK(fileBytes(profile.paths().keyFile()) == keyBefore);
}

TEST_CASE("A truncated key file or a missing database is reported as damaged (3)", "[cli]") {
    TempProfile profile;
    createProfile(profile);

    SECTION("key file truncated") {
        QFile keys(profile.paths().keyFile());
        REQUIRE(keys.open(QIODevice::ReadWrite));
        REQUIRE(keys.resize(keys.size() / 2));
        keys.close();
        const CliRun checked = verify(profile, kPassphrase);
        CHECK(checked.exitCode == 3);
        CHECK_FALSE(checked.err.isEmpty());
    }
    SECTION("database deleted") {
        REQUIRE(QFile::remove(profile.paths().database()));
        const CliRun checked = verify(profile, kPassphrase);
        CHECK(checked.exitCode == 3);
        CHECK_FALSE(checked.err.isEmpty());
        CHECK_FALSE(QFileInfo::exists(profile.paths().database()));  // not quietly made anew
    }
    SECTION("key file deleted, database still there") {
        REQUIRE(QFile::remove(profile.paths().keyFile()));
        CHECK(verify(profile, kPassphrase).exitCode == 3);
    }
}

TEST_CASE("A folder without a profile is bad usage for verify and passwd", "[cli]") {
    TempProfile profile;
    REQUIRE(QDir().mkpath(profile.dir()));
    const CliRun checked = verify(profile, kPassphrase);
    CHECK(checked.exitCode == 1);
    CHECK(checked.errText().contains(u"create"_s));
    CHECK(runCli(at(profile, {u"passwd"_s}), "a\nb\nb\n").exitCode == 1);
    CHECK(QDir(profile.dir()).isEmpty());
}

TEST_CASE("Unknown commands and options exit with 1 and a short usage on stderr", "[cli]") {
    const CliRun unknown = runCli({u"frobnicate"_s}, QByteArray());
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errText().contains(u"frobnicate"_s));
    CHECK(unknown.errText().contains(u"Usage:"_s));
    CHECK(unknown.out.isEmpty());

    CHECK(runCli({u"verify"_s, u"--shout"_s}, QByteArray()).exitCode == 1);
    CHECK(runCli({}, QByteArray()).exitCode == 1);
}

TEST_CASE("--help and --version print on stdout and exit with 0", "[cli]") {
    const CliRun help = runCli({u"--help"_s}, QByteArray());
    CHECK(help.exitCode == 0);
    for (const char* command : {"create", "verify", "passwd"})
        CHECK(help.outText().contains(QLatin1StringView(command)));

    const CliRun passwdHelp = runCli({u"passwd"_s, u"--help"_s}, QByteArray());
    CHECK(passwdHelp.exitCode == 0);
    CHECK(passwdHelp.outText().contains(u"--recovery"_s));

    const CliRun version = runCli({u"--version"_s}, QByteArray());
    CHECK(version.exitCode == 0);
    CHECK(QRegularExpression(u"^mooring-cli [0-9]+\\.[0-9]+\\.[0-9]+\n$"_s).match(version.outText()).hasMatch());
}

TEST_CASE("MOORING_PROFILE picks the profile when --profile is not given", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    CliOptions options;
    options.profileEnv = profile.dir();
    options.input = kPassphrase + "\n";
    CHECK(runCli({u"verify"_s}, options).exitCode == 0);
    options.input = "wrong\n";
    CHECK(runCli({u"verify"_s}, options).exitCode == 2);
}

TEST_CASE("A profile open elsewhere is busy (5) and is left alone", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    const QByteArray keyBefore = fileBytes(profile.paths().keyFile());
    {
        const ProfileLock held(profile.paths());
        const CliRun checked = verify(profile, kPassphrase);
        CHECK(checked.exitCode == 5);
        CHECK_FALSE(checked.err.isEmpty());
        const CliRun changed =
            runCli(at(profile, {u"passwd"_s}), kPassphrase + "\n" + kNewPassphrase + "\n" + kNewPassphrase + "\n");
        CHECK(changed.exitCode == 5);
    }
    CHECK(fileBytes(profile.paths().keyFile()) == keyBefore);
    CHECK(verify(profile, kPassphrase).exitCode == 0);
}

TEST_CASE("A recovery code that cannot be shown means no profile is kept (4)", "[cli]") {
    TempProfile profile;
    CliOptions options;
    options.input = kPassphrase + "\n" + kPassphrase + "\n";
    options.stdoutFile = u"/dev/full"_s;  // every write: no space left
    const CliRun created = runCli(at(profile, {u"create"_s}), options);
    INFO(created.errText().toStdString());
    REQUIRE(created.exitedNormally);
    CHECK(created.exitCode == 4);
    CHECK_FALSE(created.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(profile.dir()));

    // Data that cannot be written is not "done" for other commands either.
    CliOptions help;
    help.stdoutFile = u"/dev/full"_s;
    CHECK(runCli({u"--help"_s}, help).exitCode == 4);
}

TEST_CASE("A damaged page in the database is reported as damaged (3)", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    QFile db(profile.paths().database());
    REQUIRE(db.open(QIODevice::ReadWrite));
    REQUIRE(db.size() >= 3 * 1024);
    // Inside page 2, away from page 1 (which proves the key): unlocking may still work,
    // and then the integrity check is what finds it.
    constexpr qint64 kOffset = 1024 + 500;
    REQUIRE(db.seek(kOffset));
    QByteArray byte = db.read(1);
    byte[0] = static_cast<char>(byte[0] ^ 0x5a);
    REQUIRE(db.seek(kOffset));
    REQUIRE(db.write(byte) == 1);
    db.close();

    const CliRun checked = verify(profile, kPassphrase);
    INFO(checked.errText().toStdString());
    CHECK(checked.exitCode == 3);
    CHECK_FALSE(checked.err.isEmpty());
    CHECK_FALSE(checked.outText().contains(u"integrity: ok"_s));
    CHECK_FALSE(checked.outText().contains(u"table "_s));
}
