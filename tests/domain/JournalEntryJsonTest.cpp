#include "domain/JournalEntryJson.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAt(QDate(2026, 11, 20), QTime(21, 40), Qt::OffsetFromUTC, 3600);

// The journal entry of the example in docs/export-format.md.
JournalEntry documented() {
    JournalEntry e;
    e.id = u"5e0f0000-0000-4000-8000-000000000001"_s;
    e.occurredAt = kAt;
    e.situation = u"after a call"_s;
    e.feelings = {u"lonely"_s};
    e.urge = 7;
    e.tried = {{u"4f7c2d10-3b7e-4a8e-9d2c-1a2b3c4d5e6f"_s, {}, 6}, {{}, u"tea"_s, std::nullopt}};
    e.outcome = JournalOutcome::Passed;
    e.createdAt = kAt.addSecs(20 * 60);
    e.updatedAt = e.createdAt;
    return e;
}

JournalEntry read(const char* json) { return journalJson::fromJson(nlohmann::json::parse(json)); }

}  // namespace

TEST_CASE("Journal JSON: a saved entry is written as the export format has it, key by key", "[journal][json]") {
    CHECK(journalJson::toJson(documented()).dump() ==
          R"({"id":"5e0f0000-0000-4000-8000-000000000001","occurred_at":"2026-11-20T21:40:00+01:00",)"
          R"("situation":"after a call","thoughts":"","feelings":["lonely"],"urge":7,"triggers":[],)"
          R"("tried":[{"strategy_id":"4f7c2d10-3b7e-4a8e-9d2c-1a2b3c4d5e6f","helped":6},{"text":"tea"}],)"
          R"("outcome":"passed","notes":"","created_at":"2026-11-20T22:00:00+01:00",)"
          R"("updated_at":"2026-11-20T22:00:00+01:00"})");
    CHECK(journalJson::fromJson(journalJson::toJson(documented())) == documented());
}

TEST_CASE("Journal JSON: an unfinished draft comes back exactly as it was typed", "[journal][json]") {
    JournalEntry draft;
    draft.occurredAt = kAt;
    draft.situation = u"  still typing \n"_s;
    draft.feelings = {u" sad"_s, u""_s, u"Sad"_s};
    draft.tried = {{u"4f7c2d10-3b7e-4a8e-9d2c-1a2b3c4d5e6f"_s, u"words beside it"_s, std::nullopt},
                   {{}, {}, 3},
                   {{}, u"half a thought"_s, std::nullopt}};
    const nlohmann::ordered_json json = journalJson::toJson(draft);
    CHECK_FALSE(json.contains("urge"));  // not chosen yet: not written as 0
    CHECK_FALSE(json.contains("outcome"));
    CHECK(journalJson::fromJson(json) == draft);
    CHECK_FALSE(journalJson::fromJson(json).urge.has_value());
}

TEST_CASE("Journal JSON: a draft held by an earlier Mooring still reads", "[journal][json]") {
    // The held draft as earlier versions wrote it (keys sorted, nulls and empty texts for
    // what was not said, both keys on every tried item, no updated_at).
    const JournalEntry e = read(
        R"({"created_at":"","feelings":["lonely"],"id":"","notes":" later ","occurred_at":"2026-11-20T21:40:00+01:00",)"
        R"("outcome":"","situation":"after a call","thoughts":"","tried":[{"helped":6,)"
        R"("strategy_id":"4f7c2d10-3b7e-4a8e-9d2c-1a2b3c4d5e6f","text":""},{"helped":null,"strategy_id":"",)"
        R"("text":"tea"}],"triggers":["argument"],"urge":null})");
    JournalEntry expected;
    expected.occurredAt = kAt;
    expected.situation = u"after a call"_s;
    expected.feelings = {u"lonely"_s};
    expected.triggers = {u"argument"_s};
    expected.tried = {{u"4f7c2d10-3b7e-4a8e-9d2c-1a2b3c4d5e6f"_s, {}, 6}, {{}, u"tea"_s, std::nullopt}};
    expected.notes = u" later "_s;
    CHECK(e == expected);
    CHECK_FALSE(e.urge.has_value());
    CHECK_FALSE(e.outcome.has_value());
    CHECK(read(R"({"urge":4,"outcome":"coped"})").urge == 4);
    CHECK(read(R"({"urge":4,"outcome":"coped"})").outcome == JournalOutcome::Coped);
}

TEST_CASE("Journal JSON: values of the wrong type are read as not said", "[journal][json]") {
    const JournalEntry e = read(R"({"id":7,"occurred_at":"yesterday","urge":"high","feelings":["ok",3],)"
                                R"("tried":[5,{"helped":99999999999}],"outcome":"fine"})");
    CHECK(e.id.isEmpty());
    CHECK_FALSE(e.occurredAt.isValid());
    CHECK_FALSE(e.urge.has_value());
    CHECK(e.feelings == QStringList{u"ok"_s});
    REQUIRE(e.tried.size() == 1);
    CHECK_FALSE(e.tried.first().helped.has_value());
    CHECK_FALSE(e.outcome.has_value());
    CHECK(journalJson::fromJson(nlohmann::json::array()) == JournalEntry{});
}

TEST_CASE("Journal JSON: ids are kept in lower case, times in their own offset", "[journal][json]") {
    const JournalEntry e =
        read(R"({"id":" 5E0F0000-0000-4000-8000-000000000001 ","occurred_at":"2026-11-20T20:40:00Z",)"
             R"("tried":[{"strategy_id":"4F7C2D10-3B7E-4A8E-9D2C-1A2B3C4D5E6F"}]})");
    CHECK(e.id == u"5e0f0000-0000-4000-8000-000000000001"_s);
    CHECK(e.tried.first().strategyId == u"4f7c2d10-3b7e-4a8e-9d2c-1a2b3c4d5e6f"_s);
    CHECK(e.occurredAt == kAt);
    CHECK(e.occurredAt.offsetFromUtc() == 0);
    CHECK(journalJson::timeText(e.occurredAt) == u"2026-11-20T20:40:00Z"_s);
}

TEST_CASE("Journal JSON: times read exactly as Qt's ISO reader reads them, in the offset written", "[journal][json]") {
    // The form Mooring writes takes a quicker path; everything else goes to Qt. Both must agree.
    for (const QString& text :
         {u"2026-11-20T21:40:00+01:00"_s, u"2026-11-20T21:40:00-05:30"_s, u"2026-11-20T20:40:00Z"_s,
          u"2026-11-20T21:40:00+0100"_s, u"2026-11-20T21:40:00.250+01:00"_s, u"2026-11-20T24:00:00+01:00"_s,
          u"2026-02-29T10:00:00+01:00"_s, u"2028-02-29T10:00:00+01:00"_s, u"2026-13-01T10:00:00+01:00"_s,
          u"2026-11-20T21:60:00+01:00"_s, u"2026-11-20T21:40:00+01:60"_s, u"2026-11-20T21:40:00+15:00"_s,
          u"0000-01-01T00:00:00Z"_s, u"2026-11-20 21:40:00+01:00"_s, u"2026-11-20T21:40:00"_s, u"yesterday"_s}) {
        INFO(text.toStdString());
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
        const QDateTime ours = journalJson::timeFromText(u"  "_s + text + u"\n"_s);
        REQUIRE(ours.isValid() == qt.isValid());
        if (!qt.isValid()) continue;
        CHECK(ours == qt);
        CHECK(ours.offsetFromUtc() == qt.offsetFromUtc());
        CHECK(ours.timeSpec() == (qt.offsetFromUtc() == 0 ? Qt::UTC : Qt::OffsetFromUTC));  // Qt's own rule
        CHECK(ours.time() == qt.toOffsetFromUtc(qt.offsetFromUtc()).time());
    }
}
