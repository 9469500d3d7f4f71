// How a start of the window program gets hold of its profile (ProfileClaim): hand over to
// the open Mooring, or take the lock, and say which without words.
#include "storage/ComeBackPipe.h"
#include "storage/ProfileClaim.h"
#include "storage/ProfileLock.h"
#include "storage/ProfilePaths.h"

#include "support/RuntimeFolder.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <future>
#include <vector>

using namespace mooring;
using namespace Qt::StringLiterals;
using Outcome = ProfileClaim::Outcome;
using Request = ComeBackPipe::Request;

TEST_CASE("A start with nobody else there takes the lock, and a second start finds it busy", "[come-back][lock]") {
    test::RuntimeFolder runtime;
    test::TempProfile tmp;
    {
        ProfileClaim first = ProfileClaim::make(tmp.paths(), Request::Show);
        REQUIRE(first.outcome == Outcome::Locked);
        REQUIRE(first.lock != nullptr);

        // Nobody listens on the pipe (the holder here is no window), so the second finds it busy.
        ProfileClaim second = ProfileClaim::make(tmp.paths(), Request::HelpNow);
        CHECK(second.outcome == Outcome::Busy);
        CHECK(second.lock == nullptr);
        CHECK_THROWS(ProfileLock(tmp.paths()));
    }
    // The first claim's lock went with it.
    CHECK(ProfileClaim::make(tmp.paths(), std::nullopt).outcome == Outcome::Locked);
}

TEST_CASE("A start while a Mooring listens hands over, unless it is a start in the tray", "[come-back][lock]") {
    test::RuntimeFolder runtime;
    test::TempProfile tmp;
    ProfileClaim open = ProfileClaim::make(tmp.paths(), Request::Show);
    REQUIRE(open.outcome == Outcome::Locked);
    std::vector<Request> heard;
    ComeBackPipe listener(tmp.paths(), [&heard](Request r) { heard.push_back(r); });
    REQUIRE(listener.listening());

    // On a thread of its own, as main() runs it beside Qt's start-up.
    auto later = std::async(std::launch::async, ProfileClaim::make, tmp.paths(), Request::HelpNow);
    ProfileClaim again = later.get();
    CHECK(again.outcome == Outcome::HandedOver);
    CHECK(again.lock == nullptr);
    REQUIRE(QTest::qWaitFor([&] { return !heard.empty(); }, 3000));
    CHECK(heard == std::vector<Request>{Request::HelpNow});

    // --tray asks nobody: a log-in must never bring the window forward.
    CHECK(ProfileClaim::make(tmp.paths(), std::nullopt).outcome == Outcome::Busy);
    QTest::qWait(200);
    CHECK(heard.size() == 1);
}

TEST_CASE("A profile folder that cannot be made is a failure, not 'busy', and nothing is written", "[lock]") {
    test::RuntimeFolder runtime;
    test::TempProfile tmp;
    REQUIRE(QDir().mkpath(tmp.dir()));
    const QString file = QDir(tmp.dir()).filePath(u"a-file"_s);
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    // A folder below a plain file cannot exist, whoever runs the test (root included).
    const ProfilePaths below(file + u"/profile"_s);
    ProfileClaim claim = ProfileClaim::make(below, Request::Show);
    CHECK(claim.outcome == Outcome::Failed);
    CHECK(claim.lock == nullptr);
    CHECK(QDir(tmp.dir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) == QStringList{u"a-file"_s});
}
