#pragma once

#include "domain/JournalEntry.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <utility>

namespace mooring {

// Writes the journal entries of an import (tens of thousands at once) inside the caller's
// transaction: the same rows as journal::insertEntry makes (entries, texts, tags, tried,
// search text), for speed:
// - every statement is prepared once and reset per row (journal::insertEntry prepares
//   each again for every entry);
// - entries and tried items are gathered in two in-memory TEMP tables (temp_store=MEMORY:
//   nothing reaches the disk in plain form) and copied over in one statement each: the
//   tally triggers of schema step 8 still run for every row, but cost about a tenth of
//   what they cost one statement per row;
// - the search index is filled after all the other rows.
// ImportJournalRowsTest checks the rows equal those the journal store writes.
class ImportJournalWriter {
public:
    // Construct after the ideas are written: tried items are indexed by the ideas' titles.
    explicit ImportJournalWriter(Database& db);
    ~ImportJournalWriter();
    ImportJournalWriter(const ImportJournalWriter&) = delete;
    ImportJournalWriter& operator=(const ImportJournalWriter&) = delete;

    // An entry whose id is not here yet. It must stay alive until finish().
    void add(const JournalEntry& entry);
    // Writes everything added. Call once, before the transaction commits.
    void finish();

private:
    static std::int64_t prepareStaging(Database& db);  // returns the first free seq
    void addTags(Statement& insert, std::int64_t seq, const QStringList& tags);

    Database& m_db;
    std::int64_t m_nextSeq;
    QHash<QString, QString> m_titles;  // idea id -> title
    Statement m_entry;                 // into the TEMP table
    Statement m_tried;                 // into the TEMP table
    Statement m_texts;
    Statement m_feelings;
    Statement m_triggers;
    Statement m_search;
    QList<std::pair<std::int64_t, const JournalEntry*>> m_added;  // seq, entry
};

}  // namespace mooring
