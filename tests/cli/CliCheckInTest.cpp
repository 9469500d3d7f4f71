// `mooring-cli checkin`, and the "checkins" of `review --json` against our own count on
// generated check-ins (random days, some missing).
#include "CliProcess.h"
#include "storage/Argon2Params.h"
#include "storage/CheckInStore.h"
#include "storage/SecureBuffer.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <QUuid>

#include <map>
#include <random>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

const QByteArray kPassphrase = "a calm harbour at dusk";

struct CheckInProfile {
    TempProfile folder;

    CheckInProfile() {
        UnlockedProfile::create(folder.paths(), SecureBuffer::fromUtf8(std::string_view(kPassphrase)),
                                Argon2Params::forTests());
    }

    CliRun run(const QStringList& arguments, const QByteArray& input = kPassphrase + "\n") const {
        return runCli(QStringList{u"--profile"_s, folder.dir()} + arguments, input);
    }

    template <typename Work>
    auto withStore(Work work) const {
        auto profile = UnlockedProfile::unlock(folder.paths(), SecureBuffer::fromUtf8(std::string_view(kPassphrase)));
        CheckInStore store(profile->database());
        return work(store);
    }
};

// Today's check-in as the CLI saw today (the day may have turned while it ran).
std::optional<CheckIn> todays(CheckInStore& store, const QDate& before) {
    if (auto found = store.forDay(QDate::currentDate())) return found;
    return store.forDay(before);
}

}  // namespace

TEST_CASE("checkin keeps today's check-in, and a second one takes its place and says so", "[cli][checkin]") {
    CheckInProfile p;
    const QDate today = QDate::currentDate();
    const CliRun first =
        p.run({u"checkin"_s, u"--overall"_s, u"7"_s, u"--urge"_s, u"2"_s, u"--note"_s, u"A calm day"_s});
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.errText().contains(u"Today's check-in is kept"_s));
    CHECK(first.out.isEmpty());
    const CheckIn saved = *p.withStore([&](CheckInStore& s) { return todays(s, today); });
    CHECK(saved.overall == 7);
    CHECK(saved.urge == 2);
    CHECK(saved.note == u"A calm day"_s);

    // Answers only the app asks for stay when the CLI replaces the day's check-in.
    p.withStore([&](CheckInStore& s) {
        CheckIn withFeelings = saved;
        withFeelings.feelings = {u"tired"_s};
        withFeelings.selfCare.ate = true;
        s.put(withFeelings);
        return 0;
    });
    const CliRun second = p.run({u"checkin"_s, u"--overall"_s, u"4"_s});
    INFO(second.errText().toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.errText().contains(u"Today already had a check-in; it now has these answers"_s));
    const CheckIn replaced = *p.withStore([&](CheckInStore& s) { return todays(s, today); });
    CHECK(replaced.id == saved.id);
    CHECK(replaced.overall == 4);
    CHECK_FALSE(replaced.urge);
    CHECK(replaced.note.isEmpty());
    CHECK(replaced.feelings == QStringList{u"tired"_s});
    CHECK(replaced.selfCare.ate == true);
    CHECK(p.withStore([](CheckInStore& s) { return s.count(); }) == 1);
}

TEST_CASE("checkin refuses bad answers before asking for the passphrase, changing nothing", "[cli][checkin]") {
    CheckInProfile p;
    const std::vector<std::pair<QStringList, QString>> cases = {
        {{u"checkin"_s}, u"Please say how today is with --overall"_s},
        {{u"checkin"_s, u"--urge"_s, u"3"_s}, u"Please say how today is with --overall"_s},
        {{u"checkin"_s, u"--overall"_s, u"11"_s}, u"--overall needs a whole number from 0 to 10, not “11”"_s},
        {{u"checkin"_s, u"--overall"_s, u"seven"_s}, u"not “seven”"_s},
        {{u"checkin"_s, u"--overall"_s, u"5"_s, u"--urge"_s, u"-1"_s}, u"--urge needs a whole number"_s},
        {{u"checkin"_s, u"--overall"_s, u"5"_s, u"--note"_s, u"two\nlines"_s}, u"The note is a single line"_s},
        {{u"checkin"_s, u"--overall"_s, u"5"_s, u"--mood"_s, u"3"_s}, u"The checkin command has no option"_s},
    };
    for (const auto& [arguments, expected] : cases) {
        INFO(arguments.join(u' ').toStdString());
        const CliRun run = p.run(arguments, {});  // no passphrase given: none may be asked for
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(expected));
        CHECK_FALSE(run.errText().contains(u"Passphrase"_s));
    }
    CHECK(p.withStore([](CheckInStore& s) { return s.count(); }) == 0);
}

TEST_CASE("review --json gives the week's check-ins day by day, as counted here", "[cli][checkin]") {
    CheckInProfile p;
    // Seven weeks of check-ins on random days, some without one, some without an urge.
    std::mt19937 random(20261207);
    std::map<QDate, CheckIn> made;
    const QDate first(2026, 10, 19);
    p.withStore([&](CheckInStore& s) {
        for (QDate day = first; day < first.addDays(49); day = day.addDays(1)) {
            if (std::bernoulli_distribution(0.35)(random)) continue;
            CheckIn c;
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.day = day;
            c.overall = std::uniform_int_distribution<int>(0, 10)(random);
            if (std::bernoulli_distribution(0.6)(random)) c.urge = std::uniform_int_distribution<int>(0, 10)(random);
            c.createdAt = c.updatedAt = QDateTime(day, QTime(21, 0), Qt::UTC);
            s.put(c);
            made[day] = c;
        }
        return 0;
    });
    REQUIRE(made.size() > 20);
    REQUIRE(made.size() < 49);

    struct Asked {
        QDate week;  // a day in it
        QString firstDay;
        int weekday;  // Qt::DayOfWeek the week starts on
    };
    for (const Asked& asked :
         {Asked{QDate(2026, 10, 21), u"monday"_s, Qt::Monday}, Asked{QDate(2026, 11, 12), u"monday"_s, Qt::Monday},
          Asked{QDate(2026, 11, 12), u"sunday"_s, Qt::Sunday},
          Asked{QDate(2026, 12, 6), u"sunday"_s, Qt::Sunday},    // runs past the last day made
          Asked{QDate(2026, 8, 3), u"monday"_s, Qt::Monday}}) {  // none at all
        QDate start = asked.week;
        while (start.dayOfWeek() != asked.weekday) start = start.addDays(-1);
        Json overall = Json::array(), urge = Json::array();
        int days = 0;
        for (int i = 0; i < 7; ++i) {
            const auto it = made.find(start.addDays(i));
            if (it == made.end()) {
                overall.push_back(nullptr);
                urge.push_back(nullptr);
                continue;
            }
            ++days;
            overall.push_back(*it->second.overall);
            urge.push_back(it->second.urge ? Json(*it->second.urge) : Json(nullptr));
        }
        INFO("week of " << asked.week.toString(Qt::ISODate).toStdString() << ", " << asked.firstDay.toStdString());
        const CliRun run = p.run({u"review"_s, u"--json"_s, u"--week"_s, asked.week.toString(Qt::ISODate),
                                  u"--first-day"_s, asked.firstDay});
        INFO(run.errText().toStdString());
        REQUIRE(run.exitCode == 0);
        const Json out = Json::parse(run.out.toStdString());
        CHECK(out["week_start"] == start.toString(Qt::ISODate).toStdString());
        const Json& got = out["checkins"];
        CHECK(got["days"] == days);
        CHECK(got["overall_by_day"] == overall);
        CHECK(got["urge_by_day"] == urge);
        CHECK(got["overall_by_day"].size() == 7);
    }
}
