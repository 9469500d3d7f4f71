// Setup proposes where the person lives: from the locale, else the time zone, else nothing.
#include "domain/Helpline.h"
#include "gui/common/RegionBox.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QTimeZone>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

QTimeZone zone(const char* id) {
    const QTimeZone z(id);
    INFO(id);
    REQUIRE(z.isValid());  // tzdata is a test dependency (scripts/deps.sh)
    return z;
}

}  // namespace

TEST_CASE("Region guess: the locale's country first", "[regions][setup]") {
    const QTimeZone utc = zone("UTC");
    CHECK(RegionBox::guess(QLocale(u"de_DE"_s), utc) == u"DE"_s);
    CHECK(RegionBox::guess(QLocale(u"de_AT"_s), utc) == u"AT"_s);
    CHECK(RegionBox::guess(QLocale(u"en_GB"_s), utc) == u"UK"_s);  // Qt's GB is Mooring's UK
    CHECK(RegionBox::guess(QLocale(u"en_NZ"_s), utc) == u"NZ"_s);
    CHECK(RegionBox::guess(QLocale(u"fr_CA"_s), utc) == u"CA"_s);
    // The locale wins over the zone when both say something.
    CHECK(RegionBox::guess(QLocale(u"en_IE"_s), zone("Europe/Berlin")) == u"IE"_s);
}

TEST_CASE("Region guess: the time zone's country when the locale says nothing", "[regions][setup]") {
    // C.UTF-8, the locale a fresh machine often has, names no country.
    CHECK(RegionBox::guess(QLocale::c(), zone("Europe/Vienna")) == u"AT"_s);
    CHECK(RegionBox::guess(QLocale::c(), zone("Pacific/Auckland")) == u"NZ"_s);
    CHECK(RegionBox::guess(QLocale::c(), zone("Europe/London")) == u"UK"_s);
    // A locale whose country Mooring has no region for still lets the zone speak.
    CHECK(RegionBox::guess(QLocale(u"ko_KR"_s), zone("Europe/Paris")) == u"FR"_s);
    CHECK(RegionBox::guess(QLocale::c(), zone("Asia/Tokyo")) == u"JP"_s);
}

TEST_CASE("Region guess: nothing preselected when neither says", "[regions][setup]") {
    CHECK(RegionBox::guess(QLocale::c(), zone("UTC")).isEmpty());
    CHECK(RegionBox::guess(QLocale(u"ko_KR"_s), zone("Asia/Seoul")).isEmpty());  // no region for Korea yet

    RegionBox box;
    box.setRegion(QString());
    CHECK(box.currentIndex() == -1);
    CHECK(box.region().isEmpty());
    box.setRegion(u"XX"_s);  // an unknown code: "somewhere else", never a wrong country
    CHECK(box.region() == Helpline::otherRegion());
    // Type-ahead: the list is sorted by name, "somewhere else" last.
    CHECK(box.itemData(box.count() - 1).toString() == Helpline::otherRegion());
    CHECK(box.findText(u"Germany"_s) >= 0);
}

TEST_CASE("No region chosen: the box asks for one instead of standing empty", "[regions][settings]") {
    RegionBox box;
    box.setRegion(QString());
    CHECK(box.currentIndex() == -1);
    CHECK(box.region().isEmpty());
    CHECK(box.placeholderText() == u"Choose where you live"_s);
    box.setRegion(u"UK"_s);
    CHECK(box.region() == u"UK"_s);
}
