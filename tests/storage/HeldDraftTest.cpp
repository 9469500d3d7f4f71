#include "storage/JournalStore.h"

#include "domain/JournalEntryJson.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/JournalSamples.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

struct DraftDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 11, 20), QTime(22, 0), Qt::OffsetFromUTC, 3600);
    JournalStore store{db, [this] { return clock; }};
    DraftDb() { Migrations::migrate(db); }

    QString body() {
        Statement query(db, "SELECT body FROM journal_held_draft WHERE slot = 1");
        return query.step() ? query.text(0) : QString();
    }
    void putBody(const QString& body) {
        Statement put(db, "INSERT OR REPLACE INTO journal_held_draft(slot, body, held_at) VALUES (1, ?, ?)");
        put.bind(1, body).bind(2, u"2026-11-20T22:00:00+01:00"_s).run();
    }
};

}  // namespace

TEST_CASE("Held draft: kept in the journal's one JSON form, the same the export writes", "[journal][draft]") {
    DraftDb t;
    JournalEntry draft = fullEntry();
    draft.id = u"5e0f0000-0000-4000-8000-000000000001"_s;
    draft.updatedAt = t.clock;
    t.store.holdDraft(draft);
    CHECK(t.body().toStdString() == journalJson::toJson(draft).dump());
    const auto back = t.store.heldDraft();
    REQUIRE(back);
    CHECK(*back == draft);
    CHECK(back->updatedAt == t.clock);
}

TEST_CASE("Held draft: one held by an earlier Mooring still comes back after an update", "[journal][draft]") {
    DraftDb t;
    // Exactly as the earlier code wrote it (Qt's JSON: keys sorted, nothing left out).
    t.putBody(
        uR"({"created_at":"2026-11-20T21:50:00+01:00","feelings":["lonely","angry"],)"
        uR"("id":"5e0f0000-0000-4000-8000-000000000001","notes":"Next time: music first.",)"
        uR"("occurred_at":"2026-11-20T14:40:00-05:00","outcome":"passed","situation":"  after the call  ",)"
        uR"("thoughts":"","tried":[{"helped":6,"strategy_id":"3f0e1a52-1111-4c4c-9d9d-000000000001","text":""},)"
        uR"({"helped":null,"strategy_id":"","text":"called Sam"}],"triggers":["argument"],"urge":null})"_s);
    const auto back = t.store.heldDraft();
    REQUIRE(back);
    CHECK(back->id == u"5e0f0000-0000-4000-8000-000000000001"_s);
    CHECK(back->occurredAt == QDateTime(QDate(2026, 11, 20), QTime(14, 40), Qt::OffsetFromUTC, -5 * 3600));
    CHECK(back->occurredAt.offsetFromUtc() == -5 * 3600);
    CHECK(back->situation == u"  after the call  "_s);
    CHECK(back->feelings == QStringList{u"lonely"_s, u"angry"_s});
    CHECK(back->triggers == QStringList{u"argument"_s});
    CHECK_FALSE(back->urge.has_value());
    REQUIRE(back->tried.size() == 2);
    CHECK(back->tried.at(0) == TriedItem{u"3f0e1a52-1111-4c4c-9d9d-000000000001"_s, {}, 6});
    CHECK(back->tried.at(1) == TriedItem{{}, u"called Sam"_s, std::nullopt});
    CHECK(back->outcome == JournalOutcome::Passed);
    CHECK(back->notes == u"Next time: music first."_s);
    CHECK(back->createdAt == QDateTime(QDate(2026, 11, 20), QTime(21, 50), Qt::OffsetFromUTC, 3600));
    CHECK_FALSE(back->updatedAt.isValid());

    // Held again, it is written in today's form and reads the same.
    t.store.holdDraft(*back);
    CHECK(t.store.heldDraft() == back);
}

TEST_CASE("Held draft: a body that is not JSON gives an empty draft, as before", "[journal][draft]") {
    DraftDb t;
    t.putBody(u"not json"_s);
    const auto back = t.store.heldDraft();
    REQUIRE(back);
    CHECK(*back == JournalEntry{});
}
