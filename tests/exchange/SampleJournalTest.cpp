#include "domain/JournalEntry.h"
#include "exchange/SampleProfile.h"
#include "storage/Argon2Params.h"
#include "storage/JournalStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace mooring;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(12, 0));

QStringList texts(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& item : value.toArray()) out << item.toString();
    return out;
}

}  // namespace

// Read here with Qt's own JSON, not the reader the sample uses, so a field the sample reads
// wrong or leaves out shows up as a difference.
TEST_CASE("The sample journal holds every entry of its file, field by field", "[exchange][sample]") {
    std::unique_ptr<SampleProfile> sample = SampleProfile::create(kNow, Argon2Params::forTests());
    QFile file(u":/exchange/sample-profile.json"_s);  // registered once the sample was made
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray written = QJsonDocument::fromJson(file.readAll()).object().value(u"journal"_s).toArray();
    REQUIRE(written.size() == 28);

    std::unique_ptr<UnlockedProfile> profile = sample->unlock();
    JournalStore journal(profile->database());
    StrategyStore strategies(profile->database());
    const QList<JournalEntry> entries = journal.entriesBetween(kNow.addDays(-400), kNow.addDays(1));  // oldest first
    REQUIRE(entries.size() == written.size());
    const QList<CopingStrategy> ideas = strategies.all();

    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JournalEntry& entry = entries.at(i);
        const QJsonObject w = written.at(i).toObject();
        INFO("entry " << i);
        CHECK(entry.occurredAt.date() == kNow.date().addDays(-w.value(u"days_ago"_s).toInt()));
        CHECK(entry.occurredAt.time().toString(u"HH:mm"_s) == w.value(u"time"_s).toString());
        CHECK(entry.situation == w.value(u"situation"_s).toString());
        CHECK(entry.thoughts == w.value(u"thoughts"_s).toString());
        CHECK(entry.notes == w.value(u"notes"_s).toString());
        CHECK(entry.feelings == texts(w.value(u"feelings"_s)));
        CHECK(entry.triggers == texts(w.value(u"triggers"_s)));
        CHECK(entry.urge == w.value(u"urge"_s).toInt());
        CHECK(entry.outcome == JournalEntry::outcomeFromName(w.value(u"outcome"_s).toString()));
        const QJsonArray tried = w.value(u"tried"_s).toArray();
        REQUIRE(entry.tried.size() == tried.size());
        for (qsizetype t = 0; t < tried.size(); ++t) {
            const QJsonObject item = tried.at(t).toObject();
            const TriedItem& got = entry.tried.at(t);
            CHECK(got.helped ==
                  (item.contains(u"helped"_s) ? std::optional<int>(item.value(u"helped"_s).toInt()) : std::nullopt));
            if (item.contains(u"idea"_s)) {
                CHECK(got.strategyId == StrategyStore::builtinUuid(item.value(u"idea"_s).toString()));
            } else if (item.contains(u"own"_s)) {
                const auto own = std::find_if(ideas.cbegin(), ideas.cend(), [&](const CopingStrategy& s) {
                    return s.title == item.value(u"own"_s).toString();
                });
                REQUIRE(own != ideas.cend());
                CHECK(got.strategyId == own->id);
            } else {
                CHECK(got.strategyId.isEmpty());
                CHECK(got.text == item.value(u"text"_s).toString());
            }
        }
    }
}
