// "Could not write" (exit 4): a read-only folder and a full disk, each checked to work
// without the obstacle, so the test cannot pass for another reason.
#include "CliProcess.h"
#include "storage/ProfileLock.h"
#include "support/TempProfile.h"

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
constexpr uid_t kNobody = 65534;

QStringList at(const QString& dir, QStringList arguments) {
    arguments << u"--profile"_s << dir;
    return arguments;
}

QString createProfile(const TempProfile& profile) {
    const CliRun created = runCli(at(profile.dir(), {u"create"_s}), kPassphrase + "\n" + kPassphrase + "\n");
    INFO(created.errText().toStdString());
    REQUIRE(created.exitCode == 0);
    return recoveryCodeFrom(created);
}

QByteArray passwdInput() { return kPassphrase + "\n" + kNewPassphrase + "\n" + kNewPassphrase + "\n"; }

void setMode(const QString& path, mode_t mode) { REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0); }

// Root may write anywhere, so as root the child runs as nobody, who is given the profile.
// As anyone else the folder's permissions are enough.
CliOptions unprivileged(const TempProfile& profile) {
    CliOptions options;
    if (::geteuid() != 0) return options;
    setMode(QFileInfo(profile.dir()).path(), 0755);  // the temporary folder around it
    QStringList paths{profile.dir()};
    for (const QString& name : QDir(profile.dir()).entryList(QDir::Files | QDir::Hidden))
        paths << profile.dir() + u'/' + name;
    for (const QString& path : paths) REQUIRE(::chown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0);
    options.wrapper = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    return options;
}

// A limit on the size of any file the child writes (ulimit -f).
std::function<void()> fileSizeLimit(rlim_t bytes) {
    return [bytes] {
        const rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
}

}  // namespace

TEST_CASE("passwd in a read-only profile folder cannot write (4) and changes nothing", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    const QByteArray keyBefore = fileBytes(profile.paths().keyFile());
    CliOptions options = unprivileged(profile);
    options.input = passwdInput();

    setMode(profile.dir(), 0500);
    const CliRun refused = runCli(at(profile.dir(), {u"passwd"_s}), options);
    setMode(profile.dir(), 0700);
    INFO(refused.errText().toStdString());
    REQUIRE(refused.exitedNormally);
    CHECK(refused.exitCode == 4);
    CHECK_FALSE(refused.err.isEmpty());
    CHECK(fileBytes(profile.paths().keyFile()) == keyBefore);

    // The same run with a writable folder works: only the folder's mode made it fail.
    const CliRun allowed = runCli(at(profile.dir(), {u"passwd"_s}), options);
    INFO(allowed.errText().toStdString());
    CHECK(allowed.exitCode == 0);
    CHECK(fileBytes(profile.paths().keyFile()) != keyBefore);
}

TEST_CASE("create under a read-only folder cannot write (4) and leaves nothing", "[cli]") {
    TempProfile profile;
    REQUIRE(QDir().mkpath(profile.dir()));
    const QString target = profile.dir() + u"/inner"_s;
    CliOptions options = unprivileged(profile);
    options.input = kPassphrase + "\n" + kPassphrase + "\n";

    setMode(profile.dir(), 0500);
    const CliRun refused = runCli(at(target, {u"create"_s}), options);
    setMode(profile.dir(), 0700);
    INFO(refused.errText().toStdString());
    REQUIRE(refused.exitedNormally);
    CHECK(refused.exitCode == 4);
    CHECK(refused.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(target));

    const CliRun allowed = runCli(at(target, {u"create"_s}), options);
    INFO(allowed.errText().toStdString());
    CHECK(allowed.exitCode == 0);
}

TEST_CASE("passwd on a full disk cannot write (4) and the old passphrase still works", "[cli]") {
    TempProfile profile;
    createProfile(profile);
    const QByteArray keyBefore = fileBytes(profile.paths().keyFile());

    // The limit lets the lock file through but not a new key file.
    qint64 lockSize = 0;
    {
        const ProfileLock lock(profile.paths());
        lockSize = QFileInfo(profile.paths().lockFile()).size();
    }
    const auto keySize = static_cast<qint64>(keyBefore.size());
    REQUIRE(keySize > lockSize + 1);
    const auto limit = static_cast<rlim_t>(lockSize + (keySize - lockSize) / 2);

    CliOptions options;
    options.input = passwdInput();
    options.inChild = fileSizeLimit(limit);
    const CliRun full = runCli(at(profile.dir(), {u"passwd"_s}), options);
    INFO(full.errText().toStdString());
    REQUIRE(full.exitedNormally);  // not ended by SIGXFSZ
    CHECK(full.exitCode == 4);
    CHECK_FALSE(full.err.isEmpty());
    CHECK(fileBytes(profile.paths().keyFile()) == keyBefore);
    CHECK(QDir(profile.dir()).entryList(QDir::Files | QDir::Hidden).size() == 2);  // no temporary file left

    CliOptions check;
    check.input = kPassphrase + "\n";
    CHECK(runCli(at(profile.dir(), {u"verify"_s}), check).exitCode == 0);

    // With room to write, the same command goes through.
    options.inChild = fileSizeLimit(RLIM_INFINITY);
    CHECK(runCli(at(profile.dir(), {u"passwd"_s}), options).exitCode == 0);
}

TEST_CASE("create on a full disk cannot write (4) and leaves no half-made profile", "[cli]") {
    TempProfile profile;
    CliOptions options;
    options.input = kPassphrase + "\n" + kPassphrase + "\n";
    options.inChild = fileSizeLimit(2048);  // room for the key file, not for the database

    const CliRun full = runCli(at(profile.dir(), {u"create"_s}), options);
    INFO(full.errText().toStdString());
    REQUIRE(full.exitedNormally);
    CHECK(full.exitCode == 4);
    CHECK(full.out.isEmpty());  // no recovery code for a profile that does not exist
    CHECK_FALSE(QFileInfo::exists(profile.dir()));

    options.inChild = fileSizeLimit(RLIM_INFINITY);
    CHECK(runCli(at(profile.dir(), {u"create"_s}), options).exitCode == 0);
}
