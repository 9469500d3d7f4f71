#include "insights/WhatHelps.h"

#include "insights/JournalDays.h"
#include "insights/RecurringTriggers.h"
#include "insights/WeekTrend.h"

#include "InsightsSamples.h"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

TriedFact tried(const QString& id, const QString& text, std::optional<int> helped) {
    return {1763300000, 3600, id, text, helped};
}

}  // namespace

TEST_CASE("What helps: tried at least three times, ranked by mean, ties stable", "[insights][helps]") {
    const QHash<QString, QString> titles{{u"a"_s, u"Warm bath"_s},
                                         {u"b"_s, u"Cold water"_s},
                                         {u"c"_s, u"Music"_s},
                                         {u"d"_s, u"Another walk"_s},
                                         {u"e"_s, u"Ice"_s}};
    QList<TriedFact> facts{
        tried(u"a"_s, {}, 8),      tried(u"a"_s, {}, 8),    tried(u"a"_s, {}, 8),
        tried(u"b"_s, {}, 9),      tried(u"b"_s, {}, {}),   tried(u"b"_s, {}, {}),  // one rating, three tries
        tried(u"c"_s, {}, 10),     tried(u"c"_s, {}, 10),                           // only twice
        tried(u"d"_s, {}, 7),      tried(u"d"_s, {}, 9),    tried(u"d"_s, {}, 8),   // the same mean as a
        tried(u"e"_s, {}, {}),     tried(u"e"_s, {}, {}),   tried(u"e"_s, {}, {}),  // never rated
        tried({}, u" walk "_s, 8), tried({}, u"Walk"_s, 8), tried({}, u"walk"_s, {}),
    };
    auto order = [](const QList<HelpfulIdea>& ideas) {
        QStringList out;
        for (const HelpfulIdea& idea : ideas) out << idea.label().toCaseFolded();
        return out;
    };
    const QList<HelpfulIdea> ranked = whatHelps(facts, titles);
    CHECK(order(ranked) == QStringList{u"cold water"_s, u"another walk"_s, u"warm bath"_s, u"walk"_s});
    CHECK(ranked[0].timesTried == 3);
    CHECK(ranked[0].ratedCount == 1);
    CHECK(ranked[0].helpedMean == Approx(9.0));
    CHECK(ranked[3].strategyId.isEmpty());
    CHECK(ranked[3].text == u"walk"_s);  // trimmed first spelling
    CHECK(ranked[3].timesTried == 3);

    std::reverse(facts.begin(), facts.end());
    CHECK(order(whatHelps(facts, titles)) == order(ranked));
    std::rotate(facts.begin(), facts.begin() + 5, facts.end());
    CHECK(order(whatHelps(facts, titles)) == order(ranked));

    CHECK(order(whatHelps(facts, titles, {2})).contains(u"music"_s));
    CHECK(whatHelps(QList<TriedFact>{}, titles).isEmpty());

    // Added up first (as the store does), the ranking is the same.
    CHECK(order(whatHelps(talliesOf(facts), titles)) == order(ranked));
    QList<TriedTally> tallies = talliesOf(facts);
    std::reverse(tallies.begin(), tallies.end());
    CHECK(order(whatHelps(tallies, titles)) == order(ranked));
}

TEST_CASE("An idea no longer in the toolbox keeps its place with an empty title", "[insights][helps]") {
    const QList<HelpfulIdea> ranked =
        whatHelps({tried(u"gone"_s, {}, 5), tried(u"gone"_s, {}, 6), tried(u"gone"_s, {}, 7)}, {});
    REQUIRE(ranked.size() == 1);
    CHECK(ranked[0].strategyId == u"gone"_s);
    CHECK(ranked[0].title.isEmpty());
    CHECK(ranked[0].helpedMean == Approx(6.0));
}

TEST_CASE("A trigger named in three of the last four weeks keeps coming back", "[insights][recurring]") {
    const Week week = Week::containing(QDate(2026, 11, 18));
    auto on = [](const QDate& d, QStringList triggers) { return at(d, {12, 0}, 1, 5, std::nullopt, triggers); };
    const QList<JournalEntry> entries{
        on({2026, 10, 20}, {u"crowds"_s}),                 // five weeks back: outside
        on({2026, 10, 27}, {u"crowds"_s, u"Argument"_s}),  // three back
        on({2026, 10, 28}, {u"work"_s}),
        on({2026, 11, 3}, {u"crowds"_s, u"argument"_s, u"noise"_s}),
        on({2026, 11, 10}, {u"argument"_s, u"work"_s}),
        on({2026, 11, 11}, {u"Work "_s}),
        on({2026, 11, 17}, {u"noise"_s, u"work"_s}),
        on({2026, 11, 24}, {u"crowds"_s}),  // next week: outside
    };
    CHECK(recurringTriggers(week, entries) == QList<RecurringTrigger>{{u"work"_s, 3, 4}, {u"argument"_s, 3, 3}});
    CHECK(recurringTriggers(week, entries, {u" ARGUMENT"_s}) == QList<RecurringTrigger>{{u"work"_s, 3, 4}});
    CHECK(recurringTriggers(week.previous(), entries) ==
          QList<RecurringTrigger>{{u"argument"_s, 3, 3}, {u"crowds"_s, 3, 3}});
    CHECK(recurringTriggers(week, entries, {}, {2, 4}).size() == 4);
}

TEST_CASE("The trend keeps weeks with nothing written as zeros", "[insights][trend]") {
    const Week week = Week::containing(QDate(2026, 11, 18));
    const QList<JournalEntry> entries{
        at({2026, 11, 2}, {9, 0}, 1, 8, JournalOutcome::Passed), at({2026, 11, 4}, {9, 0}, 1, 4, JournalOutcome::Acted),
        at({2026, 11, 22}, {23, 30}, 1, 6, JournalOutcome::Coped), at({2026, 11, 23}, {0, 30}, 14, 6)};
    const QList<WeekPoint> trend = weeklyTrend(week, 4, factsOf(entries));
    CHECK(weeklyTrend(week, 4, daysOf(factsOf(entries))).size() == 4);
    CHECK(weeklyTrend(week, 4, daysOf(factsOf(entries)))[1].strongUrges == 1);
    REQUIRE(trend.size() == 4);
    CHECK(trend[0].week.start() == QDate(2026, 10, 26));
    CHECK(trend[0].entries == 0);
    CHECK_FALSE(trend[0].urgeMean);
    CHECK(trend[1].entries == 2);
    CHECK(*trend[1].urgeMean == Approx(6.0));
    CHECK(trend[1].strongUrges == 1);
    CHECK(trend[1].passedOrCoped == 1);
    CHECK(trend[2].entries == 0);
    CHECK(trend[3].entries == 1);
    CHECK(trend[3].week == week);
}
