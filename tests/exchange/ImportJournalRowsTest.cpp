// The importer writes journal entries through JournalBatchWriter's batched statements (for
// speed): the rows must be exactly those the journal store writes for the same entries, search
// text and the tallies kept by triggers included.
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "support/ExchangeSamples.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime noon() { return QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC); }

// Every row the query returns, columns joined, one line a row.
QStringList rows(Database& db, const char* sql) {
    sqlite3_stmt* raw = nullptr;
    REQUIRE(sqlite3_prepare_v2(db.handle(), sql, -1, &raw, nullptr) == SQLITE_OK);
    QStringList out;
    while (sqlite3_step(raw) == SQLITE_ROW) {
        QStringList columns;
        for (int c = 0; c < sqlite3_column_count(raw); ++c)
            columns << (sqlite3_column_type(raw, c) == SQLITE_NULL
                            ? u"NULL"_s
                            : QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(raw, c))));
        out << columns.join(u'|');
    }
    sqlite3_finalize(raw);
    return out;
}

bool hasTable(Database& db, const char* name) {
    Statement query(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    query.bind(1, QString::fromLatin1(name));
    query.step();
    return query.integer(0) == 1;
}

// The journal's rows by entry id (sequence numbers differ between two ways of writing).
QStringList journalRows(Database& db) {
    QStringList out;
    out << rows(db,
                "SELECT e.id, e.occurred_utc, e.utc_offset, e.urge, e.outcome, e.created_at, e.updated_at, "
                "t.situation, t.thoughts, t.notes FROM journal_entries e JOIN journal_texts t ON t.entry = e.seq "
                "ORDER BY e.id");
    out << rows(db,
                "SELECT e.id, s.body FROM journal_entries e JOIN journal_search s ON s.docid = e.seq ORDER BY e.id");
    out << rows(db,
                "SELECT e.id, t.position, t.strategy_id, t.text, t.helped FROM journal_entries e "
                "JOIN journal_tried t ON t.entry = e.seq ORDER BY e.id, t.position");
    for (const char* sql : {"SELECT e.id, f.position, f.name FROM journal_entries e JOIN journal_feelings f ON "
                            "f.entry = e.seq ORDER BY e.id, f.position",
                            "SELECT e.id, f.position, f.name FROM journal_entries e JOIN journal_triggers f ON "
                            "f.entry = e.seq ORDER BY e.id, f.position"})
        out << rows(db, sql);
    if (hasTable(db, "journal_days")) out << rows(db, "SELECT * FROM journal_days ORDER BY 1");
    return out;
}

}  // namespace

TEST_CASE("Imported journal rows are the rows the journal store writes for the same entries", "[exchange]") {
    OpenProfile source;
    fillRichProfile(source);
    const QByteArray json = Exporter(source.db(), *source.settings, noon).readable(ExportContent::Full);

    OpenProfile target;
    Importer importer(target.db(), *target.settings, noon);
    importer.apply(importer.prepare(json));
    const QStringList imported = journalRows(target.db());
    REQUIRE(JournalStore(target.db()).count() == 3);

    // The same entries put back through the journal store's own row helpers.
    JournalStore store(target.db());
    store.putAll(store.entriesBetween(QDateTime::fromSecsSinceEpoch(0), noon().addYears(1)));
    CHECK(journalRows(target.db()) == imported);

    // Found by their words, by a toolbox idea's title and by words typed as tried.
    for (const char* words : {"\"sister*\"", "\"scarf*\"", "\"cold*\" \"water*\""}) {
        Statement search(target.db(), "SELECT count(*) FROM journal_search WHERE journal_search MATCH ?");
        search.bind(1, QString::fromLatin1(words));
        search.step();
        INFO(words);
        CHECK(search.integer(0) == 1);
    }
}
