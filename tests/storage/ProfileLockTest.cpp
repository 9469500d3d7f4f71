#include "domain/Error.h"
#include "storage/ProfileLock.h"
#include "storage/ProfilePaths.h"

#include "support/TempProfile.h"
#include "support/VaultTestSupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <sys/wait.h>
#include <unistd.h>
#include <memory>

using mooring::Error;
using mooring::ProfileLock;
using mooring::ProfilePaths;
using namespace mooring::test;

namespace {

Error::Kind lockKind(const ProfilePaths& paths, QString* message = nullptr) {
    try {
        ProfileLock lock(paths);
    } catch (const Error& e) {
        if (message) *message = e.message();
        return e.kind();
    }
    FAIL("the lock was taken");
    return Error::Kind::InvalidInput;
}

qint64 lockOwner(const ProfilePaths& paths) {
    QFile file(paths.lockFile());
    if (!file.open(QIODevice::ReadOnly)) return -1;
    return file.readLine().trimmed().toLongLong();
}

}  // namespace

TEST_CASE("A second lock on the same profile is Busy until the first is released", "[vault][lock]") {
    TempProfile profile;
    auto first = std::make_unique<ProfileLock>(profile.paths());
    CHECK(QFileInfo::exists(profile.paths().lockFile()));
    QString message;
    CHECK(lockKind(profile.paths(), &message) == Error::Kind::Busy);
    CHECK(message.contains(QStringLiteral("already open")));
    CHECK(QFileInfo::exists(profile.paths().lockFile()));  // the failed attempt left the lock alone

    first.reset();
    CHECK_FALSE(QFileInfo::exists(profile.paths().lockFile()));
    ProfileLock again(profile.paths());
    CHECK(lockOwner(profile.paths()) == ::getpid());
}

TEST_CASE("Taking the lock makes a missing profile folder, owner only", "[vault][lock]") {
    TempProfile profile;
    REQUIRE_FALSE(QFileInfo::exists(profile.dir()));
    ProfileLock lock(profile.paths());
    CHECK(QFileInfo(profile.dir()).isDir());
    CHECK(QFile::permissions(profile.dir()) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
}

TEST_CASE("The lock of a process that has ended is taken over", "[vault][lock]") {
    TempProfile profile;
    REQUIRE(QDir().mkpath(profile.dir()));
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        auto* lock = new QLockFile(profile.paths().lockFile());  // never released: as if it crashed
        ::_exit(lock->tryLock(0) ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(lockOwner(profile.paths()) == child);

    ProfileLock lock(profile.paths());
    CHECK(lockOwner(profile.paths()) == ::getpid());
}

TEST_CASE("A lock held for a long time by a live process is never taken over", "[vault][lock]") {
    TempProfile profile;
    REQUIRE(QDir().mkpath(profile.dir()));
    int ready[2];
    int release[2];
    REQUIRE(::pipe(ready) == 0);
    REQUIRE(::pipe(release) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        char c = 'n';
        std::unique_ptr<ProfileLock> lock;
        try {
            lock = std::make_unique<ProfileLock>(profile.paths());
            c = 'y';
        } catch (...) {
        }
        [[maybe_unused]] auto w = ::write(ready[1], &c, 1);
        [[maybe_unused]] auto r = ::read(release[0], &c, 1);  // hold it until the parent is done
        ::_exit(0);
    }
    char c = 0;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    REQUIRE(c == 'y');
    // A day old: age alone must not make it stale.
    QFile lockFile(profile.paths().lockFile());
    REQUIRE(lockFile.open(QIODevice::ReadWrite));
    REQUIRE(lockFile.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
    lockFile.close();

    CHECK(lockKind(profile.paths()) == Error::Kind::Busy);
    CHECK(lockOwner(profile.paths()) == child);

    [[maybe_unused]] auto w = ::write(release[1], "x", 1);
    int status = 0;
    ::waitpid(child, &status, 0);
    for (int fd : {ready[0], ready[1], release[0], release[1]}) ::close(fd);
}

TEST_CASE("An empty lock file (a crash while taking the lock) does not block forever", "[vault][lock]") {
    TempProfile profile;
    REQUIRE(QDir().mkpath(profile.dir()));
    QFile empty(profile.paths().lockFile());
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    ProfileLock lock(profile.paths());
    CHECK(lockOwner(profile.paths()) == ::getpid());
}

TEST_CASE("A profile folder that cannot be written is CannotWrite, not Busy", "[vault][lock][fault]") {
    TempProfile profile;
    REQUIRE(QDir().mkpath(profile.dir()));
    const QString parent = QFileInfo(profile.dir()).path();
    REQUIRE(QFile::setPermissions(
        parent, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    REQUIRE(
        QFile::setPermissions(profile.dir(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    const ChildOutcome outcome = runInChild({.dropRootPrivileges = true, .maxFileSize = std::nullopt},
                                            [&] { ProfileLock lock(profile.paths()); });
    QFile::setPermissions(profile.dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.errorKind);
    CHECK(*outcome.errorKind == Error::Kind::CannotWrite);
}
