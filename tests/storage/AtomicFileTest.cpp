#include "domain/Error.h"
#include "storage/AtomicFile.h"

#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using mooring::AtomicFile;
using mooring::Error;
using namespace mooring::test;

namespace {

struct FaultReset {
    ~FaultReset() { AtomicFile::injectFaultForTests(std::nullopt); }
};

Error::Kind writeKind(const QString& path, const QByteArray& bytes) {
    try {
        AtomicFile::write(path, bytes);
    } catch (const Error& e) {
        CHECK(e.message().contains(QDir::toNativeSeparators(path)));
        return e.kind();
    }
    FAIL("the write went through");
    return Error::Kind::InvalidInput;
}

}  // namespace

TEST_CASE("An atomic write creates the file owner-only", "[vault][atomicfile]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    AtomicFile::write(path, QByteArray("hello"));
    CHECK(fileBytes(path) == "hello");
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);  // no temp left behind
}

TEST_CASE("An atomic write replaces a file and tightens its permissions", "[vault][atomicfile]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old content, longer than the new");
    }
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    AtomicFile::write(path, QByteArray("new"));
    CHECK(fileBytes(path) == "new");
    CHECK_FALSE(QFile::permissions(path).testFlag(QFile::ReadOther));
    CHECK_FALSE(QFile::permissions(path).testFlag(QFile::ReadGroup));
}

TEST_CASE("Every step of an atomic write is checked and leaves the old file", "[vault][atomicfile]") {
    FaultReset reset;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    AtomicFile::write(path, QByteArray("before"));
    for (auto step : {AtomicFile::Step::Open, AtomicFile::Step::Permissions, AtomicFile::Step::Write,
                      AtomicFile::Step::Flush, AtomicFile::Step::Verify, AtomicFile::Step::Commit}) {
        AtomicFile::injectFaultForTests(step);
        INFO("step " << static_cast<int>(step));
        CHECK(writeKind(path, QByteArray("after")) == Error::Kind::CannotWrite);
        CHECK(fileBytes(path) == "before");
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    }
    AtomicFile::injectFaultForTests(std::nullopt);
    AtomicFile::write(path, QByteArray("after"));
    CHECK(fileBytes(path) == "after");
}

TEST_CASE("A streamed atomic write puts its pieces in order, and leaves the old file when anything fails",
          "[vault][atomicfile]") {
    FaultReset reset;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    AtomicFile::write(path, QByteArray("before"));
    const auto pieces = [](const AtomicFile::Put& put) {
        for (int i = 0; i < 300; ++i) put(QByteArray(1000, char('a' + i % 26)));
    };
    for (auto step : {AtomicFile::Step::Open, AtomicFile::Step::Write, AtomicFile::Step::Flush,
                      AtomicFile::Step::Verify, AtomicFile::Step::Commit}) {
        AtomicFile::injectFaultForTests(step);
        INFO("step " << static_cast<int>(step));
        CHECK_THROWS_AS(AtomicFile::write(path, pieces), Error);
        CHECK(fileBytes(path) == "before");
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    }
    AtomicFile::injectFaultForTests(std::nullopt);
    // The producer's own failure goes on to the caller; nothing is left behind.
    CHECK_THROWS_WITH(AtomicFile::write(path,
                                        [](const AtomicFile::Put& put) {
                                            put("half");
                                            throw std::runtime_error("the source went away");
                                        }),
                      "the source went away");
    CHECK(fileBytes(path) == "before");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    AtomicFile::write(path, pieces);
    const QByteArray written = fileBytes(path);
    REQUIRE(written.size() == 300'000);
    CHECK(written.startsWith(QByteArray(1000, 'a') + QByteArray(1000, 'b')));
    CHECK(written.endsWith(QByteArray(1000, char('a' + 299 % 26))));
}

TEST_CASE("An atomic write into a missing folder is CannotWrite", "[vault][atomicfile]") {
    QTemporaryDir dir;
    CHECK(writeKind(dir.filePath(QStringLiteral("missing/out.bin")), "x") == Error::Kind::CannotWrite);
}

TEST_CASE("A full disk mid-write leaves the old file byte-identical", "[vault][atomicfile][fault]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    AtomicFile::write(path, QByteArray(50, 'a'));
    // Part of the bytes fit: QSaveFile alone would commit the short file.
    const ChildOutcome outcome = runInChild({.dropRootPrivileges = false, .maxFileSize = 100},
                                            [&] { AtomicFile::write(path, QByteArray(300, 'b')); });
    INFO(outcome.message.toStdString());
    CHECK_FALSE(outcome.succeeded);
    REQUIRE(outcome.errorKind);
    CHECK(*outcome.errorKind == Error::Kind::CannotWrite);
    CHECK(outcome.message.contains(QStringLiteral("free space")));
    CHECK(fileBytes(path) == QByteArray(50, 'a'));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("A read-only folder leaves the old file byte-identical", "[vault][atomicfile][fault]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ro"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/out.bin");
    AtomicFile::write(path, QByteArray("before"));
    REQUIRE(QFile::setPermissions(
        dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    const ChildOutcome outcome = runInChild({.dropRootPrivileges = true, .maxFileSize = std::nullopt},
                                            [&] { AtomicFile::write(path, QByteArray("after")); });
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.errorKind);
    CHECK(*outcome.errorKind == Error::Kind::CannotWrite);
    CHECK(outcome.message.contains(QStringLiteral("read-only")));
    CHECK(fileBytes(path) == "before");
}
