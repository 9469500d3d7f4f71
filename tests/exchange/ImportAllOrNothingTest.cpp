// An import writes through the stores' own writers, each a transaction nested in the
// import's: a failure at any point leaves the profile exactly as it was, and the next
// write (a store's own, or the import again) works as usual.
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <string>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime noon() { return QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC); }

void importInto(OpenProfile& p, const QByteArray& json) {
    Importer importer(p.db(), *p.settings, noon);
    importer.apply(importer.prepare(json));
}

// Makes every insert into `table` fail from now on, as a full disk or a broken row would.
void failInsertsInto(Database& db, const std::string& table) {
    db.exec("CREATE TEMP TRIGGER fail_here BEFORE INSERT ON main." + table +
            " BEGIN SELECT RAISE(ABORT, 'made to fail'); END;");
}

}  // namespace

TEST_CASE("An import that fails part way leaves nothing of it behind", "[exchange][import]") {
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray json = Exporter(source.db(), *source.settings, noon).readable(ExportContent::Full);

    // Early (the second store written), in the journal's batch, and after the journal.
    const std::string table = GENERATE(as<std::string>{}, "strategies", "journal_tried", "week_reflections");
    INFO(table);
    OpenProfile target;
    ContactStore(target.db()).add({{}, u"Sam"_s, u"0123 456"_s, ContactRole::Friend, {}});
    const QString before = profileSnapshot(target);
    failInsertsInto(target.db(), table);

    Importer importer(target.db(), *target.settings, noon);
    const ImportPlan plan = importer.prepare(json);
    CHECK(plan.preview.added > 0);
    CHECK_THROWS_AS(importer.apply(plan), SqliteError);
    CHECK(profileSnapshot(target) == before);

    // Nothing is left open: a store's own write is an outermost transaction again (it
    // lands), and the same import goes through once the failure is gone.
    target.db().exec("DROP TRIGGER temp.fail_here");
    ContactStore(target.db()).add({{}, u"Alex"_s, u"0987 654"_s, ContactRole::Family, {}});
    CHECK(ContactStore(target.db()).all().size() == 2);
    importInto(target, json);
    CHECK(JournalStore(target.db()).count() == JournalStore(source.db()).count());
    CHECK(ContactStore(target.db()).all().size() == 2 + ContactStore(source.db()).all().size());
}
