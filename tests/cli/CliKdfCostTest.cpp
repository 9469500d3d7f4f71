// The cost of key derivation, seen through the real binary: verify says when a profile's
// passphrase has the test parameters, and files whose stated cost is more than Mooring ever
// writes are refused as damaged (3) without waiting for a derivation.
#include "CliProcess.h"
#include "support/ExchangeSamples.h"
#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include "storage/Argon2Params.h"
#include "storage/KeyFile.h"
#include "storage/UnlockedProfile.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassphrase = "harbour lights at dusk";
const QString kTestLine = u"kdf: test parameters \u2014 not safe for real data"_s;

QStringList at(const QString& dir, QStringList arguments) {
    arguments << u"--profile"_s << dir;
    return arguments;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(out.write(bytes) == bytes.size());
}

// A profile made in this process with the given cost, then closed for the binary.
void createWith(const TempProfile& profile, const Argon2Params& params) {
    UnlockedProfile::create(profile.paths(), SecureBuffer::fromUtf8(std::string_view(kPassphrase.constData())), params);
}

}  // namespace

TEST_CASE("verify says when the passphrase has the quick test parameters", "[cli][kdf]") {
    TempProfile profile;
    // Made through the binary with MOORING_INSECURE_FAST_KDF=1, as the test suites do.
    const CliRun created = runCli(at(profile.dir(), {u"create"_s}), kPassphrase + "\n" + kPassphrase + "\n");
    REQUIRE(created.exitCode == 0);

    // Checked without that setting: it is the profile that is weak, not this run.
    CliOptions plain;
    plain.input = kPassphrase + "\n";
    plain.fastKdf = false;
    const CliRun checked = runCli(at(profile.dir(), {u"verify"_s}), plain);
    INFO(checked.errText().toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.outText().contains(u"key file: ok\n"_s + kTestLine + u"\n"_s));
    CHECK_FALSE(checked.outText().contains(u"kdf: ok"_s));
    CHECK(checked.errText().contains(u"only weakly protected"_s));
    CHECK(checked.errText().contains(u"mooring-cli passwd"_s));
}

TEST_CASE("verify says kdf: ok for a passphrase at calibration's floor", "[cli][kdf]") {
    TempProfile profile;
    createWith(profile, Argon2Params::floor());  // the weakest cost a real profile ever gets
    const CliRun checked = runCli(at(profile.dir(), {u"verify"_s}), kPassphrase + "\n");
    INFO(checked.errText().toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.outText().contains(u"key file: ok\nkdf: ok\n"_s));
    CHECK_FALSE(checked.outText().contains(u"test parameters"_s));
    CHECK_FALSE(checked.errText().contains(u"weakly"_s));
}

TEST_CASE("verify and unlocking refuse a key file whose cost is beyond Mooring's (3), at once", "[cli][kdf]") {
    TempProfile profile;
    createWith(profile, Argon2Params::forTests());
    QByteArray keys = fileBytes(profile.paths().keyFile());
    // The passphrase slot's opslimit (4 bytes) and memlimit (8 bytes): 64 passes over 4 GiB.
    qToLittleEndian<quint32>(64, keys.data() + KeyFile::kHeaderSize + 2);
    qToLittleEndian<quint64>(quint64(4) << 30, keys.data() + KeyFile::kHeaderSize + 6);
    writeFile(profile.paths().keyFile(), withFreshChecksum(keys));

    QElapsedTimer timer;
    timer.start();
    const CliRun checked = runCli(at(profile.dir(), {u"verify"_s}), kPassphrase + "\n");
    const qint64 took = timer.elapsed();
    INFO(checked.errText().toStdString());
    CHECK(checked.exitCode == 3);
    CHECK(checked.errText().contains(u"more memory or time than Mooring ever uses"_s));
    CHECK(checked.out.isEmpty());
    CHECK(took < 5000);  // the whole process; deriving with those costs would take minutes
}

TEST_CASE("import refuses a protected export whose cost is beyond Mooring's (3), at once", "[cli][kdf]") {
    OpenProfile target;
    target.profile.reset();
    target.settings.reset();
    const QByteArray before = fileBytes(target.dir.paths().database());

    QTemporaryDir files;
    const QString file = files.filePath(u"crafted.mooring"_s);
    REQUIRE(runCli(at(target.dir.dir(), {u"export"_s, file}), "sample passphrase\nriver\nriver\n").exitCode == 0);
    QByteArray crafted = fileBytes(file);
    qToLittleEndian<quint64>(32, crafted.data() + 11);                // opslimit: the most Mooring writes
    qToLittleEndian<quint64>(quint64(2) << 30, crafted.data() + 19);  // memlimit: twice the most
    unsigned char sum[32];
    crypto_generichash(sum, sizeof sum, reinterpret_cast<const unsigned char*>(crafted.constData()), 96, nullptr, 0);
    crafted.replace(96, 32, QByteArray(reinterpret_cast<const char*>(sum), 32));
    writeFile(file, crafted);

    QElapsedTimer timer;
    timer.start();
    const CliRun imported = runCli(at(target.dir.dir(), {u"import"_s, file}), "sample passphrase\nriver\n");
    const qint64 took = timer.elapsed();
    INFO(imported.errText().toStdString());
    CHECK(imported.exitCode == 3);
    CHECK(imported.errText().contains(u"more memory or time to open than Mooring ever uses"_s));
    CHECK(took < 5000);
    CHECK(fileBytes(target.dir.paths().database()) == before);
}
