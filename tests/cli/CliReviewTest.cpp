// `mooring-cli review` on a hand-made profile with known answers.
#include "CliProcess.h"
#include "storage/Argon2Params.h"
#include "storage/JournalStore.h"
#include "storage/ProfileLock.h"
#include "storage/SecureBuffer.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

const QByteArray kPassphrase = "a calm harbour at dusk";

JournalEntry entry(const QDate& date, const QTime& time, int offsetHours, int urge,
                   std::optional<JournalOutcome> outcome, QStringList triggers = {}, QStringList feelings = {},
                   QList<TriedItem> tried = {}) {
    JournalEntry e;
    e.occurredAt = QDateTime(date, time, Qt::OffsetFromUTC, offsetHours * 3600);
    e.urge = urge;
    e.outcome = outcome;
    e.triggers = std::move(triggers);
    e.feelings = std::move(feelings);
    e.tried = std::move(tried);
    return e;
}

// The profile every test reads: a toolbox idea of the person's own and six entries around
// the week of Monday 16 November 2026, two of them just outside it by local date.
struct ReviewProfile {
    TempProfile folder;
    QString bathId;

    ReviewProfile() {
        auto profile = UnlockedProfile::create(folder.paths(), SecureBuffer::fromUtf8(std::string_view(kPassphrase)),
                                               Argon2Params::forTests())
                           .profile;
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::OffsetFromUTC, 3600);
        StrategyStore strategies(profile->database(), [now] { return now; });
        CopingStrategy bath;
        bath.title = u"Warm bath"_s;
        bath.category = CopingCategory::SelfSoothing;
        bathId = strategies.add(bath).id;

        JournalStore journal(profile->database(), [now] { return now; });
        using O = JournalOutcome;
        for (const JournalEntry& e : {
                 entry({2026, 11, 3}, {12, 0}, 0, 4, O::Coped),
                 // Sunday 23:30 at UTC-5 (Monday 04:30 UTC): the week before, for the person.
                 entry({2026, 11, 15}, {23, 30}, -5, 8, std::nullopt),
                 entry({2026, 11, 16}, {8, 10}, 1, 3, O::Passed, {u"work"_s}, {u"tired"_s}, {{bathId, {}, 6}}),
                 entry({2026, 11, 16}, {21, 0}, 1, 7, O::Coped, {u"argument"_s, u"Work"_s}, {u"lonely"_s},
                       {{bathId, {}, 8}, {{}, u" called a friend "_s, 9}}),
                 entry({2026, 11, 22}, {23, 30}, 1, 10, O::Acted, {}, {u"Lonely"_s},
                       {{{}, u"Called a friend"_s, std::nullopt}}),
                 // Monday 00:30 at +14:00 (Sunday 10:30 UTC): next week, for the person.
                 entry({2026, 11, 23}, {0, 30}, 14, 1, O::Passed),
             })
            journal.add(e);
    }

    CliRun review(const QStringList& options) const {
        return runCli(QStringList{u"--profile"_s, folder.dir(), u"review"_s} + options, kPassphrase + "\n");
    }

    Json json(const QStringList& options) const {
        const CliRun run = review(options + QStringList{u"--json"_s});
        INFO(run.errText().toStdString());
        REQUIRE(run.exitedNormally);
        REQUIRE(run.exitCode == 0);
        return Json::parse(run.out.toStdString());
    }
};

Json zeroGrid() { return Json(std::vector<std::vector<int>>(7, std::vector<int>(24, 0))); }

}  // namespace

TEST_CASE("review --json: the week's figures, by the offset stored with each entry", "[cli][review]") {
    const ReviewProfile p;
    const Json j = p.json({u"--week"_s, u"2026-11-18"_s});

    CHECK(j["week_start"] == "2026-11-16");
    CHECK(j["first_day"] == "monday");
    CHECK(j["entries"] == 3);
    CHECK(j["urge"]["mean"] == 6.67);
    CHECK(j["urge"]["max"] == 10);
    CHECK(j["urge"]["histogram"] == Json({0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1}));
    CHECK(j["outcomes"] == Json({{"passed", 1}, {"coped", 1}, {"acted", 1}, {"unknown", 0}}));
    CHECK(j["triggers"] == Json::parse(R"([{"name":"Work","count":2},{"name":"argument","count":1}])"));
    CHECK(j["feelings"] == Json::parse(R"([{"name":"Lonely","count":2},{"name":"tired","count":1}])"));

    Json grid = zeroGrid();
    grid[0][8] = 1;
    grid[0][21] = 1;
    grid[6][23] = 1;  // Sunday 23:30 at +01:00
    CHECK(j["grid"] == grid);

    REQUIRE(j["tried"].size() == 2);
    CHECK(j["tried"][0]["text"] == "called a friend");
    CHECK(j["tried"][0]["count"] == 2);
    CHECK(j["tried"][0]["helped_mean"] == 9.0);
    CHECK_FALSE(j["tried"][0].contains("strategy_id"));
    CHECK(j["tried"][1]["strategy_id"] == p.bathId.toStdString());
    CHECK(j["tried"][1]["title"] == "Warm bath");
    CHECK(j["tried"][1]["count"] == 2);
    CHECK(j["tried"][1]["helped_mean"] == 7.0);

    CHECK(j["previous_four_weeks"]["entries_mean"] == 0.5);
    CHECK(j["previous_four_weeks"]["urge_mean"] == 6.0);
    CHECK(j["since_start"]["urges_passed_or_coped"] == 3);
    CHECK(j["since_start"]["entries"] == 5);
    CHECK(j["since_start"]["weeks_with_entries"] == 3);
}

TEST_CASE("review --json: weeks that start on Sunday, and the day given may be any in the week", "[cli][review]") {
    const ReviewProfile p;
    const Json j = p.json({u"--week"_s, u"2026-11-21"_s, u"--first-day"_s, u"sunday"_s});
    CHECK(j["week_start"] == "2026-11-15");
    CHECK(j["first_day"] == "sunday");
    CHECK(j["entries"] == 3);
    Json grid = zeroGrid();
    grid[0][23] = 1;  // Sunday 23:30 at UTC-5
    grid[1][8] = 1;
    grid[1][21] = 1;
    CHECK(j["grid"] == grid);
    CHECK(j["urge"]["mean"] == 6.0);
    CHECK(j["outcomes"]["unknown"] == 1);
    CHECK(j["since_start"]["entries"] == 4);
}

TEST_CASE("review --json: an empty week has no mean, and the weeks before still count", "[cli][review]") {
    const ReviewProfile p;
    const Json j = p.json({u"--week"_s, u"2026-12-02"_s});
    CHECK(j["week_start"] == "2026-11-30");
    CHECK(j["entries"] == 0);
    CHECK(j["urge"]["mean"].is_null());
    CHECK(j["urge"]["max"].is_null());
    CHECK(j["urge"]["histogram"] == Json(std::vector<int>(11, 0)));
    CHECK(j["triggers"] == Json::array());
    CHECK(j["tried"] == Json::array());
    CHECK(j["grid"] == zeroGrid());
    CHECK(j["previous_four_weeks"]["entries_mean"] == 1.5);
    CHECK(j["previous_four_weeks"]["urge_mean"] == 5.5);
    CHECK(j["since_start"]["entries"] == 6);

    const Json before = p.json({u"--week"_s, u"2026-10-01"_s});
    CHECK(before["entries"] == 0);
    CHECK(before["previous_four_weeks"]["urge_mean"].is_null());
    CHECK(before["since_start"]["entries"] == 0);
}

TEST_CASE("review without --json: the sentences the review screen shows", "[cli][review]") {
    const ReviewProfile p;
    const CliRun run = p.review({u"--week"_s, u"2026-11-16"_s});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.outText().trimmed().split(u'\n');
    INFO(run.outText().toStdString());
    CHECK(lines.value(0) == u"Your week: 16–22 November 2026"_s);
    CHECK(lines.contains(u"You wrote down 3 urges this week."_s));
    CHECK(lines.contains(u"On average they were 6.7 out of 10; the strongest was 10."_s));
    CHECK(lines.contains(
        u"How they ended: the urge passed once, you got through it another way once and you acted on it once."_s));
    CHECK(lines.contains(u"Triggers that came up most: Work (2) and argument (1)."_s));
    CHECK(lines.contains(u"You wrote down more urges than your recent average (0.5 a week)."_s));
    CHECK(lines.contains(
        u"Since you started: 3 urges that passed or that you got through another way, 5 entries written, "
        "3 weeks with entries and 2 different ideas tried."_s));
    CHECK_FALSE(run.outText().contains(u"{"_s));

    const CliRun empty = p.review({u"--week"_s, u"2026-12-02"_s});
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.outText().contains(u"Nothing was written down this week."_s));
}

TEST_CASE("review: a date that is not a date or an unknown option is bad usage (1)", "[cli][review]") {
    const ReviewProfile p;
    for (const QString& bad : {u"2026-02-30"_s, u"yesterday"_s, u"16/11/2026"_s, u"2026-11-1"_s}) {
        const CliRun run = p.review({u"--week"_s, bad});
        INFO(bad.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(u"is not a date"_s));
        CHECK(run.out.isEmpty());
    }
    const CliRun day = p.review({u"--first-day"_s, u"friday"_s});
    CHECK(day.exitCode == 1);
    CHECK(day.errText().contains(u"monday"_s));
    const CliRun unknown = p.review({u"--month"_s, u"11"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());

    const CliRun wrong = runCli({u"--profile"_s, p.folder.dir(), u"review"_s}, QByteArray("not it\n"));
    CHECK(wrong.exitCode == 2);
}
