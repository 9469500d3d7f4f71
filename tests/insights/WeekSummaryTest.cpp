#include "insights/WeekSummary.h"

#include "insights/JournalDays.h"

#include "InsightsSamples.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kBath = u"7f0c1f2e-0000-4000-8000-00000000000a"_s;
const QString kCold = u"7f0c1f2e-0000-4000-8000-00000000000b"_s;

TriedItem idea(const QString& id, std::optional<int> helped) { return {id, {}, helped}; }
TriedItem own(const QString& text, std::optional<int> helped) { return {{}, text, helped}; }

// The week of Monday 16 November 2026, the weeks before it, and two entries just outside
// it by local date although inside its UTC fetch range.
QList<JournalEntry> sampleJournal() {
    using O = JournalOutcome;
    return {
        at({2026, 10, 14}, {12, 0}, 1, 10, O::Acted),  // five weeks before: only "since start"
        at({2026, 10, 25}, {9, 0}, 1, 2, O::Passed),
        at({2026, 10, 28}, {10, 0}, 1, 6),
        at({2026, 11, 10}, {12, 0}, 1, 4, O::Coped),
        // Sunday 23:30 at UTC-5 is Monday 04:30 UTC, but Sunday for the person.
        at({2026, 11, 15}, {23, 30}, -5, 8, O::Passed, {u"noise"_s}),
        at({2026, 11, 16}, {8, 10}, 1, 3, O::Passed, {u"work"_s}, {u"tired"_s}, {idea(kBath, 6)}),
        at({2026, 11, 16}, {21, 0}, 1, 7, O::Coped, {u"argument"_s, u"Work"_s}, {u"lonely"_s, u"angry"_s},
           {idea(kBath, 8), own(u" called a friend "_s, 9)}),
        at({2026, 11, 18}, {14, 5}, 1, 5, std::nullopt, {u"argument"_s}, {u"lonely"_s},
           {own(u"Called a Friend"_s, std::nullopt)}),
        at({2026, 11, 20}, {23, 59}, 1, 9, O::Acted, {u"noise"_s}, {u"Lonely"_s}, {idea(kCold, 2)}),
        at({2026, 11, 22}, {23, 30}, 1, 10, O::Passed, {}, {}, {idea(kBath, std::nullopt)}),
        // Monday 00:30 at +14:00 is Sunday 10:30 UTC, but Monday (next week) for the person.
        at({2026, 11, 23}, {0, 30}, 14, 1, O::Passed, {u"work"_s}, {}, {own(u"music"_s, 5)}),
    };
}

const QHash<QString, QString> kTitles{{kBath, u"Warm bath"_s}, {kCold, u"Cold water"_s}};

}  // namespace

TEST_CASE("A week's counts, urges, outcomes and grid on hand-made entries", "[insights][summary]") {
    const Week week = Week::containing(QDate(2026, 11, 19), Qt::Monday);
    const WeekSummary s = summarizeWeek(week, inputOf(sampleJournal(), kTitles));

    CHECK(s.entries == 5);
    CHECK(s.urge.count == 5);
    REQUIRE(s.urge.mean);
    CHECK(*s.urge.mean == Approx(34.0 / 5));
    CHECK(s.urge.max == 10);
    CHECK(s.urge.histogram == std::array<int, 11>{0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1});
    CHECK(s.urge.strong == 3);
    CHECK(s.outcomes == OutcomeCounts{2, 1, 1, 1});

    std::array<std::array<int, 24>, 7> grid{};
    grid[0][8] = 1;
    grid[0][21] = 1;
    grid[2][14] = 1;
    grid[4][23] = 1;
    grid[6][23] = 1;  // Sunday 23:30 at +01:00: Sunday, hour 23
    CHECK(s.grid == grid);
}

TEST_CASE("Triggers and feelings: every name, most first, ties by name, case ignored", "[insights][summary]") {
    const WeekSummary s = summarizeWeek(Week::containing(QDate(2026, 11, 16)), inputOf(sampleJournal()));
    // "work" and "Work" are one trigger, shown as last written; argument ties with it.
    CHECK(s.triggers == QList<NameCount>{{u"argument"_s, 2}, {u"Work"_s, 2}, {u"noise"_s, 1}});
    CHECK(s.feelings == QList<NameCount>{{u"Lonely"_s, 3}, {u"angry"_s, 1}, {u"tired"_s, 1}});
}

TEST_CASE("Tried ideas: grouped by id or by trimmed words, unrated tries left out of the mean", "[insights][summary]") {
    const WeekSummary s = summarizeWeek(Week::containing(QDate(2026, 11, 16)), inputOf(sampleJournal(), kTitles));
    REQUIRE(s.tried.size() == 3);
    CHECK(s.tried[0].strategyId == kBath);
    CHECK(s.tried[0].title == u"Warm bath"_s);
    CHECK(s.tried[0].count == 3);
    CHECK(s.tried[0].ratedCount == 2);
    CHECK(*s.tried[0].helpedMean == Approx(7.0));
    CHECK(s.tried[1].strategyId.isEmpty());
    CHECK(s.tried[1].text == u"called a friend"_s);  // the first spelling, trimmed
    CHECK(s.tried[1].count == 2);
    CHECK(s.tried[1].ratedCount == 1);
    CHECK(*s.tried[1].helpedMean == Approx(9.0));
    CHECK(s.tried[2].title == u"Cold water"_s);
    CHECK(*s.tried[2].helpedMean == Approx(2.0));
}

TEST_CASE("Tried ideas with the same count are in label order", "[insights][summary]") {
    const QList<JournalEntry> entries{
        at({2026, 11, 17}, {10, 0}, 0, 4, std::nullopt, {}, {},
           {own(u"walk"_s, 4), idea(kBath, std::nullopt), own(u"Breathing"_s, std::nullopt)}),
    };
    const WeekSummary s = summarizeWeek(Week::containing(QDate(2026, 11, 16)), inputOf(entries, kTitles));
    REQUIRE(s.tried.size() == 3);
    CHECK(s.tried[0].label() == u"Breathing"_s);
    CHECK_FALSE(s.tried[0].helpedMean);
    CHECK(s.tried[1].label() == u"walk"_s);
    CHECK(s.tried[2].label() == u"Warm bath"_s);
}

TEST_CASE("The four weeks before: averaged per week, empty weeks included", "[insights][summary]") {
    const WeekSummary s = summarizeWeek(Week::containing(QDate(2026, 11, 16)), inputOf(sampleJournal()));
    const RecentWeeks& before = s.previousFourWeeks;
    CHECK(before.entriesPerWeek == std::array<int, 4>{1, 1, 0, 2});
    CHECK(before.entriesMean == Approx(1.0));
    REQUIRE(before.urgeMean);
    CHECK(*before.urgeMean == Approx(5.0));  // (2 + 6 + 4 + 8) / 4
    CHECK(before.strongUrgesMean == Approx(0.25));
    CHECK(before.passedOrCopedMean == Approx(0.75));
    CHECK(before.weeksWithEntries == 3);
}

TEST_CASE("Since the start: up to the end of the week, by local date", "[insights][summary]") {
    const WeekSummary s = summarizeWeek(Week::containing(QDate(2026, 11, 16)), inputOf(sampleJournal()));
    CHECK(s.sinceStart.entries == 10);  // not the Monday 00:30 (+14:00) entry of next week
    CHECK(s.sinceStart.urgesPassedOrCoped == 6);
    CHECK(s.sinceStart.weeksWithEntries == 5);
    CHECK(s.sinceStart.ideasTried == 3);  // "music" is next week's
    CHECK(s.sinceStart.timesTried == 6);
    CHECK(s.sinceStart.firstEntry == QDate(2026, 10, 14));
}

TEST_CASE("Weeks that start on Sunday take the Sunday entries of the other side", "[insights][summary]") {
    const Week week = Week::containing(QDate(2026, 11, 18), Qt::Sunday);
    REQUIRE(week.start() == QDate(2026, 11, 15));
    const WeekSummary s = summarizeWeek(week, inputOf(sampleJournal()));
    CHECK(s.entries == 5);
    CHECK(s.grid[0][23] == 1);  // Sunday 15th, 23:30 at UTC-5
    CHECK(s.grid[1][8] == 1);
    CHECK(s.grid[1][21] == 1);
    CHECK(s.grid[3][14] == 1);
    CHECK(s.grid[5][23] == 1);
    CHECK(s.urge.max == 9);  // the Sunday 22nd entry (urge 10) is next week's now
    CHECK(s.sinceStart.entries == 9);
    CHECK(s.sinceStart.weeksWithEntries == 4);  // weeks of 11 Oct, 25 Oct, 8 Nov, 15 Nov
    CHECK(s.previousFourWeeks.entriesPerWeek == std::array<int, 4>{0, 2, 0, 1});
}

TEST_CASE("Entries across a daylight-saving change keep their own local hour", "[insights][summary]") {
    const QTimeZone london("Europe/London");
    REQUIRE(london.isValid());
    auto local = [&](const QDate& d, const QTime& t, int urge) {
        JournalEntry e = at(d, t, 0, urge);
        const QDateTime zoned(d, t, london);
        e.occurredAt = zoned.toOffsetFromUtc(zoned.offsetFromUtc());
        return e;
    };
    // Clocks went forward at 01:00 UTC on Sunday 29 March 2026.
    QList<JournalEntry> entries{local({2026, 3, 29}, {0, 30}, 3), local({2026, 3, 29}, {2, 30}, 4),
                                local({2026, 3, 29}, {23, 30}, 5), local({2026, 3, 30}, {0, 30}, 6)};
    REQUIRE(entries[0].occurredAt.offsetFromUtc() == 0);
    REQUIRE(entries[1].occurredAt.offsetFromUtc() == 3600);
    // And back at 01:00 UTC on Sunday 25 October: 01:30 happened twice.
    const QDateTime first = QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC).toOffsetFromUtc(3600);
    const QDateTime second = QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC).toOffsetFromUtc(0);
    REQUIRE(first.time() == QTime(1, 30));
    REQUIRE(second.time() == QTime(1, 30));
    entries << at({}, {}, 0, 7) << at({}, {}, 0, 8);
    entries[4].occurredAt = first;
    entries[5].occurredAt = second;

    const WeekSummary spring = summarizeWeek(Week::containing(QDate(2026, 3, 25)), inputOf(entries));
    CHECK(spring.entries == 3);
    CHECK(spring.grid[6][0] == 1);
    CHECK(spring.grid[6][2] == 1);
    CHECK(spring.grid[6][23] == 1);
    const WeekSummary after = summarizeWeek(Week::containing(QDate(2026, 3, 30)), inputOf(entries));
    CHECK(after.entries == 1);
    CHECK(after.grid[0][0] == 1);
    const WeekSummary autumn = summarizeWeek(Week::containing(QDate(2026, 10, 25)), inputOf(entries));
    CHECK(autumn.entries == 2);
    CHECK(autumn.grid[6][1] == 2);
}

TEST_CASE("An empty week: zero, no mean, no strongest, and the weeks before still counted", "[insights][summary]") {
    const WeekSummary s = summarizeWeek(Week::containing(QDate(2026, 11, 4)), inputOf(sampleJournal()));
    CHECK(s.isEmpty());
    CHECK(s.urge.count == 0);
    CHECK_FALSE(s.urge.mean);
    CHECK_FALSE(s.urge.max);
    CHECK(s.urge.histogram == std::array<int, 11>{});
    CHECK(s.grid == std::array<std::array<int, 24>, 7>{});
    CHECK(s.triggers.isEmpty());
    CHECK(s.tried.isEmpty());
    CHECK(s.outcomes == OutcomeCounts{});
    CHECK(s.previousFourWeeks.entriesPerWeek == std::array<int, 4>{0, 1, 1, 1});
    CHECK(s.sinceStart.entries == 3);

    const WeekSummary nothing = summarizeWeek(Week::containing(QDate(2026, 11, 4)), ReviewInput{});
    CHECK(nothing.isEmpty());
    CHECK_FALSE(nothing.previousFourWeeks.hasEntries());
    CHECK_FALSE(nothing.previousFourWeeks.urgeMean);
    CHECK(nothing.sinceStart.entries == 0);
    CHECK_FALSE(nothing.sinceStart.firstEntry);
}

TEST_CASE("One very hard day does not take away anything counted since the start", "[insights][summary]") {
    QList<JournalEntry> entries;
    for (int day = 9; day <= 13; ++day)
        entries << at({2026, 11, day}, {18, 0}, 1, 4, JournalOutcome::Passed, {}, {}, {own(u"walk"_s, 7)});
    for (int hour = 8; hour < 14; ++hour) entries << at({2026, 11, 18}, {hour, 0}, 1, 10, JournalOutcome::Acted);
    const Week before = Week::containing(QDate(2026, 11, 9));
    const WeekSummary a = summarizeWeek(before, inputOf(entries));
    const WeekSummary b = summarizeWeek(before.next(), inputOf(entries));

    CHECK(b.entries == 6);
    CHECK(b.outcomes.acted == 6);
    CHECK(b.sinceStart.urgesPassedOrCoped == a.sinceStart.urgesPassedOrCoped);
    CHECK(b.sinceStart.urgesPassedOrCoped == 5);
    CHECK(b.sinceStart.entries > a.sinceStart.entries);
    CHECK(b.sinceStart.weeksWithEntries == a.sinceStart.weeksWithEntries + 1);
    CHECK(b.sinceStart.ideasTried == a.sinceStart.ideasTried);
    CHECK(b.previousFourWeeks.entriesPerWeek == std::array<int, 4>{0, 0, 0, 5});
}

TEST_CASE("Grouping keys ignore case and surrounding spaces", "[insights][summary]") {
    CHECK(triedKey(QString(), u"  Called a Friend "_s) == triedKey(QString(), u"called a friend"_s));
    CHECK(triedKey(kBath, u"ignored"_s) == triedKey(kBath, QString()));
    CHECK(triedKey(QString(), u"   "_s).isEmpty());
    CHECK(tagKey(u" Late  night "_s) == tagKey(u"late night"_s));
}

TEST_CASE("Days and tallies added up give the same figures as per-entry facts", "[insights][summary]") {
    const QList<JournalEntry> journal = sampleJournal();
    for (const Qt::DayOfWeek first : {Qt::Monday, Qt::Sunday}) {
        const Week week = Week::containing(QDate(2026, 11, 19), first);
        ReviewInput perEntry = inputOf(journal, kTitles);
        ReviewInput added = perEntry;
        added.days = daysOf(perEntry.facts, week.last());
        added.tallies = talliesOf(perEntry.tried, week.last());
        added.facts.clear();
        added.tried.clear();
        const WeekSummary a = summarizeWeek(week, perEntry);
        const WeekSummary b = summarizeWeek(week, added);
        CHECK(a.previousFourWeeks.entriesPerWeek == b.previousFourWeeks.entriesPerWeek);
        CHECK(a.previousFourWeeks.urgeMean == b.previousFourWeeks.urgeMean);
        CHECK(a.previousFourWeeks.strongUrgesMean == b.previousFourWeeks.strongUrgesMean);
        CHECK(a.sinceStart.entries == b.sinceStart.entries);
        CHECK(a.sinceStart.urgesPassedOrCoped == b.sinceStart.urgesPassedOrCoped);
        CHECK(a.sinceStart.weeksWithEntries == b.sinceStart.weeksWithEntries);
        CHECK(a.sinceStart.ideasTried == b.sinceStart.ideasTried);
        CHECK(a.sinceStart.timesTried == b.sinceStart.timesTried);
        CHECK(a.sinceStart.firstEntry == b.sinceStart.firstEntry);
    }
    // A day is the entries' local date: Sunday 23:30 at UTC-5 and Monday 00:30 at +14:00.
    const QList<JournalDay> days = daysOf(factsOf(journal));
    auto on = [&](const QDate& d) {
        for (const JournalDay& day : days)
            if (day.julianDay == d.toJulianDay()) return day;
        return JournalDay{};
    };
    CHECK(on(QDate(2026, 11, 15)).entries == 1);
    CHECK(on(QDate(2026, 11, 15)).urges[8] == 1);
    CHECK(on(QDate(2026, 11, 16)).entries == 2);
    CHECK(on(QDate(2026, 11, 16)).passed == 1);
    CHECK(on(QDate(2026, 11, 16)).coped == 1);
    CHECK(on(QDate(2026, 11, 23)).entries == 1);
    CHECK(daysOf(factsOf(journal), QDate(2026, 11, 22)).size() == days.size() - 1);
}
