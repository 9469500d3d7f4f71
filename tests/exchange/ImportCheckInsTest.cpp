// Daily check-ins in export and import: carried by full exports in both forms, left out of
// plan-only ones, optional in a file (one made before check-ins still imports), and a bad
// check-in refused by name with nothing changed.
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "exchange/ProtectedFile.h"
#include "storage/Argon2Params.h"
#include "storage/CheckInStore.h"
#include "storage/SecureBuffer.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <QUuid>

#include <nlohmann/json.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int hour) { return QDateTime(QDate(2026, 11, 23), QTime(hour, 0), Qt::OffsetFromUTC, 3600); }

QByteArray exportOf(OpenProfile& p, ExportContent content = ExportContent::Full) {
    return Exporter(p.db(), *p.settings, [] { return at(10); }).readable(content);
}

ImportPreview importInto(OpenProfile& p, const QByteArray& json) {
    Importer importer(p.db(), *p.settings, [] { return at(12); });
    const ImportPlan plan = importer.prepare(json);
    importer.apply(plan);
    return plan.preview;
}

QString refusal(OpenProfile& p, const QByteArray& json) {
    try {
        importInto(p, json);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

// The file with its "checkins" list replaced by `list` (JSON text), or removed when empty.
QByteArray withCheckIns(const QByteArray& file, const std::string& list) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(file.constData(), file.constData() + file.size());
    if (list.empty())
        doc.erase("checkins");
    else
        doc["checkins"] = nlohmann::ordered_json::parse(list);
    const std::string text = doc.dump(2);
    return QByteArray(text.data(), qsizetype(text.size()));
}

CheckIn onDay(const QDate& day, int overall, const QDateTime& time) {
    CheckIn c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.day = day;
    c.overall = overall;
    c.createdAt = c.updatedAt = time;
    return c;
}

}  // namespace

TEST_CASE("Check-ins travel in a full export, readable and protected, every answer kept", "[exchange][checkin]") {
    OpenProfile source;
    fillRichProfile(source);
    const QList<CheckIn> before = CheckInStore(source.db()).all();
    REQUIRE(before.size() == 2);
    const QByteArray file = exportOf(source);

    const nlohmann::json parsed = nlohmann::json::parse(file.constData(), file.constData() + file.size());
    REQUIRE(parsed["checkins"].size() == 2);
    const nlohmann::json& first = parsed["checkins"][0];
    CHECK(first["day"] == "2026-11-20");
    CHECK(first["overall"] == 6);
    CHECK(first["urge"] == 4);
    CHECK(first["feelings"] == nlohmann::json::array({"tired", "hopeful"}));
    CHECK(first["helped"][0].contains("strategy_id"));
    CHECK(first["helped"][1] == nlohmann::json({{"text", "tea with Sam"}}));
    CHECK(first["self_care"]["sleep_hours"] == 7.5);
    CHECK(first["self_care"]["ate"] == true);
    CHECK(first["self_care"]["medication"].is_null());
    CHECK(first["self_care"]["moved"] == false);
    CHECK(parsed["checkins"][1]["urge"].is_null());

    SECTION("readable") {
        OpenProfile target;
        const ImportPreview preview = importInto(target, file);
        CHECK(preview.checkIns == 2);
        CHECK(preview.summary().contains(u"2 check-ins"_s));
        CHECK(CheckInStore(target.db()).all() == before);
    }
    SECTION("protected") {
        const SecureBuffer passphrase = SecureBuffer::fromUtf8(std::string_view("a passphrase for the file"));
        const QByteArray sealed = ProtectedFile::seal(file, passphrase, Argon2Params::forTests());
        CHECK_FALSE(sealed.contains("tea with Sam"));
        OpenProfile target;
        importInto(target, Importer::jsonOf(sealed, passphrase));
        CHECK(CheckInStore(target.db()).all() == before);
    }
    SECTION("never in a plan-only export") { CHECK_FALSE(exportOf(source, ExportContent::Plan).contains("checkins")); }
}

TEST_CASE("A file made before check-ins imports, and the check-ins here stay", "[exchange][checkin]") {
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray old = withCheckIns(exportOf(source), {});
    REQUIRE_FALSE(old.contains("checkins"));

    OpenProfile target;
    CheckInStore(target.db()).put(onDay(QDate(2026, 11, 20), 9, at(9)));
    const ImportPreview preview = importInto(target, old);
    CHECK(preview.checkIns == 0);
    CHECK_FALSE(preview.summary().contains(u"check-in"_s));
    const QList<CheckIn> here = CheckInStore(target.db()).all();
    REQUIRE(here.size() == 1);
    CHECK(here.first().overall == 9);
}

TEST_CASE("A day's check-in is replaced only by a newer one from the file", "[exchange][checkin]") {
    OpenProfile target;
    CheckInStore store(target.db());
    store.put(onDay(QDate(2026, 11, 18), 2, at(8)));
    store.put(onDay(QDate(2026, 11, 19), 2, at(8)));
    OpenProfile source;
    CheckInStore(source.db()).put(onDay(QDate(2026, 11, 18), 8, at(7)));  // older than here
    CheckInStore(source.db()).put(onDay(QDate(2026, 11, 19), 8, at(9)));  // newer than here
    CheckInStore(source.db()).put(onDay(QDate(2026, 11, 17), 8, at(9)));  // not here yet

    const ImportPreview preview = importInto(target, exportOf(source));
    CHECK(preview.checkIns == 3);
    CHECK(store.count() == 3);
    CHECK(store.forDay(QDate(2026, 11, 18))->overall == 2);
    CHECK(store.forDay(QDate(2026, 11, 19))->overall == 8);
    CHECK(store.forDay(QDate(2026, 11, 17))->overall == 8);
}

TEST_CASE("A bad check-in is refused by its place in the file, and nothing changes", "[exchange][checkin]") {
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray good = exportOf(source);
    OpenProfile target;
    CheckInStore(target.db()).put(onDay(QDate(2026, 11, 1), 5, at(9)));
    const QString before = profileSnapshot(target);

    const std::string ok =
        R"({"id":"5b0f7c1e-0000-4000-8000-0000000000c1","day":"2026-11-10","overall":5,"urge":null,"feelings":[],)"
        R"("helped":[],"self_care":{"sleep_hours":null,"ate":null,"medication":null,"moved":null},"note":"",)"
        R"("created_at":"2026-11-10T21:00:00+00:00","updated_at":"2026-11-10T21:00:00+00:00"})";
    // Two check-ins: the good one, and a second (its own id and day) with `from` made `to`.
    const auto second = [&ok](const std::string& from, const std::string& to) {
        std::string bad = ok;
        bad.replace(bad.find("0000000000c1"), 12, "0000000000c2");
        bad.replace(bad.find("\"day\":\"2026-11-10\""), 18, "\"day\":\"2026-11-11\"");
        bad.replace(bad.find(from), from.size(), to);
        return "[" + ok + "," + bad + "]";
    };
    const std::vector<std::pair<std::string, QString>> cases = {
        {second("\"overall\":5", "\"overall\":11"), u"checkins[1].overall: expected 0–10, got 11"_s},
        {second("\"overall\":5,", ""), u"checkins[1].overall: this is needed but missing"_s},
        {second("\"urge\":null", "\"urge\":\"high\""), u"checkins[1].urge: expected a whole number"_s},
        {second("\"sleep_hours\":null", "\"sleep_hours\":30"), u"checkins[1].self_care.sleep_hours"_s},
        {second("\"ate\":null", "\"ate\":\"yes\""), u"checkins[1].self_care.ate: expected true, false or null"_s},
        {second("\"moved\":null", "\"moved\":null,\"mood\":3"), u"checkins[1].self_care.mood"_s},
        {second("\"note\":\"\"", "\"note\":\"two\\nlines\""), u"checkins[1]: The note is a single line"_s},
        {second("\"helped\":[]",
                "\"helped\":[{\"text\":\"tea\",\"strategy_id\":\"5b0f7c1e-0000-4000-8000-"
                "0000000000ff\"}]"),
         u"checkins[1].helped[0]: expected either a strategy_id or a text"_s},
        {second("\"helped\":[]", "\"helped\":[{\"strategy_id\":\"5b0f7c1e-0000-4000-8000-0000000000ff\"}]"),
         u"checkins[1].helped[0].strategy_id: no idea with the id"_s},
        {second("2026-11-10T21:00:00+00:00\",\"updated", "2026-11-10\",\"updated"),
         u"checkins[1].created_at: expected a time like"_s},
        {"[" + ok + "," + ok + "]",
         u"checkins[1]: the id 5b0f7c1e-0000-4000-8000-0000000000c1 appears more than once"_s},
        {second("\"day\":\"2026-11-11\"", "\"day\":\"2026-11-10\""),
         u"checkins[1]: the day 2026-11-10 has more than one check-in"_s},
        {second("\"day\":\"2026-11-11\"", "\"day\":\"2026-12-30\""), u"checkins[1]: This check-in is for a day"_s},
        {second("\"day\":\"2026-11-11\"", "\"day\":\"11/11/2026\""), u"checkins[1].day: expected a date like"_s},
        {"{\"day\":\"2026-11-10\"}", u"checkins: expected a list"_s},
    };
    for (const auto& [list, expected] : cases) {
        INFO(list);
        const QString message = refusal(target, withCheckIns(good, list));
        CHECK(message.contains(expected));
        CHECK(message.contains(u"nothing was changed"_s));
        CHECK(profileSnapshot(target) == before);
    }
    // The same file with the good check-in alone is taken.
    CHECK(refusal(target, withCheckIns(good, "[" + ok + "]")).isEmpty());
    CHECK(CheckInStore(target.db()).forDay(QDate(2026, 11, 10)).has_value());
}

TEST_CASE("A check-in changed at the same time here and in the file is kept as it is here, and named",
          "[exchange][checkin]") {
    OpenProfile target;
    CheckInStore store(target.db());
    CheckIn here = onDay(QDate(2026, 11, 18), 2, at(8));
    store.put(here);
    OpenProfile source;
    CheckIn there = onDay(QDate(2026, 11, 18), 8, at(8));  // another id, the same day and time
    CheckInStore(source.db()).put(there);

    Importer importer(target.db(), *target.settings, [] { return at(12); });
    const ImportPlan plan = importer.prepare(exportOf(source));
    CHECK(plan.preview.conflicts == 1);
    REQUIRE(plan.preview.conflicting.size() == 1);
    CHECK(plan.preview.conflicting.first().startsWith(u"the check-in of "_s));
    importer.apply(plan);
    CHECK(store.forDay(QDate(2026, 11, 18)) == here);

    // The very same check-in again is "the same", not a conflict.
    const ImportPlan same = importer.prepare(exportOf(target));
    CHECK(same.preview.conflicts == 0);
    CHECK(same.preview.unchanged > 0);
}
