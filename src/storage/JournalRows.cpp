#include "storage/JournalRows.h"

#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>

#include <string>

namespace mooring::journal {

using namespace Qt::StringLiterals;

namespace {

QString outcomeText(const std::optional<JournalOutcome>& outcome) {
    return outcome ? JournalEntry::outcomeName(*outcome) : QString();
}

QDateTime occurredFrom(const Statement& row, int utcColumn, int offsetColumn) {
    return QDateTime::fromSecsSinceEpoch(row.int64(utcColumn), Qt::OffsetFromUTC, row.integer(offsetColumn));
}

void insertTags(Database& db, const char* table, std::int64_t seq, const QStringList& tags) {
    Statement insert(db, std::string("INSERT INTO ") + table + "(entry, position, name) VALUES (?, ?, ?)");
    for (int i = 0; i < tags.size(); ++i) {
        insert.bind(1, seq).bind(2, i).bind(3, tags.at(i)).run();
        insert.reset();
    }
}

QString searchBodyFromStore(Database& db, const JournalEntry& e) {
    Statement title(db, "SELECT title FROM strategies WHERE id = ?");
    return searchBody(e, [&title](const QString& id) -> std::optional<QString> {
        title.reset();
        title.bind(1, id);
        if (!title.step()) return std::nullopt;
        return title.text(0);
    });
}

void writeDetails(Database& db, std::int64_t seq, const JournalEntry& e) {
    Statement texts(db, "INSERT INTO journal_texts(entry, situation, thoughts, notes) VALUES (?, ?, ?, ?)");
    texts.bind(1, seq).bind(2, e.situation).bind(3, e.thoughts).bind(4, e.notes).run();
    insertTags(db, "journal_feelings", seq, e.feelings);
    insertTags(db, "journal_triggers", seq, e.triggers);
    Statement tried(db, "INSERT INTO journal_tried(entry, position, strategy_id, text, helped) VALUES (?, ?, ?, ?, ?)");
    for (int i = 0; i < e.tried.size(); ++i) {
        tried.bind(1, seq).bind(2, i);
        bindTriedColumns(tried, 3, e.tried.at(i));
        tried.run();
        tried.reset();
    }
    Statement search(db, "INSERT INTO journal_search(docid, body) VALUES (?, ?)");
    search.bind(1, seq).bind(2, searchBodyFromStore(db, e)).run();
}

void clearDetails(Database& db, std::int64_t seq) {
    for (const char* sql :
         {"DELETE FROM journal_search WHERE docid = ?", "DELETE FROM journal_texts WHERE entry = ?",
          "DELETE FROM journal_feelings WHERE entry = ?", "DELETE FROM journal_triggers WHERE entry = ?",
          "DELETE FROM journal_tried WHERE entry = ?"}) {
        Statement remove(db, sql);
        remove.bind(1, seq).run();
    }
}

void bindAll(Statement& statement, const QList<std::int64_t>& values) {
    for (int i = 0; i < values.size(); ++i) statement.bind(i + 1, values.at(i));
}

}  // namespace

QString timeText(const QDateTime& time) {
    if (!time.isValid()) return {};
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

QDateTime timeFromText(const QString& text) { return QDateTime::fromString(text, Qt::ISODate); }

std::int64_t seconds(const QDateTime& time) { return static_cast<std::int64_t>(time.toSecsSinceEpoch()); }

QDateTime toWholeSeconds(const QDateTime& time) {
    if (!time.isValid()) return time;
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::OffsetFromUTC, time.offsetFromUtc());
}

std::optional<Stamp> stampOf(Database& db, const QString& id) {
    Statement query(db, "SELECT seq, created_at FROM journal_entries WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return Stamp{query.int64(0), timeFromText(query.text(1))};
}

QList<EntryTimes> readTimes(Database& db) {
    QList<EntryTimes> out;
    Statement rows(db, "SELECT id, updated_at, occurred_utc, utc_offset FROM journal_entries");
    while (rows.step()) out.append({rows.text(0), timeFromText(rows.text(1)), occurredFrom(rows, 2, 3)});
    return out;
}

void bindEntryColumns(Statement& statement, int first, const JournalEntry& e) {
    const QString outcome = outcomeText(e.outcome);
    statement.bind(first, e.id).bind(first + 1, seconds(e.occurredAt)).bind(first + 2, e.occurredAt.offsetFromUtc());
    statement.bind(first + 3, e.urge.value_or(-1));  // a missing urge is refused by the table's CHECK
    statement.bind(first + 4, outcome.isEmpty() ? std::nullopt : std::optional<QString>(outcome));
    statement.bind(first + 5, timeText(e.createdAt)).bind(first + 6, timeText(e.updatedAt));
}

void bindTriedColumns(Statement& statement, int first, const TriedItem& item) {
    const bool own = item.strategyId.isEmpty();
    statement.bind(first, own ? std::nullopt : std::optional<QString>(item.strategyId));
    statement.bind(first + 1, own ? std::optional<QString>(item.text) : std::nullopt);
    statement.bind(first + 2, item.helped ? std::optional<std::int64_t>(*item.helped) : std::nullopt);
}

QString searchBody(const JournalEntry& e, const std::function<std::optional<QString>(const QString&)>& titleOf) {
    QStringList parts{e.situation, e.thoughts, e.notes, e.feelings.join(u'\n'), e.triggers.join(u'\n')};
    for (const TriedItem& item : e.tried) {
        if (!item.text.isEmpty())
            parts.append(item.text);
        else if (const std::optional<QString> title = titleOf(item.strategyId))
            parts.append(*title);
    }
    return parts.join(u'\n');
}

void insertEntry(Database& db, const JournalEntry& e) {
    Statement insert(db,
                     "INSERT INTO journal_entries(id, occurred_utc, utc_offset, urge, outcome, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)");
    bindEntryColumns(insert, 1, e);
    insert.run();
    writeDetails(db, db.lastInsertRowId(), e);
}

void replaceEntry(Database& db, std::int64_t seq, const JournalEntry& e) {
    Statement update(db,
                     "UPDATE journal_entries SET occurred_utc = ?, utc_offset = ?, urge = ?, outcome = ?, "
                     "created_at = ?, updated_at = ? WHERE seq = ?");
    const QString outcome = outcomeText(e.outcome);
    update.bind(1, seconds(e.occurredAt)).bind(2, e.occurredAt.offsetFromUtc()).bind(3, e.urge.value_or(-1));
    update.bind(4, outcome.isEmpty() ? std::nullopt : std::optional<QString>(outcome));
    update.bind(5, timeText(e.createdAt)).bind(6, timeText(e.updatedAt)).bind(7, seq).run();
    clearDetails(db, seq);
    writeDetails(db, seq, e);
}

void deleteEntry(Database& db, std::int64_t seq) {
    clearDetails(db, seq);
    Statement remove(db, "DELETE FROM journal_entries WHERE seq = ?");
    remove.bind(1, seq).run();
}

QList<JournalEntry> readEntries(Database& db, const char* where, const QList<std::int64_t>& values) {
    const std::string condition(where);
    Statement rows(db,
                   "SELECT e.seq, e.id, e.occurred_utc, e.utc_offset, e.urge, e.outcome, e.created_at, e.updated_at, "
                   "t.situation, t.thoughts, t.notes FROM journal_entries e JOIN journal_texts t ON t.entry = e.seq "
                   "WHERE " +
                       condition + " ORDER BY e.occurred_utc, e.seq");
    bindAll(rows, values);
    QList<JournalEntry> entries;
    QHash<std::int64_t, qsizetype> bySeq;
    while (rows.step()) {
        JournalEntry e;
        e.id = rows.text(1);
        e.occurredAt = occurredFrom(rows, 2, 3);
        e.urge = rows.integer(4);
        e.outcome = JournalEntry::outcomeFromName(rows.text(5));
        e.createdAt = timeFromText(rows.text(6));
        e.updatedAt = timeFromText(rows.text(7));
        e.situation = rows.text(8);
        e.thoughts = rows.text(9);
        e.notes = rows.text(10);
        bySeq.insert(rows.int64(0), entries.size());
        entries.append(std::move(e));
    }
    if (entries.isEmpty()) return entries;

    // Each list in one query over the same entries, in the person's order.
    const std::string sameEntries =
        " WHERE entry IN (SELECT e.seq FROM journal_entries e WHERE " + condition + ") ORDER BY entry, position";
    for (const char* table : {"journal_feelings", "journal_triggers"}) {
        Statement tags(db, std::string("SELECT entry, name FROM ") + table + sameEntries);
        bindAll(tags, values);
        const bool feelings = std::string(table) == "journal_feelings";
        while (tags.step()) {
            JournalEntry& e = entries[bySeq.value(tags.int64(0))];
            (feelings ? e.feelings : e.triggers).append(tags.text(1));
        }
    }
    Statement tried(db, "SELECT entry, strategy_id, text, helped FROM journal_tried" + sameEntries);
    bindAll(tried, values);
    while (tried.step()) {
        TriedItem item{tried.isNull(1) ? QString() : tried.text(1), tried.isNull(2) ? QString() : tried.text(2),
                       tried.isNull(3) ? std::nullopt : std::optional<int>(tried.integer(3))};
        entries[bySeq.value(tried.int64(0))].tried.append(item);
    }
    return entries;
}

int entriesInYearOf(Database& db, const QDateTime& moment, const QString& exceptId) {
    const int offset = moment.offsetFromUtc();
    const int year = moment.toOffsetFromUtc(offset).date().year();
    const QDateTime from(QDate(year, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, offset);
    Statement query(db,
                    "SELECT count(*) FROM journal_entries WHERE occurred_utc >= ? AND occurred_utc < ? AND id <> ?");
    query.bind(1, seconds(from)).bind(2, seconds(from.addYears(1))).bind(3, exceptId);
    query.step();
    return query.integer(0);
}

QString matchExpression(const QString& words) {
    static const QRegularExpression space(u"\\s+"_s);
    QStringList terms;
    for (QString word : words.split(space, Qt::SkipEmptyParts)) {
        // Quotes and stars are query syntax; the tokenizer ignores other punctuation itself.
        word.remove(u'"').remove(u'*');
        const bool searchable = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (searchable) terms.append(u'"' + word + u"*\""_s);
    }
    return terms.join(u' ');
}

}  // namespace mooring::journal
