#include "storage/JournalStore.h"

#include "domain/JournalEntryJson.h"
#include "storage/Database.h"
#include "storage/JournalBatchWriter.h"
#include "storage/JournalRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <string>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }

QString goneMessage() {
    return tr("This entry is no longer in your journal, so the changes could not be saved. Nothing else was changed.");
}

}  // namespace

InvalidJournalEntry::InvalidJournalEntry(QList<JournalEntry::Problem> problems)
    : Error(Kind::InvalidInput, problems.isEmpty() ? QString() : problems.constFirst().message),
      m_problems(std::move(problems)) {}

JournalStore::JournalStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QDateTime JournalStore::now() const {
    const QDateTime now = timeNow(m_clock);
    return journal::toWholeSeconds(JournalEntry::withLocalOffset(now));
}

QList<JournalEntry::Problem> JournalStore::problems(const JournalEntry& entry) {
    QList<JournalEntry::Problem> found = entry.problems(now());
    const JournalEntry clean = entry.trimmed();
    const bool timeOk = std::none_of(found.cbegin(), found.cend(), [](const JournalEntry::Problem& p) {
        return p.field == JournalEntry::Field::OccurredAt;
    });
    if (clean.occurredAt.isValid() && timeOk &&
        journal::entriesInYearOf(m_db, clean.occurredAt, clean.id) >= JournalEntry::kMaxEntriesPerYear)
        found.append({JournalEntry::Field::OccurredAt, -1,
                      tr("This year already holds %1 entries, the most one year can keep. Please check the date.")
                          .arg(JournalEntry::kMaxEntriesPerYear)});
    return found;
}

JournalEntry JournalStore::add(const JournalEntry& draft) {
    JournalEntry entry = draft.trimmed();
    entry.id.clear();
    if (QList<JournalEntry::Problem> found = problems(entry); !found.isEmpty())
        throw InvalidJournalEntry(std::move(found));
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.createdAt = now();
    entry.updatedAt = entry.createdAt;
    Transaction tx(m_db);
    journal::insertEntry(m_db, entry);
    tx.commit();
    return entry;
}

JournalEntry JournalStore::update(const JournalEntry& changed) {
    JournalEntry entry = changed.trimmed();
    if (QList<JournalEntry::Problem> found = problems(entry); !found.isEmpty())
        throw InvalidJournalEntry(std::move(found));
    Transaction tx(m_db);
    const std::optional<journal::Stamp> stamp = journal::stampOf(m_db, entry.id);
    if (!stamp) throw Error(Error::Kind::InvalidInput, goneMessage());
    entry.createdAt = stamp->createdAt;
    entry.updatedAt = now();
    journal::replaceEntry(m_db, stamp->seq, entry);
    tx.commit();
    return entry;
}

void JournalStore::remove(const QString& id) {
    Transaction tx(m_db);
    if (const std::optional<journal::Stamp> stamp = journal::stampOf(m_db, id)) journal::deleteEntry(m_db, stamp->seq);
    tx.commit();
}

void JournalStore::putAll(const QList<JournalEntry>& entries) {
    // Checked first, written after: all or nothing.
    QList<JournalEntry> clean;
    clean.reserve(entries.size());
    for (const JournalEntry& entry : entries) {
        JournalEntry e = entry.trimmed();
        QList<JournalEntry::Problem> found = e.problems({});
        if (e.id.isEmpty() || !e.createdAt.isValid() || !e.updatedAt.isValid())
            found.append({JournalEntry::Field::Id, -1, tr("This entry has no id or no saved time.")});
        if (!found.isEmpty()) throw InvalidJournalEntry(std::move(found));
        clean.append(std::move(e));
    }
    // The import's writer: one with an id here keeps its place, new ones are added in one go.
    // Of several with one id the last wins, as if each were put in turn.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < clean.size(); ++i) last.insert(clean.at(i).id, i);
    JournalBatchWriter batch(m_db);
    for (qsizetype i = 0; i < clean.size(); ++i)
        if (last.value(clean.at(i).id) == i) batch.put(clean.at(i));
    batch.finish();
}

std::optional<JournalEntry> JournalStore::find(const QString& id) {
    const std::optional<journal::Stamp> stamp = journal::stampOf(m_db, id);
    if (!stamp) return std::nullopt;
    QList<JournalEntry> found = journal::readEntries(m_db, "e.seq = ?", {stamp->seq});
    return found.isEmpty() ? std::nullopt : std::optional<JournalEntry>(found.takeFirst());
}

int JournalStore::count() {
    Statement query(m_db, "SELECT count(*) FROM journal_entries");
    query.step();
    return query.integer(0);
}

QList<JournalEntry> JournalStore::entriesBetween(const QDateTime& from, const QDateTime& to) {
    return journal::readEntries(m_db, "e.occurred_utc >= ? AND e.occurred_utc < ?",
                                {journal::seconds(from), journal::seconds(to)});
}

QList<JournalEntry> JournalStore::all() { return journal::readEntries(m_db, "1 = 1", {}); }

namespace {

// Through the covering index journal_facts (schema step 7): only its pages are read.
constexpr const char* kFactsFrom = " FROM journal_entries INDEXED BY journal_facts WHERE occurred_utc < ?";

std::int64_t secondsBefore(const QDateTime& to) {
    return to.isValid() ? journal::seconds(to) : std::numeric_limits<std::int64_t>::max();
}

}  // namespace

QList<JournalFact> JournalStore::factsUntil(const QDateTime& to) {
    Statement query(m_db, std::string("SELECT occurred_utc, utc_offset, urge, "
                                      "CASE outcome WHEN 'passed' THEN 1 WHEN 'coped' THEN 2 WHEN 'acted' THEN 3 "
                                      "ELSE 0 END") +
                              kFactsFrom);
    query.bind(1, secondsBefore(to));
    static constexpr std::optional<JournalOutcome> outcomes[] = {std::nullopt, JournalOutcome::Passed,
                                                                 JournalOutcome::Coped, JournalOutcome::Acted};
    QList<JournalFact> facts;
    while (query.step())
        facts.append({query.int64(0), query.integer(1), query.integer(2), outcomes[query.integer(3) & 3]});
    return facts;
}

QList<TriedFact> JournalStore::triedUntil(const QDateTime& to) {
    // Two straight reads joined here: each entry's time from the covering index, then
    // journal_tried in its own order. A join in SQL would look up every entry's wide row.
    struct When {
        std::int64_t utc;
        int offset;
    };
    QHash<std::int64_t, When> when;
    Statement entries(m_db, std::string("SELECT seq, occurred_utc, utc_offset") + kFactsFrom);
    entries.bind(1, secondsBefore(to));
    while (entries.step()) when.insert(entries.int64(0), {entries.int64(1), entries.integer(2)});

    Statement query(m_db, "SELECT entry, strategy_id, text, helped FROM journal_tried");
    QList<TriedFact> tried;
    while (query.step()) {
        const auto it = when.constFind(query.int64(0));
        if (it == when.constEnd()) continue;
        TriedFact fact{it->utc, it->offset, {}, {}, std::nullopt};
        if (query.isNull(1))
            fact.text = query.text(2);
        else
            fact.strategyId = query.text(1);
        if (!query.isNull(3)) fact.helped = query.integer(3);
        tried.append(std::move(fact));
    }
    return tried;
}

QList<JournalDay> JournalStore::journalDays(const QDate& first, const QDate& last) {
    Statement query(
        m_db,
        "SELECT day, entries, passed, coped, acted, urge0, urge1, urge2, urge3, urge4, urge5, urge6, urge7, "
        "urge8, urge9, urge10, tried FROM journal_days WHERE day BETWEEN ? AND ? ORDER BY day");
    query.bind(1, first.isValid() ? std::int64_t(first.toJulianDay()) : std::numeric_limits<std::int64_t>::min());
    query.bind(2, last.isValid() ? std::int64_t(last.toJulianDay()) : std::numeric_limits<std::int64_t>::max());
    QList<JournalDay> days;
    while (query.step()) {
        JournalDay day;
        day.julianDay = query.int64(0);
        day.entries = query.integer(1);
        day.passed = query.integer(2);
        day.coped = query.integer(3);
        day.acted = query.integer(4);
        for (std::size_t u = 0; u < day.urges.size(); ++u) day.urges[u] = query.integer(5 + int(u));
        day.tried = query.integer(16);
        days.append(day);
    }
    return days;
}

QList<TriedTally> JournalStore::triedTallies() {
    Statement query(m_db,
                    "SELECT strategy_id, text, times, rated, helped_sum, first_saved, first_day FROM journal_ideas");
    QList<TriedTally> tallies;
    while (query.step()) {
        TriedTally tally;
        if (query.isNull(0))
            tally.text = query.text(1);
        else
            tally.strategyId = query.text(0);
        tally.times = query.integer(2);
        tally.rated = query.integer(3);
        tally.helpedSum = query.integer(4);
        tally.firstSaved = query.int64(5);
        tally.firstDay = query.int64(6);
        tallies.append(std::move(tally));
    }
    return tallies;
}

QList<JournalSummary> JournalStore::page(const JournalFilter& filter, const std::optional<JournalCursor>& after,
                                         int limit) {
    // The time index is forced: walking it newest first and stopping after `limit` rows
    // reads a few pages, where looking up every search hit by seq would read them all.
    std::string sql =
        "SELECT e.seq, e.id, e.occurred_utc, e.utc_offset, e.urge, e.outcome, substr(t.situation, 1, ?), "
        "substr(t.thoughts, 1, ?), substr(t.notes, 1, ?), "
        "(SELECT count(*) FROM journal_tried r WHERE r.entry = e.seq) "
        "FROM journal_entries e INDEXED BY journal_by_time JOIN journal_texts t ON t.entry = e.seq WHERE 1";
    const QString match = journal::matchExpression(filter.text);
    const bool nothingToFind = !filter.text.trimmed().isEmpty() && match.isEmpty();
    if (nothingToFind) return {};
    if (!match.isEmpty()) sql += " AND e.seq IN (SELECT docid FROM journal_search WHERE journal_search MATCH ?)";
    if (!filter.trigger.isEmpty()) sql += " AND e.seq IN (SELECT entry FROM journal_triggers WHERE name = ?)";
    if (!filter.feeling.isEmpty()) sql += " AND e.seq IN (SELECT entry FROM journal_feelings WHERE name = ?)";
    sql += " AND e.urge BETWEEN ? AND ?";
    if (filter.from.isValid()) sql += " AND e.occurred_utc >= ?";
    if (filter.to.isValid()) sql += " AND e.occurred_utc < ?";
    if (after) sql += " AND e.occurred_utc <= ? AND (e.occurred_utc < ? OR e.seq < ?)";
    sql += " ORDER BY e.occurred_utc DESC, e.seq DESC LIMIT ?";

    Statement query(m_db, sql);
    int i = 0;
    for (int n = 0; n < 3; ++n) query.bind(++i, JournalSummary::kTextHead);
    if (!match.isEmpty()) query.bind(++i, match);
    if (!filter.trigger.isEmpty()) query.bind(++i, filter.trigger.simplified());
    if (!filter.feeling.isEmpty()) query.bind(++i, filter.feeling.simplified());
    query.bind(++i, filter.urgeMin);
    query.bind(++i, filter.urgeMax);
    if (filter.from.isValid()) query.bind(++i, journal::seconds(filter.from));
    if (filter.to.isValid()) query.bind(++i, journal::seconds(filter.to));
    if (after)
        for (const std::int64_t value : {after->occurredUtc, after->occurredUtc, after->seq}) query.bind(++i, value);
    query.bind(++i, limit);

    QList<JournalSummary> rows;
    QHash<std::int64_t, qsizetype> bySeq;
    while (query.step()) {
        JournalSummary s;
        s.seq = query.int64(0);
        s.id = query.text(1);
        s.occurredAt = QDateTime::fromSecsSinceEpoch(query.int64(2), Qt::OffsetFromUTC, query.integer(3));
        s.urge = query.integer(4);
        s.outcome = JournalEntry::outcomeFromName(query.text(5));
        s.situation = query.text(6);
        s.thoughts = query.text(7);
        s.notes = query.text(8);
        s.triedCount = query.integer(9);
        bySeq.insert(s.seq, rows.size());
        rows.append(std::move(s));
    }
    if (rows.isEmpty()) return rows;

    // The tags of just these rows (seq values are our own integers, safe to inline).
    QStringList seqs;
    for (const JournalSummary& s : rows) seqs.append(QString::number(s.seq));
    const std::string inRows = " WHERE entry IN (" + seqs.join(u',').toStdString() + ") ORDER BY entry, position";
    for (const bool feelings : {true, false}) {
        Statement tags(m_db, std::string("SELECT entry, name FROM ") +
                                 (feelings ? "journal_feelings" : "journal_triggers") + inRows);
        while (tags.step()) {
            JournalSummary& s = rows[bySeq.value(tags.int64(0))];
            (feelings ? s.feelings : s.triggers).append(tags.text(1));
        }
    }
    return rows;
}

JournalCursor JournalStore::cursorAfter(const JournalSummary& last) {
    return {journal::seconds(last.occurredAt), last.seq};
}

namespace {

QStringList namesByUse(Database& db, const char* table) {
    // GROUP BY follows the column's NOCASE collation: "Work" and "work" are one trigger,
    // spelt as most recently saved (a bare column next to max() comes from that row).
    Statement query(
        db, std::string("SELECT name, max(entry) FROM ") + table + " GROUP BY name ORDER BY count(*) DESC, name");
    QStringList names;
    while (query.step()) names.append(query.text(0));
    return names;
}

}  // namespace

QStringList JournalStore::knownTriggers() { return namesByUse(m_db, "journal_triggers"); }

QStringList JournalStore::knownFeelings() { return namesByUse(m_db, "journal_feelings"); }

void JournalStore::compactSearchIndex() {
    Transaction tx(m_db);
    m_db.exec("INSERT INTO journal_search(journal_search) VALUES ('optimize')");
    tx.commit();
}

void JournalStore::holdDraft(const JournalEntry& draft) {
    Transaction tx(m_db);
    Statement put(m_db, "INSERT OR REPLACE INTO journal_held_draft(slot, body, held_at) VALUES (1, ?, ?)");
    // The entry's one JSON form (domain/JournalEntryJson), inside the encrypted database.
    put.bind(1, QString::fromStdString(journalJson::toJson(draft).dump())).bind(2, journal::timeText(now())).run();
    tx.commit();
}

std::optional<JournalEntry> JournalStore::heldDraft() {
    Statement query(m_db, "SELECT body FROM journal_held_draft WHERE slot = 1");
    if (!query.step()) return std::nullopt;
    // Drafts held by earlier versions had another layout of the same keys; fromJson reads both.
    // A body that is not JSON gives an empty entry, as it always did.
    return journalJson::fromJson(nlohmann::json::parse(query.text(0).toStdString(), nullptr, false));
}

void JournalStore::clearHeldDraft() {
    Transaction tx(m_db);
    m_db.exec("DELETE FROM journal_held_draft");
    tx.commit();
}

}  // namespace mooring
