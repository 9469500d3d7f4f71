#pragma once

#include "domain/JournalEntry.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <utility>

namespace mooring {

// Puts many journal entries as they are (ids and times kept) in one go, e.g. the tens of
// thousands of an import: the same rows as journal::insertEntry makes (entries, texts,
// tags, tried, search text), for speed:
// - every statement is prepared once and reset per row (journal::insertEntry prepares
//   each again for every entry);
// - new entries and their tried items are gathered in two in-memory TEMP tables
//   (temp_store=MEMORY: nothing reaches the disk in plain form) and copied over in one
//   statement each: the tally triggers of schema step 8 still run for every row, but cost
//   about a tenth of what they cost one statement per row;
// - the search index is filled after all the other rows.
// All or nothing: it holds a Transaction (a savepoint inside a caller's), which finish()
// commits; destroyed before that, nothing it wrote is left.
class JournalBatchWriter {
public:
    // Construct after the ideas are written: tried items are indexed by the ideas' titles.
    explicit JournalBatchWriter(Database& db);
    ~JournalBatchWriter();
    JournalBatchWriter(const JournalBatchWriter&) = delete;
    JournalBatchWriter& operator=(const JournalBatchWriter&) = delete;

    // An entry as it is, checked already. One whose id is here is rewritten now, in its
    // place in the list; a new one is written by finish() and must stay alive until then.
    void put(const JournalEntry& entry);
    // Writes everything put and commits. Call once.
    void finish();

private:
    static std::int64_t prepareStaging(Database& db);  // returns the first free seq
    void add(const JournalEntry& entry);
    void addTags(Statement& insert, std::int64_t seq, const QStringList& tags);
    void dropStaging();

    Database& m_db;
    Transaction m_tx;  // first: the staging tables are made inside it
    std::int64_t m_nextSeq;
    bool m_finished = false;
    QHash<QString, QString> m_titles;  // idea id -> title
    Statement m_existing;              // seq of an id already here
    Statement m_entry;                 // into the TEMP table
    Statement m_tried;                 // into the TEMP table
    Statement m_texts;
    Statement m_feelings;
    Statement m_triggers;
    Statement m_search;
    QList<std::pair<std::int64_t, const JournalEntry*>> m_added;  // seq, entry
};

}  // namespace mooring
