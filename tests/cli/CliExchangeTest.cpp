// export / import through the real binary: secrets on stdin, exit statuses, stderr.
#include "CliProcess.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kProfilePass = "sample passphrase\n";  // ExchangeSamples' OpenProfile
const QByteArray kExportPass = "a walk by the river\n";

// A profile made in-process and closed again, so the binary can take its lock.
struct ClosedProfile {
    explicit ClosedProfile(bool rich) {
        if (rich) fillRichProfile(open);
        open.profile.reset();
        open.settings.reset();
    }
    OpenProfile open;
    QString dir() const { return open.dir.dir(); }
    QByteArray database() const { return fileBytes(open.dir.paths().database()); }
};

CliRun cli(const ClosedProfile& p, QStringList arguments, const QByteArray& input) {
    arguments << u"--profile"_s << p.dir();
    return runCli(arguments, input);
}

}  // namespace

TEST_CASE("export (protected) then import into another profile carries everything", "[cli][exchange]") {
    ClosedProfile source(true);
    ClosedProfile target(false);
    QTemporaryDir files;
    const QString file = files.filePath(u"profile.mooring"_s);

    const CliRun exported = cli(source, {u"export"_s, file}, kProfilePass + kExportPass + kExportPass);
    INFO(exported.errText().toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.errText().contains(u"MOORING_INSECURE_FAST_KDF"_s));
    CHECK(fileBytes(file).startsWith("MOOREXP"));
    CHECK_FALSE(fileBytes(file).contains("Pepper"));
    CHECK((QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);

    const CliRun imported = cli(target, {u"import"_s, file}, kProfilePass + kExportPass);
    INFO(imported.errText().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.errText().contains(u"3 plan versions"_s));
    CHECK(imported.errText().contains(u"3 journal entries"_s));

    // Both profiles export the same readable file now.
    const QString a = files.filePath(u"a.json"_s);
    const QString b = files.filePath(u"b.json"_s);
    const CliRun plainA = cli(source, {u"export"_s, a, u"--plain"_s}, kProfilePass);
    CHECK(plainA.exitCode == 0);
    CHECK(plainA.errText().contains(u"Anyone who opens it can read"_s));
    REQUIRE(cli(target, {u"export"_s, b, u"--plain"_s}, kProfilePass).exitCode == 0);
    CHECK(withoutExportTime(fileBytes(a)) == withoutExportTime(fileBytes(b)));

    // Again: nothing changes.
    const CliRun again = cli(target, {u"import"_s, a}, kProfilePass);
    CHECK(again.exitCode == 0);
    CHECK(again.errText().contains(u"already here, the same"_s));
}

TEST_CASE("export --plan-only --plain leaves the journal out", "[cli][exchange]") {
    ClosedProfile source(true);
    QTemporaryDir files;
    const QString file = files.filePath(u"plan.json"_s);
    const CliRun run = cli(source, {u"export"_s, file, u"--plan-only"_s, u"--plain"_s}, kProfilePass);
    REQUIRE(run.exitCode == 0);
    CHECK(fileBytes(file).contains("\"content\": \"plan\""));
    CHECK_FALSE(fileBytes(file).contains("\"journal\""));
}

TEST_CASE("import refuses a wrong export passphrase (2), a damaged or foreign file (3); nothing changes",
          "[cli][exchange]") {
    ClosedProfile source(true);
    ClosedProfile target(false);
    QTemporaryDir files;
    const QString file = files.filePath(u"profile.mooring"_s);
    REQUIRE(cli(source, {u"export"_s, file}, kProfilePass + kExportPass + kExportPass).exitCode == 0);
    const QByteArray before = target.database();

    const CliRun wrong = cli(target, {u"import"_s, file}, kProfilePass + "not it\n");
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.errText().contains(u"export passphrase does not open"_s));

    QByteArray bytes = fileBytes(file);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
    const QString damaged = files.filePath(u"damaged.mooring"_s);
    QFile out(damaged);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const CliRun changed = cli(target, {u"import"_s, damaged}, kProfilePass + kExportPass);
    CHECK(changed.exitCode == 3);
    CHECK(changed.errText().contains(u"changed or damaged"_s));

    const QString foreign = files.filePath(u"package.json"_s);
    QFile pkg(foreign);
    REQUIRE(pkg.open(QIODevice::WriteOnly));
    pkg.write(R"({"name": "left-pad", "version": "1.3.0"})");
    pkg.close();
    const CliRun other = cli(target, {u"import"_s, foreign}, kProfilePass);
    CHECK(other.exitCode == 3);
    CHECK(other.errText().contains(u"another program"_s));

    CHECK(target.database() == before);
}

TEST_CASE("export with export passphrases that differ writes nothing (1); a missing FILE is usage (1)",
          "[cli][exchange]") {
    ClosedProfile source(true);
    QTemporaryDir files;
    const QString file = files.filePath(u"x.mooring"_s);
    const CliRun differ = cli(source, {u"export"_s, file}, kProfilePass + "one\ntwo\n");
    CHECK(differ.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(file));
    CHECK(cli(source, {u"export"_s}, {}).exitCode == 1);
    CHECK(cli(source, {u"import"_s}, {}).exitCode == 1);
    const CliRun missing = cli(source, {u"import"_s, files.filePath(u"nothing.json"_s)}, kProfilePass);
    CHECK(missing.exitCode == 1);
    CHECK(missing.errText().contains(u"There is no file"_s));
}

TEST_CASE("export to a folder that cannot be written says so (4)", "[cli][exchange]") {
    ClosedProfile source(true);
    const CliRun run = cli(source, {u"export"_s, u"/proc/mooring-export.json"_s, u"--plain"_s}, kProfilePass);
    CHECK(run.exitCode == 4);
}
