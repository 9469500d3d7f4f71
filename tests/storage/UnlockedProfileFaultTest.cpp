#include "domain/Error.h"
#include "storage/AtomicFile.h"
#include "storage/ProfileLock.h"
#include "storage/UnlockedProfile.h"

#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using mooring::Argon2Params;
using mooring::AtomicFile;
using mooring::Error;
using mooring::ProfileLock;
using mooring::SecureBuffer;
using mooring::UnlockedProfile;
using namespace mooring::test;

namespace {

SecureBuffer secret(std::string_view s) { return SecureBuffer::fromUtf8(s); }
const Argon2Params kFast = Argon2Params::forTests();

constexpr auto kOwnerAll = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// Makes `dir` readable and enterable but not writable, for everyone including nobody.
void makeReadOnly(const QString& dir) {
    REQUIRE(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
}

// Lets nobody (uid 65534) walk into the temporary folder that holds the profile.
void openUpParent(const QString& profileDir) {
    REQUIRE(QFile::setPermissions(QFileInfo(profileDir).path(), kOwnerAll | QFile::ReadOther | QFile::ExeOther));
}

struct FaultReset {
    ~FaultReset() { AtomicFile::injectFaultForTests(std::nullopt); }
};

void checkCannotWrite(const ChildOutcome& outcome) {
    INFO(outcome.message.toStdString());
    CHECK_FALSE(outcome.succeeded);
    REQUIRE(outcome.errorKind);
    CHECK(*outcome.errorKind == Error::Kind::CannotWrite);
}

}  // namespace

TEST_CASE("create() in a read-only place is CannotWrite and makes nothing", "[vault][profile][fault]") {
    TempProfile profile;
    const QString parent = QFileInfo(profile.dir()).path();
    openUpParent(profile.dir());
    makeReadOnly(parent);
    const auto outcome = runInChild({.dropRootPrivileges = true, .maxFileSize = std::nullopt},
                                    [&] { UnlockedProfile::create(profile.paths(), secret("pass"), kFast); });
    REQUIRE(QFile::setPermissions(parent, kOwnerAll));
    checkCannotWrite(outcome);
    CHECK_FALSE(QFileInfo::exists(profile.dir()));
}

TEST_CASE("create() on a full disk is CannotWrite and leaves nothing half made", "[vault][profile][fault]") {
    TempProfile profile;
    const auto outcome = runInChild({.dropRootPrivileges = false, .maxFileSize = 200},
                                    [&] { UnlockedProfile::create(profile.paths(), secret("pass"), kFast); });
    checkCannotWrite(outcome);
    CHECK_FALSE(QFileInfo::exists(profile.dir()));
}

TEST_CASE("create() whose key file cannot be written removes the new database", "[vault][profile][fault]") {
    FaultReset reset;
    SECTION("in a folder create() made") {
        TempProfile profile;
        for (auto step : {AtomicFile::Step::Open, AtomicFile::Step::Write, AtomicFile::Step::Commit}) {
            AtomicFile::injectFaultForTests(step);
            try {
                UnlockedProfile::create(profile.paths(), secret("pass"), kFast);
                FAIL("create went through");
            } catch (const Error& e) {
                CHECK(e.kind() == Error::Kind::CannotWrite);
            }
            CHECK_FALSE(QFileInfo::exists(profile.dir()));
        }
    }
    SECTION("in a folder that was there, locked") {
        TempProfile profile;
        ProfileLock lock(profile.paths());
        const auto before = folderSnapshot(profile.dir());
        AtomicFile::injectFaultForTests(AtomicFile::Step::Flush);
        CHECK_THROWS_AS(UnlockedProfile::create(profile.paths(), secret("pass"), kFast), Error);
        CHECK(QFileInfo(profile.dir()).isDir());
        CHECK(folderSnapshot(profile.dir()) == before);  // only the lock file
        CHECK(UnlockedProfile::probe(profile.paths()) == UnlockedProfile::State::Missing);
        AtomicFile::injectFaultForTests(std::nullopt);
        CHECK(UnlockedProfile::create(profile.paths(), secret("pass"), kFast).profile);
    }
}

TEST_CASE("changePassphrase() in a read-only folder keeps every byte", "[vault][profile][fault]") {
    TempProfile profile;
    auto unlocked = UnlockedProfile::create(profile.paths(), secret("old one"), kFast).profile;
    const auto before = folderSnapshot(profile.dir());
    openUpParent(profile.dir());
    makeReadOnly(profile.dir());
    const auto outcome = runInChild({.dropRootPrivileges = true, .maxFileSize = std::nullopt},
                                    [&] { unlocked->changePassphrase(secret("new one"), kFast); });
    REQUIRE(QFile::setPermissions(profile.dir(), kOwnerAll));
    checkCannotWrite(outcome);
    CHECK(folderSnapshot(profile.dir()) == before);
    unlocked.reset();
    CHECK(UnlockedProfile::unlock(profile.paths(), secret("old one")));
}

TEST_CASE("changePassphrase() on a full disk keeps every byte", "[vault][profile][fault]") {
    TempProfile profile;
    auto unlocked = UnlockedProfile::create(profile.paths(), secret("old one"), kFast).profile;
    const auto before = folderSnapshot(profile.dir());
    const auto outcome = runInChild({.dropRootPrivileges = false, .maxFileSize = 100},
                                    [&] { unlocked->changePassphrase(secret("new one"), kFast); });
    checkCannotWrite(outcome);
    CHECK(outcome.message.contains(QStringLiteral("free space")));
    CHECK(folderSnapshot(profile.dir()) == before);
    unlocked.reset();
    CHECK(UnlockedProfile::unlock(profile.paths(), secret("old one")));
}

TEST_CASE("A changePassphrase() that could not be saved changes nothing in memory either", "[vault][profile][fault]") {
    FaultReset reset;
    TempProfile profile;
    UnlockedProfile::Created created = UnlockedProfile::create(profile.paths(), secret("old one"), kFast);
    const std::string code(created.recoveryCode.view());
    auto& unlocked = *created.profile;
    AtomicFile::injectFaultForTests(AtomicFile::Step::Commit);
    CHECK_THROWS_AS(unlocked.changePassphrase(secret("new one"), kFast), Error);
    CHECK_THROWS_AS(unlocked.replaceRecoveryCode(), Error);
    AtomicFile::injectFaultForTests(std::nullopt);
    unlocked.checkPassphrase(secret("old one"));
    // A later, successful change still carries the original recovery code.
    unlocked.changePassphrase(secret("third"), kFast);
    CHECK(UnlockedProfile::unlock(profile.paths(), secret("third")));
    CHECK(UnlockedProfile::unlockWithRecoveryCode(profile.paths(), secret(code)));
}
