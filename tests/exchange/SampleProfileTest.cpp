#include "domain/JournalEntry.h"
#include "exchange/SampleProfile.h"
#include "storage/Argon2Params.h"
#include "storage/ContactStore.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/UnlockedProfile.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace mooring;

namespace {
const QDateTime kNow(QDate(2026, 11, 20), QTime(12, 0));
}

TEST_CASE("The sample profile is an encrypted profile in a private folder, filled for trying Mooring",
          "[exchange][sample]") {
    std::unique_ptr<SampleProfile> sample = SampleProfile::create(kNow, Argon2Params::forTests());
    const QString dir = sample->paths().dir();
    const QString privateFolder = QFileInfo(dir).absolutePath();
    REQUIRE(QFileInfo::exists(sample->paths().keyFile()));
    CHECK(QFileInfo(privateFolder).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                     QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
    // Encrypted like any profile: no SQLite header in plain sight.
    QFile db(sample->paths().database());
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.read(16).startsWith("SQLite format 3"));
    db.close();

    {
        std::unique_ptr<UnlockedProfile> profile = sample->unlock();
        Database& database = profile->database();

        SafetyPlanStore plans(database);
        const QList<PlanVersion> history = plans.history();
        REQUIRE(history.size() == 3);
        CHECK(history.first().savedAt < history.last().savedAt);
        CHECK(plans.latest()->plan.itemCount() > plans.find(history.first().id)->plan.itemCount());
        for (const PlanSection section : planSections::all())
            CHECK_FALSE(plans.latest()->plan.items(section).isEmpty());

        CHECK(ContactStore(database).all().size() == 4);

        StrategyStore strategies(database);
        const QList<CopingStrategy> all = strategies.all();
        const auto own = std::count_if(all.begin(), all.end(), [](const CopingStrategy& s) { return !s.builtin; });
        const auto box = std::count_if(all.begin(), all.end(), [](const CopingStrategy& s) {
            return s.category == CopingCategory::SafetyBox && !s.location.isEmpty();
        });
        CHECK(own == 8);
        CHECK(box == 5);
        CHECK(strategies.favourites().size() == 6);

        JournalStore journal(database);
        CHECK(journal.count() == 28);
        const QList<JournalEntry> weeks = journal.entriesBetween(kNow.addDays(-56), kNow);
        REQUIRE(weeks.size() == 28);
        CHECK(weeks.first().occurredAt.daysTo(weeks.last().occurredAt) >= 7 * 7);
        // Every idea a journal entry names is in the toolbox, and one setback is among them.
        int setbacks = 0;
        for (const JournalEntry& entry : weeks) {
            for (const TriedItem& tried : entry.tried)
                if (!tried.strategyId.isEmpty()) CHECK(strategies.find(tried.strategyId).has_value());
            if (entry.outcome == JournalOutcome::Acted) ++setbacks;
        }
        CHECK(setbacks == 1);
    }

    sample.reset();
    CHECK_FALSE(QFileInfo::exists(dir));
    CHECK_FALSE(QFileInfo::exists(privateFolder));
}
