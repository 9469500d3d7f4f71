#pragma once

#include "domain/JournalEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace mooring {

class Database;
class Statement;

// Row-level helpers behind JournalStore: how one entry maps onto journal_entries,
// journal_texts, the tag tables, journal_tried and the search index. They run inside the
// caller's transaction.
namespace journal {

// ISO 8601 with the offset the time carries ("2026-11-20T21:40:00+01:00").
QString timeText(const QDateTime& time);
QDateTime timeFromText(const QString& text);
QDateTime toWholeSeconds(const QDateTime& time);
std::int64_t seconds(const QDateTime& time);  // since 1970 UTC

struct Stamp {
    std::int64_t seq = 0;
    QDateTime createdAt;
};
std::optional<Stamp> stampOf(Database& db, const QString& id);

// When each entry was last changed and when it happened: what an import decides by,
// without reading every entry whole.
struct EntryTimes {
    QString id;
    QDateTime updatedAt;
    QDateTime occurredAt;  // in the offset it was written with
};
QList<EntryTimes> readTimes(Database& db);

// How an entry maps onto its rows; the importer's bulk writer binds through these too.
// journal_entries after seq, in table order (id, occurred_utc, utc_offset, urge, outcome,
// created_at, updated_at), bound from index `first` on.
void bindEntryColumns(Statement& statement, int first, const JournalEntry& entry);
// journal_tried after entry and position (strategy_id, text, helped).
void bindTriedColumns(Statement& statement, int first, const TriedItem& item);
// Every word of an entry, for the search index: a toolbox idea by its title, which
// `titleOf` gives (nothing for an idea no longer there).
QString searchBody(const JournalEntry& entry, const std::function<std::optional<QString>(const QString&)>& titleOf);

void insertEntry(Database& db, const JournalEntry& entry);
// Same seq (so the list keeps its place), every field and the search text rewritten.
void replaceEntry(Database& db, std::int64_t seq, const JournalEntry& entry);
void deleteEntry(Database& db, std::int64_t seq);

// Entries matching `where` (over journal_entries AS e, with ? bound to `values` in order),
// oldest first, every field filled.
QList<JournalEntry> readEntries(Database& db, const char* where, const QList<std::int64_t>& values);

// Entries in the calendar year of `moment` (in its own offset), leaving out `exceptId`.
int entriesInYearOf(Database& db, const QDateTime& moment, const QString& exceptId);

// The person's words as an FTS4 query: each word must begin a word of the entry.
// Empty when nothing searchable is left (only punctuation, say).
QString matchExpression(const QString& words);

}  // namespace journal
}  // namespace mooring
