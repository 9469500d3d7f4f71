// Import writes journal rows through JournalBatchWriter, not JournalStore's saves: the added-up
// days and ideas (schema step 8) must follow it too, for new entries and replaced ones.
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/JournalStore.h"
#include "support/ExchangeSamples.h"
#include "support/JournalSamples.h"
#include "support/JournalTallies.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int hour) { return QDateTime(QDate(2026, 11, 23), QTime(hour, 0), Qt::OffsetFromUTC, 3600); }

void importInto(OpenProfile& p, const QByteArray& json) {
    Importer importer(p.db(), *p.settings, [] { return at(12); });
    importer.apply(importer.prepare(json));
}

}  // namespace

TEST_CASE("Imported journal entries are added up like saved ones", "[exchange][tallies]") {
    OpenProfile source;
    fillRichProfile(source);
    // Saved later than fillRichProfile's entries (real time), so the second import replaces them.
    JournalStore sourceJournal(source.db(), [] { return QDateTime::currentDateTime().addDays(1); });
    const QByteArray first =
        Exporter(source.db(), *source.settings, [] { return at(10); }).readable(ExportContent::Full);

    OpenProfile target;
    JournalStore journal(target.db(), [] { return at(9); });
    journal.add(quickEntry(QDateTime(QDate(2026, 2, 3), QTime(8, 0), Qt::OffsetFromUTC, 0), 4, u"already here"_s));
    importInto(target, first);
    checkTalliesAddUp(journal);
    CHECK(journal.journalDays().size() == sourceJournal.journalDays().size() + 1);
    CHECK(inSavedOrder(journal.triedTallies()).size() == inSavedOrder(sourceJournal.triedTallies()).size());

    // Newer copies of the same entries replace the old rows (other time, urge, tries).
    for (JournalEntry e : sourceJournal.entriesBetween(at(0).addYears(-5), QDateTime::currentDateTime().addDays(1))) {
        e.occurredAt = e.occurredAt.addDays(-2);
        e.urge = 10 - e.urge.value_or(0);
        e.tried = {{{}, u"a cold drink"_s, 7}};
        sourceJournal.update(e);
    }
    importInto(target, Exporter(source.db(), *source.settings, [] { return at(11); }).readable(ExportContent::Full));
    checkTalliesAddUp(journal);
    CHECK(journal.triedTallies().size() == 1);
    CHECK(journal.triedTallies().constFirst().times == 3);
}
