// The named pipe through which a second start asks the open Mooring to come back to the
// front: what passes, and what happens when something else is at the pipe's place.
#include "storage/ComeBackPipe.h"
#include "storage/ProfilePaths.h"

#include "support/RuntimeFolder.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using mooring::ComeBackPipe;
using mooring::ProfilePaths;
using mooring::test::RuntimeFolder;
using mooring::test::TempProfile;
using Request = ComeBackPipe::Request;

namespace {

// A profile folder as ProfileLock leaves it: made, so its real path is known.
struct OpenProfile {
    OpenProfile() { REQUIRE(QDir().mkpath(tmp.dir())); }
    TempProfile tmp;
    const ProfilePaths& paths() const { return tmp.paths(); }
};

struct Heard {
    std::vector<Request> requests;
    std::function<void(Request)> callback() {
        return [this](Request request) { requests.push_back(request); };
    }
};

mode_t modeOf(const QString& path) {
    struct stat info {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode;
}

}  // namespace

TEST_CASE("A second start's request reaches the open Mooring through an owner-only pipe", "[come-back]") {
    RuntimeFolder runtime;
    OpenProfile profile;
    Heard heard;
    ComeBackPipe listener(profile.paths(), heard.callback());
    REQUIRE(listener.listening());

    const QString pipe = ComeBackPipe::pipePath(profile.paths());
    CHECK(QFileInfo(pipe).path() == runtime.path());
    CHECK_FALSE(pipe.startsWith(profile.tmp.dir()));  // never in the profile folder
    CHECK(S_ISFIFO(modeOf(pipe)));
    CHECK((modeOf(pipe) & 0777) == 0600);

    REQUIRE(ComeBackPipe::ask(profile.paths(), Request::Show));
    REQUIRE(QTest::qWaitFor([&] { return !heard.requests.empty(); }, 3000));
    CHECK(heard.requests == std::vector<Request>{Request::Show});

    REQUIRE(ComeBackPipe::ask(profile.paths(), Request::HelpNow));
    REQUIRE(QTest::qWaitFor([&] { return heard.requests.size() == 2; }, 3000));
    CHECK(heard.requests.back() == Request::HelpNow);

    // Another profile's pipe is another pipe.
    OpenProfile other;
    CHECK(ComeBackPipe::pipePath(other.paths()) != pipe);
    CHECK_FALSE(ComeBackPipe::ask(other.paths(), Request::Show));
}

TEST_CASE("Bytes other than the two requests are ignored", "[come-back]") {
    RuntimeFolder runtime;
    OpenProfile profile;
    Heard heard;
    ComeBackPipe listener(profile.paths(), heard.callback());
    REQUIRE(listener.listening());
    const int fd =
        ::open(QFile::encodeName(ComeBackPipe::pipePath(profile.paths())).constData(), O_WRONLY | O_NONBLOCK);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, "xyz\n", 4) == 4);
    ::close(fd);
    QTest::qWait(200);
    CHECK(heard.requests.empty());
    // ...and the pipe still works afterwards.
    REQUIRE(ComeBackPipe::ask(profile.paths(), Request::Show));
    CHECK(QTest::qWaitFor([&] { return !heard.requests.empty(); }, 3000));
}

TEST_CASE("A pipe left by a Mooring that was killed is not waited on, and is replaced", "[come-back]") {
    RuntimeFolder runtime;
    OpenProfile profile;
    const QString pipe = ComeBackPipe::pipePath(profile.paths());
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);  // nobody reads it

    QElapsedTimer clock;
    clock.start();
    CHECK_FALSE(ComeBackPipe::ask(profile.paths(), Request::Show));
    CHECK(clock.elapsed() < 1000);

    Heard heard;
    ComeBackPipe listener(profile.paths(), heard.callback());
    REQUIRE(listener.listening());
    REQUIRE(ComeBackPipe::ask(profile.paths(), Request::Show));
    CHECK(QTest::qWaitFor([&] { return !heard.requests.empty(); }, 3000));
}

TEST_CASE("A file in the pipe's place is never written, and the open Mooring replaces it", "[come-back]") {
    RuntimeFolder runtime;
    OpenProfile profile;
    const QString pipe = ComeBackPipe::pipePath(profile.paths());
    {
        QFile file(pipe);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("kept as it is");
    }
    CHECK_FALSE(ComeBackPipe::ask(profile.paths(), Request::Show));
    CHECK(mooring::test::fileBytes(pipe) == "kept as it is");

    Heard heard;
    ComeBackPipe listener(profile.paths(), heard.callback());
    REQUIRE(listener.listening());
    CHECK(S_ISFIFO(modeOf(pipe)));
    CHECK(ComeBackPipe::ask(profile.paths(), Request::Show));
}

TEST_CASE("A link in the pipe's place is not followed", "[come-back]") {
    RuntimeFolder runtime;
    OpenProfile elsewhere;
    Heard heardElsewhere;
    ComeBackPipe other(elsewhere.paths(), heardElsewhere.callback());
    REQUIRE(other.listening());
    const QString target = ComeBackPipe::pipePath(elsewhere.paths());

    OpenProfile profile;
    const QString pipe = ComeBackPipe::pipePath(profile.paths());
    REQUIRE(QFile::link(target, pipe));
    CHECK_FALSE(ComeBackPipe::ask(profile.paths(), Request::HelpNow));
    QTest::qWait(200);
    CHECK(heardElsewhere.requests.empty());

    // The open Mooring takes the link away, not what it points to.
    Heard heard;
    {
        ComeBackPipe listener(profile.paths(), heard.callback());
        REQUIRE(listener.listening());
        CHECK(S_ISFIFO(modeOf(pipe)));
        CHECK(S_ISFIFO(modeOf(target)));
    }
    CHECK_FALSE(QFileInfo::exists(pipe));  // gone when Mooring closes
    CHECK(S_ISFIFO(modeOf(target)));
}

TEST_CASE("A runtime folder other accounts may enter is not used", "[come-back]") {
    RuntimeFolder runtime;
    REQUIRE(QFile::setPermissions(
        runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    OpenProfile profile;
    Heard heard;
    ComeBackPipe listener(profile.paths(), heard.callback());
    CHECK_FALSE(listener.listening());
    CHECK_FALSE(QFileInfo::exists(ComeBackPipe::pipePath(profile.paths())));
    CHECK_FALSE(ComeBackPipe::ask(profile.paths(), Request::Show));
}

TEST_CASE("Closing Mooring leaves alone what was put in the pipe's place meanwhile", "[come-back]") {
    RuntimeFolder runtime;
    OpenProfile profile;
    const QString pipe = ComeBackPipe::pipePath(profile.paths());
    Heard heard;
    {
        ComeBackPipe listener(profile.paths(), heard.callback());
        REQUIRE(listener.listening());
        REQUIRE(QFile::remove(pipe));
        QFile file(pipe);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    CHECK(QFileInfo(pipe).isFile());
}
