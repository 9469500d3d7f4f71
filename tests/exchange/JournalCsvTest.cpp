// The journal as a spreadsheet, read back by Python's csv module: the reader spreadsheet
// users' tools are most like, and one that knows RFC 4180 without our help.
#include "exchange/JournalCsv.h"

#include "domain/JournalEntryJson.h"
#include "insights/WeekSummary.h"
#include "storage/AtomicFile.h"
#include "storage/JournalStore.h"
#include "storage/StrategyStore.h"
#include "support/ExchangeSamples.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

// Reads the file as a spreadsheet program would and prints every row as JSON.
constexpr const char* kReader = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f, strict=True))
print(json.dumps(rows))
)";

nlohmann::json readWithPython(const QString& path) {
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    REQUIRE_FALSE(python.isEmpty());
    QProcess process;
    process.start(python, {u"-c"_s, QString::fromLatin1(kReader), path});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const QByteArray out = process.readAllStandardOutput();
    return nlohmann::json::parse(out.constData(), out.constData() + out.size());
}

std::string utf8(const QString& text) { return text.toStdString(); }

// Texts a spreadsheet writer gets wrong when it does not quote: commas, quotes, line breaks
// of both kinds, a leading space, letters beyond ASCII.
QList<JournalEntry> awkwardEntries(const QString& ideaId) {
    const QStringList texts = {
        u"At work, after the meeting"_s,
        u"She said \"fine\" and left"_s,
        u"First line\nsecond line"_s,
        u"Windows line\r\nend"_s,
        u"Grübeln über Müdigkeit, schon wieder"_s,
        u"夜、眠れない 🌙"_s,
        u"\"quoted\", with comma\nand a new line"_s,
        u"plain words"_s,
    };
    QList<JournalEntry> out;
    const QDateTime start(QDate(2026, 9, 1), QTime(21, 15), Qt::OffsetFromUTC, 2 * 3600);
    for (int i = 0; i < 24; ++i) {
        JournalEntry e;
        e.occurredAt = start.addDays(i).addSecs(i * 97).toOffsetFromUtc((i % 5 - 2) * 3600);
        e.situation = texts[i % texts.size()];
        e.thoughts = texts[(i + 3) % texts.size()];
        e.notes = i % 3 == 0 ? QString() : texts[(i + 5) % texts.size()];
        e.urge = i % 11;
        e.feelings = i % 2 == 0 ? QStringList{u"traurig"_s, u"müde, leer"_s} : QStringList{u"angry"_s};
        e.triggers = i % 4 == 0 ? QStringList{} : QStringList{u"\"the\" call"_s, u"Schule"_s};
        if (i % 3 == 0) e.outcome = JournalOutcome::Coped;
        if (i % 3 == 1) e.outcome = JournalOutcome::Passed;
        e.tried = {TriedItem{ideaId, {}, i % 2 == 0 ? std::optional<int>(7) : std::nullopt},
                   TriedItem{{}, u"tea, then a walk"_s, 3}};
        out.append(e);
    }
    return out;
}

}  // namespace

TEST_CASE("The journal as CSV is read back whole by Python's csv module", "[exchange][csv]") {
    OpenProfile p;
    const QList<CopingStrategy> strategies = StrategyStore(p.db()).all();
    REQUIRE_FALSE(strategies.isEmpty());
    const QString ideaId = strategies.first().id;
    const QString ideaTitle = strategyTitles(strategies).value(ideaId);
    JournalStore journal(p.db(), [] { return QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC); });
    for (const JournalEntry& e : awkwardEntries(ideaId)) journal.add(e);
    const QList<JournalEntry> saved = journal.all();
    REQUIRE(saved.size() == 24);

    QTemporaryDir out;
    const QString path = out.filePath(u"journal.csv"_s);
    JournalCsv::save(p.db(), path);

    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFid,occurred_at,urge,outcome,feelings,triggers,tried,"));
    CHECK(bytes.endsWith("\r\n"));
    // Every row ends in CR LF; the only others are those inside the entries' own texts.
    qsizetype inTexts = 0;
    for (const JournalEntry& e : saved)
        for (const QString* text : {&e.situation, &e.thoughts, &e.notes}) inTexts += text->count(u"\r\n"_s);
    CHECK(inTexts > 0);
    CHECK(bytes.count("\r\n") == 1 + saved.size() + inTexts);

    const nlohmann::json rows = readWithPython(path);
    REQUIRE(rows.size() == std::size_t(saved.size()) + 1);
    std::vector<std::string> header;
    for (const QString& column : JournalCsv::columns()) header.push_back(utf8(column));
    CHECK(rows[0] == header);
    for (qsizetype i = 0; i < saved.size(); ++i) {
        const JournalEntry& e = saved[i];
        const nlohmann::json& row = rows[std::size_t(i) + 1];
        INFO("row " << i + 1);
        REQUIRE(row.size() == header.size());
        CHECK(row[0] == utf8(e.id));
        CHECK(row[1] == utf8(journalJson::timeText(e.occurredAt)));
        CHECK(row[2] == std::to_string(*e.urge));
        CHECK(row[3] == (e.outcome ? utf8(JournalEntry::outcomeName(*e.outcome)) : std::string()));
        CHECK(row[4] == utf8(e.feelings.join(u"; "_s)));
        CHECK(row[5] == utf8(e.triggers.join(u"; "_s)));
        const QString rated = i % 2 == 0 ? u" (helped 7/10)"_s : QString();
        CHECK(row[6] == utf8(ideaTitle + rated + u"; tea, then a walk (helped 3/10)"_s));
        CHECK(row[7] == utf8(e.situation));
        CHECK(row[8] == utf8(e.thoughts));
        CHECK(row[9] == utf8(e.notes));
        CHECK(row[10] == utf8(journalJson::timeText(e.createdAt)));
        CHECK(row[11] == utf8(journalJson::timeText(e.updatedAt)));
    }
}

TEST_CASE("A CSV field is quoted only when it must be, quotes doubled", "[exchange][csv]") {
    JournalEntry e;
    e.id = u"11111111-2222-3333-4444-555555555555"_s;
    e.occurredAt = QDateTime(QDate(2026, 11, 16), QTime(21, 30), Qt::OffsetFromUTC, 3600);
    e.createdAt = e.occurredAt;
    e.updatedAt = e.occurredAt;
    e.urge = 4;
    e.situation = u"a \"hard\" day, again"_s;
    e.thoughts = u"two\nlines"_s;
    e.feelings = {u"sad"_s, u"tired"_s};
    e.tried = {TriedItem{u"gone-id"_s, {}, {}}};  // an idea since removed from the toolbox
    const QByteArray csv = JournalCsv::write({e}, {});
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "id,occurred_at,urge,outcome,feelings,triggers,tried,situation,thoughts,notes,created_at,updated_at\r\n"
        "11111111-2222-3333-4444-555555555555,2026-11-16T21:30:00+01:00,4,,sad; tired,,gone-id,"
        "\"a \"\"hard\"\" day, again\",\"two\nlines\",,2026-11-16T21:30:00+01:00,2026-11-16T21:30:00+01:00\r\n";
    CHECK(csv == expected);
    CHECK(JournalCsv::write({}, {}).endsWith("updated_at\r\n"));  // an empty journal: the header alone
}

TEST_CASE("A CSV that cannot be written leaves no file behind", "[exchange][csv]") {
    OpenProfile p;
    JournalStore(p.db()).add([] {
        JournalEntry e;
        e.occurredAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::OffsetFromUTC, 0);
        e.urge = 2;
        e.situation = u"morning"_s;
        return e;
    }());
    QTemporaryDir out;
    const QString path = out.filePath(u"unwritten.csv"_s);
    AtomicFile::injectFaultForTests(AtomicFile::Step::Write);
    CHECK_THROWS_AS(JournalCsv::save(p.db(), path), Error);
    AtomicFile::injectFaultForTests(std::nullopt);
    CHECK_FALSE(QFileInfo::exists(path));
}
