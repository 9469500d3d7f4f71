// `mooring-cli report` (figures, JSON and the PDF through mooring-cli-pdf) and `export --csv`
// on a hand-made profile with known answers.
#include "CliProcess.h"
#include "storage/Argon2Params.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SecureBuffer.h"
#include "storage/UnlockedProfile.h"
#include "support/PdfText.h"
#include "support/TempProfile.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

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

namespace {

const QStringList kNovember{u"report"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s};

int fileMode(const QString& path) {
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

}  // namespace

TEST_CASE("report --pdf saves the window's report, owner-only, without the entries' words", "[cli][report][pdf]") {
    const ReportProfile p;
    QTemporaryDir files;
    const QString file = files.filePath(u"report.pdf"_s);
    const CliRun run = p.run(kNovember + QStringList{u"--pdf"_s, file});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.errText().contains(u"Your report from 2026-11-01 to 2026-11-30 was saved as a PDF"_s));
    CHECK(run.out.isEmpty());
    CHECK(fileMode(file) == 0600);

    const QString text = pdfText(file);
    const QString flat = squashed(text);
    CHECK(text.contains(u"Report for my next session"_s));
    CHECK(flat.contains(squashed(u"Covers 1 November – 30 November 2026."_s)));
    CHECK(flat.contains(squashed(u"You wrote down 3 urges in this time."_s)));
    // The window's first ticks: the figures' parts in, the person's words and the plan's items out.
    CHECK(text.contains(u"At a glance"_s));
    CHECK(text.contains(u"Times of day and days of the week"_s));
    CHECK(text.contains(u"What helped, and how often I tried it"_s));
    CHECK_FALSE(flat.contains(squashed(kSecretWords)));
    CHECK_FALSE(text.contains(u"What I wrote about each moment"_s));
    CHECK_FALSE(text.contains(u"Changes to my safety plan"_s));
    // Letters stay letters: "fi" is not one joined glyph a search or a screen reader misses.
    CHECK_FALSE(text.contains(QChar(0xFB01)));
}

TEST_CASE("report --pdf --include puts in exactly the parts named", "[cli][report][pdf]") {
    const ReportProfile p;
    QTemporaryDir files;
    const QString file = files.filePath(u"named.pdf"_s);
    const CliRun run =
        p.run(kNovember + QStringList{u"--pdf"_s, file, u"--include"_s, u"glance, words,plan-changes"_s});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(file);
    const QString flat = squashed(text);
    CHECK(text.contains(u"At a glance"_s));
    CHECK(text.contains(u"What I wrote about each moment"_s));
    CHECK(flat.contains(squashed(u"Situation: "_s + kSecretWords)));
    CHECK(text.contains(u"Changes to my safety plan"_s));
    CHECK_FALSE(text.contains(u"Times of day and days of the week"_s));
    CHECK_FALSE(text.contains(u"What helped, and how often I tried it"_s));
    CHECK_FALSE(text.contains(u"How many setbacks"_s));
}

TEST_CASE("report --include refuses a part it does not know, before anything is asked or written",
          "[cli][report][pdf]") {
    const ReportProfile p;
    QTemporaryDir files;
    const QString file = files.filePath(u"report.pdf"_s);
    struct Case {
        QStringList arguments;
        QString says;
    };
    for (const Case& c : {
             Case{{u"--pdf"_s, file, u"--include"_s, u"glance,wordz"_s}, u"no part called “wordz”"_s},
             Case{{u"--pdf"_s, file, u"--include"_s, u","_s}, u"--include needs the parts"_s},
             Case{{u"--json"_s, u"--include"_s, u"glance"_s}, u"needs --pdf FILE"_s},
             Case{{u"--include"_s, u"glance"_s}, u"needs --pdf FILE"_s},
             Case{{u"--json"_s, u"--pdf"_s, file}, u"Please choose one of them"_s},
         }) {
        const CliRun run = p.run(kNovember + c.arguments);
        INFO(c.arguments.join(u' ').toStdString() << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(c.says));
        CHECK_FALSE(run.errText().contains(u"Passphrase"_s));
        CHECK(run.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(file));
    }
    // The unknown name's message lists the ones there are, as `report --help` does.
    const QString refused = p.run(kNovember + QStringList{u"--pdf"_s, file, u"--include"_s, u"wordz"_s}).errText();
    const QString help = runCli({u"report"_s, u"--help"_s}).outText();
    for (const QString& name : {u"glance"_s, u"grid"_s, u"helped"_s, u"checkins"_s, u"plan-saves"_s, u"plan-changes"_s,
                                u"notes"_s, u"setbacks"_s, u"reflections"_s, u"words"_s}) {
        CHECK(refused.contains(name));
        CHECK(help.contains(u"  "_s + name + u' '));
    }
}

TEST_CASE("report --pdf without mooring-cli-pdf beside it says so and writes nothing", "[cli][report][pdf]") {
    const ReportProfile p;
    QTemporaryDir alone;
    const QString lonely = alone.filePath(u"mooring-cli"_s);
    REQUIRE(QFile::copy(QStringLiteral(MOORING_CLI_PATH), lonely));
    REQUIRE(QFile::setPermissions(lonely, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString file = alone.filePath(u"report.pdf"_s);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MOORING_INSECURE_FAST_KDF"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.start(lonely, QStringList{u"--profile"_s, p.folder.dir()} + kNovember + QStringList{u"--pdf"_s, file});
    REQUIRE(process.waitForStarted(10000));
    process.write(kPassphrase + "\n");
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitCode() == 4);
    CHECK(err.contains(u"needs mooring-cli-pdf"_s));
    CHECK(err.contains(u"Nothing was written"_s));
    CHECK_FALSE(QFileInfo::exists(file));
}
