#include "storage/JournalBatchWriter.h"

#include "storage/JournalRows.h"

#include <optional>

namespace mooring {

std::int64_t JournalBatchWriter::prepareStaging(Database& db) {
    db.exec(
        "CREATE TEMP TABLE batch_entries(seq INTEGER PRIMARY KEY, id TEXT, occurred_utc INTEGER, utc_offset "
        "INTEGER, urge INTEGER, outcome TEXT, created_at TEXT, updated_at TEXT);"
        "CREATE TEMP TABLE batch_tried(entry INTEGER, position INTEGER, strategy_id TEXT, text TEXT, helped "
        "INTEGER);");
    // The numbers SQLite itself would give, one after another (seq has no AUTOINCREMENT).
    Statement last(db, "SELECT coalesce(max(seq), 0) FROM journal_entries");
    last.step();
    return last.int64(0) + 1;
}

JournalBatchWriter::JournalBatchWriter(Database& db)
    : m_db(db),
      m_tx(db),
      m_nextSeq(prepareStaging(db)),
      m_existing(db, "SELECT seq FROM journal_entries WHERE id = ?"),
      m_entry(db, "INSERT INTO temp.batch_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      m_tried(db, "INSERT INTO temp.batch_tried VALUES (?, ?, ?, ?, ?)"),
      m_texts(db, "INSERT INTO journal_texts(entry, situation, thoughts, notes) VALUES (?, ?, ?, ?)"),
      m_feelings(db, "INSERT INTO journal_feelings(entry, position, name) VALUES (?, ?, ?)"),
      m_triggers(db, "INSERT INTO journal_triggers(entry, position, name) VALUES (?, ?, ?)"),
      m_search(db, "INSERT INTO journal_search(docid, body) VALUES (?, ?)") {
    Statement titles(db, "SELECT id, title FROM strategies");
    while (titles.step()) m_titles.insert(titles.text(0), titles.text(1));
}

JournalBatchWriter::~JournalBatchWriter() {
    if (m_finished) return;
    try {
        dropStaging();
    } catch (const Error&) {
        // Undone with the transaction anyway; the tables live only in memory.
    }
}

void JournalBatchWriter::dropStaging() {
    m_db.exec("DROP TABLE IF EXISTS temp.batch_entries; DROP TABLE IF EXISTS temp.batch_tried;");
}

void JournalBatchWriter::put(const JournalEntry& entry) {
    m_existing.reset();
    m_existing.bind(1, entry.id);
    if (m_existing.step()) {
        const std::int64_t seq = m_existing.int64(0);
        m_existing.reset();
        journal::replaceEntry(m_db, seq, entry);
    } else {
        add(entry);
    }
}

void JournalBatchWriter::addTags(Statement& insert, std::int64_t seq, const QStringList& tags) {
    for (int i = 0; i < tags.size(); ++i) {
        insert.reset();
        insert.bind(1, seq).bind(2, i).bind(3, tags.at(i)).run();
    }
}

void JournalBatchWriter::add(const JournalEntry& e) {
    const std::int64_t seq = m_nextSeq++;
    m_entry.reset();
    m_entry.bind(1, seq);
    journal::bindEntryColumns(m_entry, 2, e);
    m_entry.run();
    for (int i = 0; i < e.tried.size(); ++i) {
        m_tried.reset();
        m_tried.bind(1, seq).bind(2, i);
        journal::bindTriedColumns(m_tried, 3, e.tried.at(i));
        m_tried.run();
    }
    m_added.append({seq, &e});
}

void JournalBatchWriter::finish() {
    // In journal::insertEntry's order: the entry, its texts and tags, its tried items (the
    // triggers count them onto the entry's day), its search text.
    m_db.exec(
        "INSERT INTO journal_entries(seq, id, occurred_utc, utc_offset, urge, outcome, created_at, updated_at) "
        "SELECT seq, id, occurred_utc, utc_offset, urge, outcome, created_at, updated_at FROM temp.batch_entries "
        "ORDER BY seq;");
    for (const auto& [seq, entry] : std::as_const(m_added)) {
        const JournalEntry& e = *entry;
        m_texts.reset();
        m_texts.bind(1, seq).bind(2, e.situation).bind(3, e.thoughts).bind(4, e.notes).run();
        addTags(m_feelings, seq, e.feelings);
        addTags(m_triggers, seq, e.triggers);
    }
    m_db.exec(
        "INSERT INTO journal_tried(entry, position, strategy_id, text, helped) "
        "SELECT entry, position, strategy_id, text, helped FROM temp.batch_tried ORDER BY rowid;");
    for (const auto& [seq, entry] : std::as_const(m_added)) {
        const JournalEntry& e = *entry;
        const QString body = journal::searchBody(e, [this](const QString& id) -> std::optional<QString> {
            const auto title = m_titles.constFind(id);
            return title == m_titles.cend() ? std::nullopt : std::optional<QString>(*title);
        });
        m_search.reset();
        m_search.bind(1, seq).bind(2, body).run();
    }
    m_added.clear();
    dropStaging();
    m_tx.commit();
    m_finished = true;
}

}  // namespace mooring
