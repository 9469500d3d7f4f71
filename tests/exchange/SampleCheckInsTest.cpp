// The sample profile's check-ins: a few weeks of them, so `mooring --sample` shows a filled
// diary card in My week, every idea they name found in the toolbox.
#include "exchange/ReviewFetch.h"
#include "exchange/SampleProfile.h"
#include "storage/Argon2Params.h"
#include "storage/CheckInStore.h"
#include "storage/UnlockedProfile.h"

#include <catch2/catch.hpp>

using namespace mooring;

TEST_CASE("The sample profile has weeks of gentle check-ins that fill the diary card", "[exchange][sample][checkins]") {
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 0));
    std::unique_ptr<SampleProfile> sample = SampleProfile::create(now, Argon2Params::forTests());
    std::unique_ptr<UnlockedProfile> profile = sample->unlock();
    CheckInStore store(profile->database());
    const QList<CheckIn> all = store.all();
    CHECK(all.size() == 17);
    REQUIRE_FALSE(all.isEmpty());
    CHECK(all.first().day == now.date().addDays(-20));
    CHECK(all.last().day == now.date());  // this week always has one
    for (const CheckIn& c : all) {
        CHECK(c.problems(now.date()).isEmpty());
        for (const CheckInHelp& h : c.helped) CHECK((!h.strategyId.isEmpty() || !h.text.isEmpty()));
    }

    // The week before "now": most of its days checked in; ideas shown by their titles.
    const WeekReview week = fetchWeekReview(profile->database(), Week::containing(now.date().addDays(-7), Qt::Monday));
    CHECK(week.checkIns.daysCheckedIn >= 4);
    REQUIRE_FALSE(week.checkIns.helped.isEmpty());
    for (const TickedDays& idea : week.checkIns.helped) {
        INFO(idea.strategyId.toStdString());
        CHECK_FALSE(idea.label().isEmpty());
    }
}
