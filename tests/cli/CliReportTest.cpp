// `mooring-cli report` and `export --csv` on a hand-made profile with known answers.
#include "CliProcess.h"
#include "storage/Argon2Params.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SecureBuffer.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

const QByteArray kPassphrase = "a calm harbour at dusk";
const QString kSecretWords = u"words only the journal should hold"_s;

JournalEntry entry(const QDate& date, int offsetHours, int urge, std::optional<JournalOutcome> outcome,
                   QStringList triggers = {}, QList<TriedItem> tried = {}) {
    JournalEntry e;
    e.occurredAt = QDateTime(date, QTime(20, 0), Qt::OffsetFromUTC, offsetHours * 3600);
    e.urge = urge;
    e.outcome = outcome;
    e.triggers = std::move(triggers);
    e.tried = std::move(tried);
    e.situation = kSecretWords;
    e.notes = u"a note, with \"quotes\"\nand a second line"_s;
    return e;
}

// Entries over November 2026 and just around it, and two plan versions, one inside.
struct ReportProfile {
    TempProfile folder;

    ReportProfile() {
        auto profile = UnlockedProfile::create(folder.paths(), SecureBuffer::fromUtf8(std::string_view(kPassphrase)),
                                               Argon2Params::forTests())
                           .profile;
        QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::OffsetFromUTC, 3600);
        JournalStore journal(profile->database(), [&] { return now; });
        using O = JournalOutcome;
        for (const JournalEntry& e : {
                 entry({2026, 10, 31}, 1, 9, O::Acted),  // the day before
                 entry({2026, 11, 2}, 1, 4, O::Coped, {u"work"_s}, {{{}, u"music"_s, 7}}),
                 entry({2026, 11, 3}, 1, 6, O::Passed, {u"Work"_s, u"nights"_s}, {{{}, u"Music"_s, 9}}),
                 entry({2026, 11, 20}, -5, 2, std::nullopt), entry({2026, 12, 1}, 1, 5, O::Passed),  // the day after
             })
            journal.add(e);
        SafetyPlan plan;
        plan.items(PlanSection::WarningSigns) = QStringList{u"not sleeping"_s};
        for (const QDate& day : {QDate(2026, 10, 1), QDate(2026, 11, 10)}) {
            now = QDateTime(day, QTime(10, 0), Qt::OffsetFromUTC, 3600);
            SafetyPlanStore(profile->database(), [&] { return now; }).save(plan, {});
        }
    }

    CliRun run(const QStringList& arguments) const {
        return runCli(QStringList{u"--profile"_s, folder.dir()} + arguments, kPassphrase + "\n");
    }
};

}  // namespace

TEST_CASE("report --json: figures over the range's local days, never the entries' words", "[cli][report]") {
    const ReportProfile p;
    const CliRun run = p.run({u"report"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s, u"--json"_s});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.outText().contains(kSecretWords));
    CHECK_FALSE(run.outText().contains(u"second line"_s));
    const Json j = Json::parse(run.out.toStdString());

    std::vector<std::string> keys;
    const nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(run.out.toStdString());
    for (auto it = ordered.begin(); it != ordered.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"from", "to", "first_day", "entries", "urge", "outcomes", "triggers",
                                           "feelings", "weeks", "tried", "plan_versions_in_range"});
    CHECK(j["from"] == "2026-11-01");
    CHECK(j["to"] == "2026-11-30");
    CHECK(j["entries"] == 3);
    CHECK(j["urge"]["mean"] == 4.0);
    CHECK(j["urge"]["max"] == 6);
    CHECK(j["urge"]["histogram"] == Json({0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0}));
    CHECK(j["outcomes"] == Json({{"passed", 1}, {"coped", 1}, {"acted", 0}, {"unknown", 1}}));
    CHECK(j["triggers"] == Json::parse(R"([{"name":"Work","count":2},{"name":"nights","count":1}])"));
    CHECK(j["feelings"] == Json::array());
    CHECK(j["tried"] == Json::parse(R"([{"text":"music","count":2,"helped_mean":8.0,"rated":2}])"));
    CHECK(j["plan_versions_in_range"] == 1);
    // Sunday 1 November belongs to the week of Monday 26 October; six weeks in all.
    REQUIRE(j["weeks"].size() == 6);
    CHECK(j["weeks"][0] == Json::parse(R"({"week_start":"2026-10-26","entries":0,"urge_mean":null})"));
    CHECK(j["weeks"][1] == Json::parse(R"({"week_start":"2026-11-02","entries":2,"urge_mean":5.0})"));
    CHECK(j["weeks"][4] == Json::parse(R"({"week_start":"2026-11-23","entries":0,"urge_mean":null})"));

    const Json sunday = Json::parse(p.run({u"report"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s,
                                           u"--first-day"_s, u"sunday"_s, u"--json"_s})
                                        .out.toStdString());
    CHECK(sunday["first_day"] == "sunday");
    CHECK(sunday["weeks"][0]["week_start"] == "2026-11-01");
    CHECK(sunday["weeks"].size() == 5);
}

TEST_CASE("report without dates covers the four weeks ending today", "[cli][report]") {
    const ReportProfile p;
    const CliRun run = p.run({u"report"_s, u"--json"_s});
    REQUIRE(run.exitCode == 0);
    const Json j = Json::parse(run.out.toStdString());
    const QDate today = QDate::currentDate();
    CHECK(j["to"] == today.toString(Qt::ISODate).toStdString());
    CHECK(j["from"] == today.addDays(-27).toString(Qt::ISODate).toStdString());

    const CliRun plain = p.run({u"report"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s});
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.outText().contains(u"3 entries were written down."_s));
    CHECK(plain.outText().contains(u"On average the urge was 4.0 out of 10; the strongest was 6."_s));
    CHECK_FALSE(plain.outText().contains(kSecretWords));
}

TEST_CASE("report explains a date it cannot use, before asking for the passphrase", "[cli][report]") {
    const ReportProfile p;
    struct Case {
        QStringList arguments;
        QString says;
    };
    for (const Case& c : {
             Case{{u"--from"_s, u"2026-13-01"_s}, u"“2026-13-01” is not a date"_s},
             Case{{u"--to"_s, u"yesterday"_s}, u"“yesterday” is not a date"_s},
             Case{{u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-11-01"_s}, u"after it ends on 2026-11-01"_s},
             Case{{u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2027-01-01"_s}, u"it can go up to 2026-12-31"_s},
             Case{{u"--first-day"_s, u"friday"_s}, u"not on “friday”"_s},
         }) {
        const CliRun run = p.run(QStringList{u"report"_s} + c.arguments);
        INFO(c.arguments.join(u' ').toStdString() << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(c.says));
        CHECK_FALSE(run.errText().contains(u"Passphrase"_s));
        CHECK(run.out.isEmpty());
    }
    CHECK(p.run({u"report"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--json"_s}).exitCode == 0);
}

TEST_CASE("export --csv warns, then writes the journal for a spreadsheet, owner-only", "[cli][report][csv]") {
    const ReportProfile p;
    QTemporaryDir files;
    const QString file = files.filePath(u"journal.csv"_s);
    const CliRun run = p.run({u"export"_s, u"--csv"_s, file});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.errText().contains(u"Anyone who opens it can read everything in it, including your journal"_s));
    CHECK(run.errText().contains(u"saved as a spreadsheet"_s));
    CHECK((QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup)) == 0);
    const QByteArray csv = fileBytes(file);
    CHECK(csv.startsWith("\xEF\xBB\xBFid,occurred_at,"));
    CHECK(csv.count(kSecretWords.toUtf8()) == 5);
    CHECK(csv.contains("\"a note, with \"\"quotes\"\"\nand a second line\""));

    const CliRun both = p.run({u"export"_s, u"--csv"_s, u"--plan-only"_s, files.filePath(u"x.csv"_s)});
    CHECK(both.exitCode == 1);
    CHECK(both.errText().contains(u"cannot go with --plan-only"_s));
    CHECK_FALSE(QFileInfo::exists(files.filePath(u"x.csv"_s)));
}
