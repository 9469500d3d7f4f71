#include "domain/Helpline.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

TEST_CASE("non-emergency medical help: a national number only where there is one", "[helpline][setback]") {
    CHECK(Helpline::nonEmergencyNumber(u"UK"_s) == u"111"_s);
    CHECK(Helpline::nonEmergencyNumber(u"AU"_s) == u"1800 022 222"_s);
    CHECK(Helpline::nonEmergencyNumber(u"IE"_s).isEmpty());
    CHECK(Helpline::nonEmergencyNumber(u"US"_s).isEmpty());
    CHECK(Helpline::nonEmergencyNumber(u"NZ"_s) == u"0800 611 116"_s);
    CHECK(Helpline::nonEmergencyAdvice(u"NZ"_s).contains(u"Healthline"_s));
    CHECK(Helpline::nonEmergencyNumber(Helpline::otherRegion()).isEmpty());
    for (const Region& region : Helpline::regions()) {
        const QString advice = Helpline::nonEmergencyAdvice(region.code);
        CHECK_FALSE(advice.isEmpty());
        const QString number = Helpline::nonEmergencyNumber(region.code);
        if (!number.isEmpty()) CHECK(advice.contains(number));
    }
    CHECK(Helpline::nonEmergencyAdvice(u"IE"_s).contains(u"GP"_s));
    CHECK(Helpline::nonEmergencyAdvice(u"US"_s).contains(u"urgent care"_s));
}
