#include "domain/Helpline.h"
#include "domain/HelplineCatalogue.h"

#include <QDate>
#include <QSet>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

// The shipped data file, record by record: what a person relies on in a crisis.
TEST_CASE("helpline data file: every record is complete and says where it was confirmed", "[helpline][data]") {
    const HelplineCatalogue& catalogue = HelplineCatalogue::instance();
    CHECK(catalogue.skippedLines() == 0);
    REQUIRE(catalogue.all().size() >= 50);
    QSet<QString> regionCodes;
    for (const RegionRecord& r : catalogue.regions()) {
        CHECK_FALSE(regionCodes.contains(r.code));
        regionCodes.insert(r.code);
        CHECK_FALSE(r.nameDe.isEmpty());
    }
    for (const HelplineRecord& r : catalogue.all()) {
        INFO(r.line.id.toStdString());
        CHECK((regionCodes.contains(r.line.region) || r.line.region == Helpline::otherRegion()));
        const QUrl source(r.source);
        CHECK(source.isValid());
        CHECK((source.scheme() == u"https"_s || source.scheme() == u"http"_s));
        CHECK_FALSE(source.host().isEmpty());
        const QDate checked = QDate::fromString(r.checked, Qt::ISODate);
        CHECK(checked.isValid());
        CHECK(checked.year() >= 2026);
        CHECK_FALSE(r.line.hours.isEmpty());
        CHECK_FALSE(r.line.note.isEmpty());
        CHECK_FALSE(r.nameDe.isEmpty());
        CHECK_FALSE(r.noteDe.isEmpty());
        // Numbers dial: what is shown turns into a tel: or sms: URI a phone understands.
        CHECK((!r.line.call.isEmpty() || !r.line.text.isEmpty()));
        if (!r.line.call.isEmpty()) {
            CHECK(Helpline::isPlausibleNumber(r.line.call));
            CHECK(r.line.callUri().startsWith(u"tel:"_s));
            CHECK(QUrl(r.line.callUri()).isValid());
        }
        if (!r.line.text.isEmpty()) {
            CHECK(Helpline::isPlausibleNumber(r.line.text));
            CHECK(r.line.textUri().startsWith(u"sms:"_s));
            CHECK(QUrl(r.line.textUri()).isValid());
        }
        CHECK_FALSE((r.line.emergency && r.line.youth));
    }
}

TEST_CASE("helpline data file: every country has its emergency number", "[helpline][data]") {
    const HelplineCatalogue& catalogue = HelplineCatalogue::instance();
    QStringList regions;
    for (const RegionRecord& r : catalogue.regions()) regions << r.code;
    regions << Helpline::otherRegion();
    for (const QString& region : regions) {
        INFO(region.toStdString());
        int emergency = 0;
        for (const HelplineRecord& r : catalogue.records(region))
            if (r.line.emergency && !r.line.call.isEmpty()) ++emergency;
        CHECK(emergency == 1);
    }
    // The EU's member states are all there, each with 112.
    const QStringList eu{u"AT"_s, u"BE"_s, u"BG"_s, u"HR"_s, u"CY"_s, u"CZ"_s, u"DK"_s, u"EE"_s, u"FI"_s,
                         u"FR"_s, u"DE"_s, u"GR"_s, u"HU"_s, u"IE"_s, u"IT"_s, u"LV"_s, u"LT"_s, u"LU"_s,
                         u"MT"_s, u"NL"_s, u"PL"_s, u"PT"_s, u"RO"_s, u"SK"_s, u"SI"_s, u"ES"_s, u"SE"_s};
    for (const QString& country : eu) {
        INFO(country.toStdString());
        CHECK(regions.contains(country));
        CHECK(Helpline::emergencyNumber(Helpline::builtins(country)) == u"112"_s);
    }
}

TEST_CASE("helpline data file: a malformed line is skipped and counted, not guessed", "[helpline][data]") {
    const HelplineCatalogue bad(
        "{\"region\":\"DE\",\"id\":\"x\",\"name\":\"X\",\"call\":\"1\"}\n"
        "not json\n"
        "{\"region\":\"\",\"id\":\"y\",\"name\":\"Y\"}\n",
        "{\"code\":\"DE\",\"name\":\"Germany\"}\n{\"name\":\"no code\"}\n");
    CHECK(bad.all().size() == 1);
    CHECK(bad.regions().size() == 1);
    CHECK(bad.skippedLines() == 3);
}
