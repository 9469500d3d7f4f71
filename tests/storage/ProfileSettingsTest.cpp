// settings.ini is not encrypted; it is kept for the person alone, whatever folder it is in.
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QSettings>

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

TEST_CASE("Reading aloud is off until chosen, with a speed and a voice kept in range", "[settings][speech]") {
    test::TempProfile profile;
    {
        ProfileSettings settings(profile.paths());
        CHECK_FALSE(settings.readAloud());
        CHECK(settings.readAloudRatePercent() == 100);
        CHECK(settings.readAloudVoice().isEmpty());  // the language Mooring is shown in

        settings.setReadAloud(true);
        settings.setReadAloudRatePercent(80);
        settings.setReadAloudVoice(u"de"_s);
        settings.save();
    }
    ProfileSettings reread(profile.paths());
    CHECK(reread.readAloud());
    CHECK(reread.readAloudRatePercent() == 80);
    CHECK(reread.readAloudVoice() == u"de"_s);

    reread.setReadAloudRatePercent(10);
    CHECK(reread.readAloudRatePercent() == 50);
    reread.setReadAloudRatePercent(900);
    CHECK(reread.readAloudRatePercent() == 200);
    reread.setReadAloudVoice(u"xx"_s);  // no voice of Mooring's speaks it
    CHECK(reread.readAloudVoice().isEmpty());

    // A settings.ini edited by hand is read within the same limits.
    reread.raw().setValue(u"speech/ratePercent"_s, -5);
    reread.raw().setValue(u"speech/voice"_s, u"../en"_s);
    CHECK(reread.readAloudRatePercent() == 50);
    CHECK(reread.readAloudVoice().isEmpty());
}
