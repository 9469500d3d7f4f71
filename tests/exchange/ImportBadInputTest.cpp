// Every bad input: a clear message naming record and field, the database unchanged.
#include "exchange/ExportJson.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/HelplineSettings.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <functional>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QDateTime now() { return QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC); }

Json richExport(OpenProfile& p) {
    const QByteArray bytes = Exporter(p.db(), *p.settings, now).readable(ExportContent::Full);
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

QByteArray bytesOf(const Json& j) { return QByteArray::fromStdString(j.dump()); }

struct Outcome {
    Error::Kind kind;
    QString message;
};

// Prepares and applies (as the CLI and GUI do); the profile must be as it was afterwards.
Outcome refused(OpenProfile& p, const QByteArray& bytes) {
    const QString before = profileSnapshot(p);
    std::optional<Outcome> outcome;
    try {
        Importer importer(p.db(), *p.settings, now);
        importer.apply(importer.prepare(bytes));
    } catch (const Error& e) {
        outcome = Outcome{e.kind(), e.message()};
    }
    REQUIRE(outcome.has_value());
    CHECK(profileSnapshot(p) == before);
    return *outcome;
}

}  // namespace

TEST_CASE("Bad import files are refused with a message naming the problem; nothing changes", "[exchange]") {
    OpenProfile p;
    fillRichProfile(p);
    const Json good = richExport(p);
    REQUIRE(good["journal"].size() == 3);

    struct Case {
        const char* name;
        std::function<void(Json&)> change;
        QString expected;
    };
    const std::vector<Case> cases = {
        {"missing required field", [](Json& j) { j["journal"][1].erase("urge"); },
         u"journal[1].urge: this is needed but missing"_s},
        {"wrong type", [](Json& j) { j["journal"][0]["urge"] = "seven"; },
         u"journal[0].urge: expected a whole number from 0 to 10, got text"_s},
        {"out of range urge", [](Json& j) { j["journal"][2]["urge"] = 14; },
         u"journal[2].urge: expected 0–10, got 14"_s},
        {"out of range helped", [](Json& j) { j["journal"][2]["tried"][1]["helped"] = -1; },
         u"journal[2].tried[1].helped: expected 0–10, got -1"_s},
        {"huge number", [](Json& j) { j["journal"][0]["urge"] = 18446744073709551615ull; },
         u"journal[0].urge: expected 0–10, got 18446744073709551615"_s},
        {"fraction", [](Json& j) { j["journal"][0]["urge"] = 6.5; },
         u"journal[0].urge: expected a whole number from 0 to 10, got a number with a fraction"_s},
        {"unknown strategy", [](Json& j) { j["journal"][2]["tried"][0]["strategy_id"] = "not-an-idea"; },
         u"journal[2].tried[0].strategy_id: no idea with the id not-an-idea"_s},
        {"tried with both forms", [](Json& j) { j["journal"][2]["tried"][1]["strategy_id"] = "x"; },
         u"journal[2].tried[1]: expected either a strategy_id or a text"_s},
        {"duplicate ids", [](Json& j) { j["contacts"][1]["id"] = j["contacts"][0]["id"]; }, u"contacts[1]: the id "_s},
        {"duplicate plan version",
         [](Json& j) { j["safety_plan"]["versions"].push_back(j["safety_plan"]["versions"][0]); },
         u"safety_plan.versions[3]: the id "_s},
        {"over-long string", [](Json& j) { j["journal"][0]["situation"] = std::string(20001, 'a'); },
         u"journal[0].situation: expected at most 20,000 characters, got 20,001"_s},
        {"over-long plan item",
         [](Json& j) { j["safety_plan"]["versions"][1]["sections"]["warning_signs"][0] = std::string(20001, 'b'); },
         u"safety_plan.versions[1].sections.warning_signs[0]: expected at most 20,000 characters"_s},
        {"time without offset", [](Json& j) { j["journal"][1]["occurred_at"] = "2026-11-20T21:40:00"; },
         u"journal[1].occurred_at: expected a time like"_s},
        {"unknown category", [](Json& j) { j["strategies"][0]["category"] = "shopping"; },
         u"strategies[0].category: expected one of sensory"_s},
        {"unknown role", [](Json& j) { j["contacts"][0]["role"] = "boss"; },
         u"contacts[0].role: expected one of friend"_s},
        {"list of the wrong type", [](Json& j) { j["journal"] = "none"; }, u"journal: expected a list, got text"_s},
        {"record of the wrong type", [](Json& j) { j["contacts"][0] = 3; }, u"contacts[0]: expected a record"_s},
        {"unknown content", [](Json& j) { j["content"] = "everything"; }, u"content: expected “full” or “plan”"_s},
        {"helpline in a region Mooring does not know", [](Json& j) { j["helplines"][0]["region"] = "XX"; },
         u"helplines[0].region: expected a region code Mooring knows (such as US, UK, DE or OTHER), got “XX”"_s},
        {"settings with a region Mooring does not know", [](Json& j) { j["settings"]["region"] = "Atlantis"; },
         u"settings.region: expected a region code Mooring knows (such as US, UK, DE or OTHER), got “Atlantis”"_s},
        // Keys the format does not define: refused with record and key, never dropped.
        {"unknown key at the top", [](Json& j) { j["items"] = j["safety_plan"]; },
         u"items: not a field of a Mooring export"_s},
        {"misspelled key in a journal entry", [](Json& j) { j["journal"][1]["situaton"] = "after the call"; },
         u"journal[1].situaton: not a field of a journal entry"_s},
        {"list under the wrong name in a plan version",
         [](Json& j) {
             Json& v = j["safety_plan"]["versions"][0];
             v["items"] = v["sections"];
             v.erase("sections");
         },
         u"safety_plan.versions[0].items: not a field of a plan version"_s},
        {"misspelled section of the plan",
         [](Json& j) { j["safety_plan"]["versions"][2]["sections"]["warning_sign"] = Json::array({"Not sleeping"}); },
         u"safety_plan.versions[2].sections.warning_sign: not a section of the safety plan"_s},
        {"unknown key in something tried", [](Json& j) { j["journal"][2]["tried"][0]["helpd"] = 3; },
         u"journal[2].tried[0].helpd: not a field of something tried"_s},
        {"unknown key in the settings", [](Json& j) { j["settings"]["regoin"] = "UK"; },
         u"settings.regoin: not a field of the settings"_s},
        {"unknown key in the safety plan", [](Json& j) { j["safety_plan"]["current"] = 0; },
         u"safety_plan.current: not a field of the safety plan"_s},
        {"unknown key in a contact", [](Json& j) { j["contacts"][0]["mobile"] = "0123"; },
         u"contacts[0].mobile: not a field of a contact"_s},
        {"unknown key in a helpline", [](Json& j) { j["helplines"][0]["website"] = "example.org"; },
         u"helplines[0].website: not a field of a helpline"_s},
        {"unknown key in an idea", [](Json& j) { j["strategies"][1]["favorite"] = true; },
         u"strategies[1].favorite: not a field of an idea"_s},
        {"unknown key in a week note", [](Json& j) { j["reflections"][0]["week"] = "2026-11-16"; },
         u"reflections[0].week: not a field of a week note"_s},
        {"unknown key in a setback reflection", [](Json& j) { j["setbacks"][0]["after"] = "rest"; },
         u"setbacks[0].after: not a field of a setback reflection"_s},
        {"unknown key in the recovery place", [](Json& j) { j["recovery_place"]["stage"] = "learning"; },
         u"recovery_place.stage: not a field of “Where I am in recovery”"_s},
        // Ids are UUIDs (helplines Mooring ships keep their own short ids).
        {"contact id that is not a UUID", [](Json& j) { j["contacts"][0]["id"] = "not-a-uuid"; },
         u"contacts[0].id: expected an id like 0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f0001 (a UUID), got “not-a-uuid”"_s},
        {"journal id that is not a UUID", [](Json& j) { j["journal"][0]["id"] = "entry-1"; },
         u"journal[0].id: expected an id like"_s},
        {"plan version id that is not a UUID", [](Json& j) { j["safety_plan"]["versions"][1]["id"] = "v2"; },
         u"safety_plan.versions[1].id: expected an id like"_s},
        {"helpline id of neither form", [](Json& j) { j["helplines"][0]["id"] = "My Line"; },
         u"helplines[0].id: expected an id like"_s},
        {"setback naming an entry by something else", [](Json& j) { j["setbacks"][0]["entry_id"] = "yesterday"; },
         u"setbacks[0].entry_id: expected the id of a journal entry (a UUID), got “yesterday”"_s},
        {"a plan-only file with a journal", [](Json& j) { j["content"] = "plan"; },
         u"journal: not part of a plan-only export (its content is “plan”)"_s},
    };
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.name) {
            Json bad = good;
            c.change(bad);
            const Outcome o = refused(p, bytesOf(bad));
            INFO(o.message.toStdString());
            CHECK(o.kind == Error::Kind::Damaged);
            CHECK(o.message.contains(c.expected));
            CHECK(o.message.contains(u"nothing was changed"_s));
        }
    }
}

TEST_CASE("Not JSON, another program's JSON and a newer version each say so", "[exchange]") {
    OpenProfile p;
    fillRichProfile(p);
    Outcome o = refused(p, "this is a shopping list, not JSON");
    CHECK(o.kind == Error::Kind::Damaged);
    CHECK(o.message.contains(u"not a Mooring export"_s));

    o = refused(p, R"({"name": "my-app", "version": "1.0.0", "dependencies": {}})");
    CHECK(o.kind == Error::Kind::Damaged);
    CHECK(o.message.contains(u"another program"_s));
    CHECK(refused(p, "[1, 2, 3]").message.contains(u"another program"_s));

    Json newer = richExport(p);
    newer["version"] = 7;
    o = refused(p, bytesOf(newer));
    CHECK(o.kind == Error::Kind::NewerVersion);
    CHECK(o.message.contains(u"version 7"_s));
    CHECK(o.message.contains(u"reads version 1"_s));
}

TEST_CASE("Nesting deeper than the schema is refused before it is read", "[exchange]") {
    OpenProfile p;
    fillRichProfile(p);
    Json deep = richExport(p);
    deep["journal"][0]["extra"] = Json::parse("[[[[[[1]]]]]]");
    CHECK(refused(p, bytesOf(deep)).message.contains(u"deeper"_s));
    // A million brackets: refused at once, no stack spent.
    const QByteArray brackets = QByteArray(1000000, '[') + QByteArray(1000000, ']');
    CHECK(refused(p, brackets).message.contains(u"deeper"_s));
    // Six containers are still read (and then refused for the key the format does not have) ...
    Json fine = richExport(p);
    fine["journal"][2]["tried"][0]["extra"] = Json::array();
    CHECK(refused(p, bytesOf(fine)).message.contains(u"journal[2].tried[0].extra: not a field of something tried"_s));
    // ... seven are not read at all.
    fine["journal"][2]["tried"][0]["extra"] = Json::parse("[[]]");
    CHECK(refused(p, bytesOf(fine)).message.contains(u"deeper"_s));
}

TEST_CASE("More than 10,000 journal entries in one calendar year is refused", "[exchange]") {
    OpenProfile p;
    Json doc = richExport(p);
    Json entry = {{"id", ""},
                  {"occurred_at", "2025-06-01T10:00:00+00:00"},
                  {"urge", 3},
                  {"created_at", "2025-06-01T10:00:00+00:00"},
                  {"updated_at", "2025-06-01T10:00:00+00:00"}};
    doc["journal"] = Json::array();
    for (int i = 0; i < 10001; ++i) {
        entry["id"] = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        doc["journal"].push_back(entry);
    }
    const Outcome o = refused(p, bytesOf(doc));
    CHECK(o.message.contains(u"journal: expected at most 10,000 entries in 2025, got 10,001"_s));
}

TEST_CASE("Keys version 1 does not define are refused, every one named, never dropped", "[exchange]") {
    OpenProfile p;
    fillRichProfile(p);
    Json later = richExport(p);
    later["moods"] = Json::array({1, 2});
    later["journal"][0]["weather"] = "rain";
    const Outcome o = refused(p, bytesOf(later));
    CHECK(o.message.contains(u"moods: not a field of a Mooring export"_s));
    CHECK(o.message.contains(u"(There is one more problem.)"_s));
    try {
        exportJson::read(bytesOf(later), now());
        FAIL("a file with unknown keys was read");
    } catch (const InvalidExport& e) {
        REQUIRE(e.problems().size() == 2);
        CHECK(e.problems().at(1).text() == u"journal[0].weather: not a field of a journal entry"_s);
    }
}

TEST_CASE("A file over 8 GB is refused by its size, before it is read", "[exchange]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.json"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(Importer::kMaxFileSize + 1));  // sparse: no real disk used
    file.close();
    for (const auto& read : std::initializer_list<std::function<void()>>{[&] { Importer::readFile(path); },
                                                                         [&] { Importer::formOfFile(path); }}) {
        try {
            read();
            FAIL("a huge file was read");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::Damaged);
            CHECK(e.message().contains(u"larger than any Mooring export"_s));
        }
    }
}

TEST_CASE("Own helplines of every region, old and new, come through an export and import", "[exchange]") {
    OpenProfile source;
    HelplineSettings settings(*source.settings);
    QStringList ids;
    for (const QString& region : {u"US"_s, u"AU"_s, u"OTHER"_s, u"DE"_s, u"NZ"_s}) {
        Helpline own;
        own.region = region;
        own.name = u"My line in "_s + region;
        own.call = u"0123 456"_s;
        ids << settings.save(own).id;
    }
    const QByteArray bytes = Exporter(source.db(), *source.settings, now).readable(ExportContent::Full);
    OpenProfile target;
    Importer importer(target.db(), *target.settings, now);
    importer.apply(importer.prepare(bytes));
    HelplineSettings imported(*target.settings);
    for (const QString& region : {u"US"_s, u"AU"_s, u"OTHER"_s, u"DE"_s, u"NZ"_s}) {
        bool found = false;
        for (const Helpline& h : imported.helplines(region)) found = found || h.name == u"My line in "_s + region;
        CHECK(found);
    }
}
