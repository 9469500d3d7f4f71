// settings.ini is not encrypted; it is kept for the person alone, whatever folder it is in.
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

using namespace mooring;
using namespace Qt::StringLiterals;

TEST_CASE("Settings are written for the owner only, even in a folder open to others", "[settings]") {
    test::TempProfile profile;
    // A folder the person chose with --profile, readable by everyone, and a wide umask.
    QFile::setPermissions(profile.dir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                             QFileDevice::ReadOther | QFileDevice::ExeOther);
    const mode_t previous = ::umask(022);
    ProfileSettings settings(profile.paths());
    settings.setRegion(u"UK"_s);
    settings.save();
    settings.setTextScalePercent(150);  // and again after a second write
    settings.save();
    ::umask(previous);

    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(profile.paths().settings()).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(ProfileSettings(profile.paths()).region() == u"UK"_s);
}
