#pragma once

#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/JournalEntry.h"
#include "domain/JournalFacts.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

namespace mooring {

class Database;

// Input the person can correct, every problem tied to its field (JournalEntry::Problem),
// so a form can show each message next to the field it is about.
class InvalidJournalEntry : public Error {
public:
    explicit InvalidJournalEntry(QList<JournalEntry::Problem> problems);
    const QList<JournalEntry::Problem>& problems() const noexcept { return m_problems; }

private:
    QList<JournalEntry::Problem> m_problems;
};

// What the journal list shows of an entry: enough for one short, readable row.
struct JournalSummary {
    static constexpr int kTextHead = 240;  // characters of each text a row needs at most

    std::int64_t seq = 0;  // the store's own order key (the cursor's tie-breaker)
    QString id;
    QDateTime occurredAt;
    int urge = 0;
    std::optional<JournalOutcome> outcome;
    QString situation;  // the first kTextHead characters of each
    QString thoughts;
    QString notes;
    QStringList feelings;
    QStringList triggers;
    int triedCount = 0;
};

// Narrows the list. Empty members mean "any".
struct JournalFilter {
    QString text{};     // words, each matching the start of a word anywhere in the entry
    QString trigger{};  // case ignored
    QString feeling{};  // case ignored
    int urgeMin = 0;
    int urgeMax = JournalEntry::kMaxUrge;
    QDateTime from{};  // occurred at or after
    QDateTime to{};    // occurred before

    bool operator==(const JournalFilter&) const = default;
};

// Where the previous page ended: the list goes on from just after it (newest first).
struct JournalCursor {
    std::int64_t occurredUtc = 0;
    std::int64_t seq = 0;
};

// The private trigger journal in the database. Every change is one transaction (fsync'd:
// synchronous=FULL). Texts are searched through an FTS4 index inside the encrypted file.
class JournalStore {
public:
    explicit JournalStore(Database& db, Clock clock = {});

    // The value's rules (JournalEntry::problems) plus "room in that calendar year"
    // (docs/export-format.md: at most 10,000 entries a year). Empty when it can be saved.
    QList<JournalEntry::Problem> problems(const JournalEntry& entry);

    // A new entry: new id, created_at = updated_at = now. Throws InvalidJournalEntry.
    JournalEntry add(const JournalEntry& draft);
    // Saves the changes of an existing entry: created_at kept, updated_at = now.
    // Throws InvalidJournalEntry, or Error(InvalidInput) if the entry is gone.
    JournalEntry update(const JournalEntry& changed);
    void remove(const QString& id);
    // Puts entries back exactly as given (ids and times kept), replacing any with the same
    // id, all or nothing: undo of remove(), import, generated profiles.
    void putAll(const QList<JournalEntry>& entries);

    std::optional<JournalEntry> find(const QString& id);
    int count();
    // Every entry with from <= occurred_at < to, oldest first (the weekly review).
    QList<JournalEntry> entriesBetween(const QDateTime& from, const QDateTime& to);
    // Every entry, oldest first (the journal as a spreadsheet).
    QList<JournalEntry> all();
    // Narrow columns of every entry (every tried item) with occurred_at < to, or of all
    // when `to` is invalid: the review's "since I started" and "what helps me". In the
    // order they were saved, not by time: the figures made from them need no order.
    QList<JournalFact> factsUntil(const QDateTime& to = {});
    QList<TriedFact> triedUntil(const QDateTime& to = {});
    // The same figures already added up (schema step 8: tables kept by triggers on every
    // write), so their cost follows the days asked for and the ideas, not the entries:
    // every local day with entries from `first` to `last` (an invalid date: no bound),
    // oldest first, and every idea ever tried (firstSaved orders first tries as saved).
    QList<JournalDay> journalDays(const QDate& first = {}, const QDate& last = {});
    QList<TriedTally> triedTallies();

    // One page of the list, newest first, after `after` (or from the newest).
    QList<JournalSummary> page(const JournalFilter& filter, const std::optional<JournalCursor>& after, int limit);
    static JournalCursor cursorAfter(const JournalSummary& last);

    // Triggers and feelings used so far, most used first (completion and filters).
    QStringList knownTriggers();
    QStringList knownFeelings();

    // Rewrites the search index so words of deleted entries no longer linger in it.
    void compactSearchIndex();

    // An unfinished entry kept (encrypted, in the database) while the program is locked,
    // until the person decides to finish or discard it. One at most.
    void holdDraft(const JournalEntry& draft);
    std::optional<JournalEntry> heldDraft();
    void clearHeldDraft();

private:
    QDateTime now() const;

    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
