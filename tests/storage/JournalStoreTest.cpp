#include "storage/JournalStore.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/JournalSamples.h"
#include "support/RawKeys.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

struct JournalDb {
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(u"mooring.db"_s), rawKey(), Database::Mode::Create);
    QDateTime clock = QDateTime(QDate(2026, 11, 20), QTime(22, 0), Qt::OffsetFromUTC, 3600);
    JournalStore store{db, [this] { return clock; }};
    JournalDb() { Migrations::migrate(db); }

    QStringList ids(const JournalFilter& filter = {}) {
        QStringList out;
        for (const JournalSummary& s : store.page(filter, std::nullopt, 1000)) out << s.id;
        return out;
    }
};

int count(Database& db, const char* sql) {
    Statement query(db, sql);
    return query.step() ? query.integer(0) : -1;
}

QString queryPlan(Database& db, const std::string& sql) {
    Statement plan(db, "EXPLAIN QUERY PLAN " + sql);
    QStringList lines;
    while (plan.step()) lines << plan.text(3);
    return lines.join(u'\n');
}

}  // namespace

TEST_CASE("Journal round trip: every field comes back as written, the person's offset too", "[journal]") {
    JournalDb t;
    const JournalEntry saved = t.store.add(fullEntry());
    CHECK_FALSE(saved.id.isEmpty());
    CHECK(saved.createdAt == t.clock);
    CHECK(saved.updatedAt == t.clock);

    const std::optional<JournalEntry> back = t.store.find(saved.id);
    REQUIRE(back);
    CHECK(*back == saved);
    CHECK(back->occurredAt.offsetFromUtc() == -5 * 3600);
    CHECK(back->occurredAt.time() == QTime(14, 40));  // local time of day, as the person lived it
    CHECK(back->situation == fullEntry().situation.trimmed());
    CHECK(back->feelings == QStringList{u"lonely"_s, u"angry"_s});
    CHECK(back->triggers == QStringList{u"argument"_s, u"late night"_s});
    REQUIRE(back->tried.size() == 3);
    CHECK(back->tried.at(0) == TriedItem{u"3f0e1a52-1111-4c4c-9d9d-000000000001"_s, {}, 6});
    CHECK(back->tried.at(1) == TriedItem{{}, u"went for a walk"_s, 4});
    CHECK(back->tried.at(2) == TriedItem{{}, u"called Sam"_s, std::nullopt});
    CHECK(back->outcome == JournalOutcome::Passed);
    CHECK(back->notes == u"Next time: music first."_s);
}

TEST_CASE("Journal: a quick entry is only the urge; an unsaid outcome stays unsaid", "[journal]") {
    JournalDb t;
    JournalEntry draft;
    draft.occurredAt = t.clock;
    draft.urge = 0;
    const JournalEntry saved = t.store.add(draft);
    const auto back = t.store.find(saved.id);
    REQUIRE(back);
    CHECK(back->urge == 0);
    CHECK_FALSE(back->outcome.has_value());
    CHECK(back->tried.isEmpty());
    CHECK(*back == saved);
}

TEST_CASE("Journal: bad input is refused with messages by field and nothing is saved", "[journal]") {
    JournalDb t;
    JournalEntry bad = fullEntry();
    bad.urge = 14;
    bad.occurredAt = t.clock.addDays(2);
    bad.notes = QString(JournalEntry::kMaxText + 5, u'x');
    try {
        t.store.add(bad);
        FAIL("saved");
    } catch (const InvalidJournalEntry& e) {
        QList<JournalEntry::Field> fields;
        for (const auto& p : e.problems()) fields << p.field;
        CHECK(fields == QList{JournalEntry::Field::OccurredAt, JournalEntry::Field::Urge, JournalEntry::Field::Notes});
        CHECK(e.kind() == Error::Kind::InvalidInput);
        CHECK(e.message() == e.problems().first().message);
    }
    CHECK(t.store.count() == 0);
    CHECK(count(t.db, "SELECT count(*) FROM journal_search") == 0);
}

TEST_CASE("Journal: edits keep created_at and move updated_at", "[journal]") {
    JournalDb t;
    const JournalEntry saved = t.store.add(fullEntry());
    t.clock = t.clock.addSecs(3600);
    JournalEntry changed = saved;
    changed.urge = 3;
    changed.feelings = {u"calmer"_s};
    changed.createdAt = QDateTime();  // whatever the caller sends, the first save time stays
    const JournalEntry after = t.store.update(changed);
    CHECK(after.createdAt == saved.createdAt);
    CHECK(after.updatedAt == t.clock);
    CHECK(after.updatedAt > saved.updatedAt);
    const auto back = t.store.find(saved.id);
    REQUIRE(back);
    CHECK(*back == after);
    CHECK(back->feelings == QStringList{u"calmer"_s});
    CHECK(t.store.count() == 1);

    JournalEntry gone = after;
    gone.id = u"00000000-0000-0000-0000-00000000dead"_s;
    CHECK_THROWS_AS(t.store.update(gone), Error);
}

TEST_CASE("Journal: delete, then undo puts the entry back exactly, searchable again", "[journal]") {
    JournalDb t;
    const JournalEntry keep = t.store.add(quickEntry(t.clock.addDays(-1), 2, u"quiet evening"_s));
    const JournalEntry saved = t.store.add(fullEntry());
    t.store.remove(saved.id);
    CHECK_FALSE(t.store.find(saved.id).has_value());
    CHECK(t.ids() == QStringList{keep.id});
    CHECK(t.ids({.text = u"argument"_s}).isEmpty());
    CHECK(count(t.db, "SELECT count(*) FROM journal_feelings") == 0);
    CHECK(count(t.db, "SELECT count(*) FROM journal_tried") == 0);

    t.store.putAll({saved});  // what the undo command does
    const auto back = t.store.find(saved.id);
    REQUIRE(back);
    CHECK(*back == saved);
    CHECK(t.ids() == QStringList{saved.id, keep.id});
    CHECK(t.ids({.text = u"argument"_s}) == QStringList{saved.id});
}

TEST_CASE("Journal search: every word begins a word somewhere in the entry, any case", "[journal]") {
    JournalDb t;
    const QString walk = t.store.add(quickEntry(t.clock.addDays(-3), 5, u"After the Argument I went out"_s)).id;
    JournalEntry other = quickEntry(t.clock.addDays(-2), 6, u"school was loud"_s);
    other.thoughts = u"nobody would notice"_s;
    other.feelings = {u"overwhelmed"_s};
    other.triggers = {u"exam results"_s};
    other.tried = {{{}, u"cold shower"_s, 5}};
    other.notes = u"café helped"_s;
    const QString school = t.store.add(other).id;

    CHECK(t.ids({.text = u"argu"_s}) == QStringList{walk});
    CHECK(t.ids({.text = u"ARGUMENT went"_s}) == QStringList{walk});
    CHECK(t.ids({.text = u"argument loud"_s}).isEmpty());  // every word must be found
    CHECK(t.ids({.text = u"notic"_s}) == QStringList{school});
    CHECK(t.ids({.text = u"overwh"_s}) == QStringList{school});
    CHECK(t.ids({.text = u"results"_s}) == QStringList{school});
    CHECK(t.ids({.text = u"shower"_s}) == QStringList{school});
    CHECK(t.ids({.text = u"cafe"_s}) == QStringList{school});  // accents need not be typed
    CHECK(t.ids({.text = u"\"* ( - :"_s}).isEmpty());          // query syntax is just text
    CHECK(t.ids({.text = u"  "_s}).size() == 2);               // nothing typed: everything
    CHECK(t.ids({.text = u"ment"_s}).isEmpty());               // not the middle of a word

    JournalEntry edited = *t.store.find(walk);
    edited.situation = u"a walk by the river"_s;
    t.store.update(edited);
    CHECK(t.ids({.text = u"argument"_s}).isEmpty());
    CHECK(t.ids({.text = u"river"_s}) == QStringList{walk});
}

TEST_CASE("Journal search finds a toolbox idea by its title", "[journal]") {
    JournalDb t;
    Statement idea(t.db, "SELECT id, title FROM strategies ORDER BY id LIMIT 1");
    REQUIRE(idea.step());
    const QString strategyId = idea.text(0);
    const QString firstWord = idea.text(1).split(u' ').first();
    JournalEntry e = quickEntry(t.clock, 4, u"home"_s);
    e.tried = {{strategyId, {}, 6}};
    const QString id = t.store.add(e).id;
    CHECK(t.ids({.text = firstWord}).contains(id));
}

TEST_CASE("Journal filters: trigger, feeling, urge strength and dates, alone and together", "[journal]") {
    JournalDb t;
    const QDateTime base(QDate(2026, 11, 1), QTime(12, 0), Qt::OffsetFromUTC, 0);
    JournalEntry a = quickEntry(base, 2, u"a"_s);
    a.triggers = {u"Work"_s};
    a.feelings = {u"tired"_s};
    JournalEntry b = quickEntry(base.addDays(5), 8, u"b"_s);
    b.triggers = {u"argument"_s, u"work"_s};
    b.feelings = {u"angry"_s};
    JournalEntry c = quickEntry(base.addDays(10), 9, u"c"_s);
    c.feelings = {u"Angry"_s, u"tired"_s};
    const QString ia = t.store.add(a).id, ib = t.store.add(b).id, ic = t.store.add(c).id;

    CHECK(t.ids() == QStringList{ic, ib, ia});  // newest first
    CHECK(t.ids({.trigger = u"work"_s}) == QStringList{ib, ia});
    CHECK(t.ids({.trigger = u"ARGUMENT"_s}) == QStringList{ib});
    CHECK(t.ids({.feeling = u"angry"_s}) == QStringList{ic, ib});
    CHECK(t.ids({.feeling = u"tired"_s, .urgeMin = 5}) == QStringList{ic});
    CHECK(t.ids({.urgeMin = 8, .urgeMax = 8}) == QStringList{ib});
    CHECK(t.ids({.urgeMax = 7}) == QStringList{ia});
    CHECK(t.ids({.from = base.addDays(1), .to = base.addDays(10)}) == QStringList{ib});
    CHECK(t.ids({.from = base.addDays(5)}) == QStringList{ic, ib});
    CHECK(t.ids({.to = base.addSecs(1)}) == QStringList{ia});
    CHECK(t.ids({.text = u"b"_s, .trigger = u"work"_s, .feeling = u"angry"_s, .urgeMin = 8}) == QStringList{ib});
    CHECK(t.ids({.trigger = u"nothing like it"_s}).isEmpty());

    // "work" twice: first, spelt as last saved.
    CHECK(t.store.knownTriggers() == QStringList{u"work"_s, u"argument"_s});
    CHECK(t.store.knownFeelings().size() == 2);
}

TEST_CASE("Journal pages follow on without gaps or repeats, even at the same minute", "[journal]") {
    JournalDb t;
    const QDateTime base(QDate(2026, 10, 1), QTime(9, 0), Qt::OffsetFromUTC, 7200);
    QList<JournalEntry> many;
    for (int i = 0; i < 25; ++i) {
        JournalEntry e = quickEntry(base.addSecs((i / 3) * 60), i % 11, u"entry %1"_s.arg(i));
        e.id = u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
        e.createdAt = e.updatedAt = t.clock;
        many << e;
    }
    t.store.putAll(many);
    QStringList seen;
    std::optional<JournalCursor> after;
    for (;;) {
        const QList<JournalSummary> page = t.store.page({}, after, 4);
        if (page.isEmpty()) break;
        for (const JournalSummary& s : page) seen << s.id;
        after = JournalStore::cursorAfter(page.last());
    }
    CHECK(seen.size() == 25);
    CHECK(QSet<QString>(seen.cbegin(), seen.cend()).size() == 25);
    CHECK(seen == t.ids());
    CHECK(seen.first() == many.last().id);
}

TEST_CASE("Journal entriesBetween: half-open range, oldest first, through the time index", "[journal]") {
    JournalDb t;
    const QDateTime monday(QDate(2026, 11, 16), QTime(0, 0), Qt::OffsetFromUTC, 3600);
    t.clock = monday.addDays(8);
    const QString before = t.store.add(quickEntry(monday.addSecs(-1), 1, u"sunday"_s)).id;
    const QString first = t.store.add(quickEntry(monday, 2, u"monday"_s)).id;
    const QString last = t.store.add(quickEntry(monday.addDays(7).addSecs(-1), 3, u"sunday again"_s)).id;
    t.store.add(quickEntry(monday.addDays(7), 4, u"next monday"_s));
    const QList<JournalEntry> week = t.store.entriesBetween(monday, monday.addDays(7));
    REQUIRE(week.size() == 2);
    CHECK(week.at(0).id == first);
    CHECK(week.at(1).id == last);
    CHECK(week.at(0).occurredAt.offsetFromUtc() == 3600);
    CHECK_FALSE(before.isEmpty());

    CHECK(queryPlan(t.db, "SELECT seq FROM journal_entries e WHERE e.occurred_utc >= 1 AND e.occurred_utc < 2")
              .contains(u"journal_by_time"_s));
}

TEST_CASE("Journal all: every entry, oldest first, whatever order they were written in", "[journal]") {
    JournalDb t;
    CHECK(t.store.all().isEmpty());
    const QDateTime monday(QDate(2026, 11, 16), QTime(9, 0), Qt::OffsetFromUTC, 3600);
    t.clock = monday.addDays(8);
    const QString later = t.store.add(quickEntry(monday.addDays(2), 5, u"later"_s)).id;
    const QString earlier = t.store.add(quickEntry(monday.addYears(-3), 2, u"years ago"_s)).id;
    const QString middle = t.store.add(quickEntry(monday, 7, u"monday"_s)).id;
    const QList<JournalEntry> all = t.store.all();
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).id == earlier);
    CHECK(all.at(1).id == middle);
    CHECK(all.at(2).id == later);
    CHECK(all.at(1) == *t.store.find(middle));  // whole entries, not summaries
}

TEST_CASE("Journal: one calendar year holds at most 10,000 entries", "[journal][slow]") {
    JournalDb t;
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 0);
    QList<JournalEntry> year;
    for (int i = 0; i < JournalEntry::kMaxEntriesPerYear; ++i) {
        JournalEntry e = quickEntry(start.addSecs(i * 3000), i % 11, {});
        e.id = u"10000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
        e.createdAt = e.updatedAt = t.clock;
        year << e;
    }
    t.store.putAll(year);
    try {
        t.store.add(quickEntry(QDateTime(QDate(2025, 12, 31), QTime(23, 0), Qt::OffsetFromUTC, 0), 5, {}));
        FAIL("saved");
    } catch (const InvalidJournalEntry& e) {
        CHECK(e.problems().first().field == JournalEntry::Field::OccurredAt);
    }
    CHECK(t.store.count() == JournalEntry::kMaxEntriesPerYear);
    t.store.add(quickEntry(QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::OffsetFromUTC, 0), 5, {}));
    JournalEntry moved = year.first();
    moved.urge = 9;  // editing an entry already in the full year is fine
    CHECK_NOTHROW(t.store.update(moved));
}

TEST_CASE("Journal: a draft held over a lock comes back whole, even without an urge", "[journal]") {
    JournalDb t;
    CHECK_FALSE(t.store.heldDraft().has_value());
    JournalEntry draft = fullEntry();
    draft.urge.reset();
    t.store.holdDraft(draft);
    const auto back = t.store.heldDraft();
    REQUIRE(back);
    CHECK(*back == draft);
    CHECK(t.store.count() == 0);  // held, not saved as an entry
    t.store.clearHeldDraft();
    CHECK_FALSE(t.store.heldDraft().has_value());
    CHECK(count(t.db, "SELECT count(*) FROM journal_held_draft") == 0);
}

TEST_CASE("Journal: compacting the search index drops the words of deleted entries", "[journal]") {
    JournalDb t;
    t.store.add(quickEntry(t.clock, 3, u"ordinary words"_s));
    const JournalEntry gone = t.store.add(quickEntry(t.clock, 3, u"quixotically"_s));
    t.store.add(quickEntry(t.clock, 3, u"more ordinary words"_s));
    auto indexHolds = [&t](const QByteArray& word) {
        Statement blocks(t.db,
                         "SELECT root FROM journal_search_segdir UNION ALL SELECT block FROM journal_search_segments");
        while (blocks.step())
            if (blocks.blob(0).contains(word)) return true;
        return false;
    };
    CHECK(indexHolds("quixotically"));
    t.store.remove(gone.id);
    CHECK(indexHolds("quixotically"));  // FTS4 only marks it deleted...
    t.store.compactSearchIndex();
    CHECK_FALSE(indexHolds("quixotically"));  // ...until the index is rewritten
    CHECK(t.ids({.text = u"ordinary"_s}).size() == 2);
}

TEST_CASE("Journal list page walks the time index rather than every search hit", "[journal]") {
    JournalDb t;
    Statement explain(t.db,
                      "EXPLAIN QUERY PLAN SELECT e.seq FROM journal_entries e INDEXED BY journal_by_time "
                      "JOIN journal_texts t ON t.entry = e.seq WHERE e.seq IN (SELECT docid FROM journal_search "
                      "WHERE journal_search MATCH 'a*') ORDER BY e.occurred_utc DESC, e.seq DESC LIMIT 100");
    QStringList plan;
    while (explain.step()) plan << explain.text(3);
    CHECK(plan.join(u'\n').contains(u"INDEX journal_by_time"_s));
    CHECK_FALSE(plan.join(u'\n').contains(u"TEMP B-TREE FOR ORDER BY"_s));
}
