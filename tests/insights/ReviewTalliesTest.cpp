// The review worked out from what the store keeps added up (days with their tries, every
// idea over all time with its first day: JournalStore::journalDays / triedTallies) must
// say exactly what the per-entry facts say, for the latest week and for weeks long past.
#include "insights/JournalDays.h"
#include "insights/LocalDay.h"
#include "insights/WeekSummary.h"
#include "insights/WeekTrend.h"
#include "insights/WhatHelps.h"

#include "InsightsSamples.h"

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kBath = u"7f0c1f2e-0000-4000-8000-0000000000aa"_s;
const QString kCold = u"7f0c1f2e-0000-4000-8000-0000000000bb"_s;

TriedItem idea(const QString& id, std::optional<int> helped) { return {id, {}, helped}; }
TriedItem own(const QString& text, std::optional<int> helped) { return {{}, text, helped}; }

// Eight weeks, ideas first tried at different times, spellings that differ, offsets that
// move an entry to another local day, a setback week.
QList<JournalEntry> journal() {
    using O = JournalOutcome;
    return {
        at({2026, 9, 28}, {9, 0}, 1, 6, O::Passed, {}, {}, {own(u"Walk"_s, 7)}),
        at({2026, 10, 4}, {23, 30}, -5, 8, O::Coped, {}, {}, {idea(kBath, 6), own(u"walk "_s, std::nullopt)}),
        at({2026, 10, 12}, {7, 0}, 2, 4, std::nullopt),
        at({2026, 10, 21}, {20, 0}, 1, 9, O::Acted, {}, {}, {idea(kCold, 3)}),
        at({2026, 10, 21}, {22, 0}, 1, 10, O::Acted),
        at({2026, 11, 2}, {0, 30}, 14, 3, O::Passed, {}, {}, {idea(kBath, 9), own(u"music"_s, 5)}),
        at({2026, 11, 10}, {12, 0}, 0, 5, O::Coped, {}, {}, {own(u"Music"_s, 8), idea(kCold, std::nullopt)}),
        at({2026, 11, 17}, {18, 0}, 1, 7, O::Passed, {}, {}, {own(u"tea"_s, 6), idea(kBath, 4)}),
        at({2026, 11, 19}, {21, 0}, 1, 8, O::Acted, {}, {}, {own(u"tea"_s, 2)}),
    };
}

// What exchange/ReviewFetch hands over: every day with its tries, every idea ever tried.
ReviewInput addedUp(const QList<JournalEntry>& entries) {
    ReviewInput input;
    input.entries = entries;
    input.days = daysOf(factsOf(entries));
    for (const TriedFact& t : triedOf(entries))
        for (JournalDay& day : input.days)
            if (day.julianDay == insights::localJulianDay(t.occurredUtc, t.utcOffset)) ++day.tried;
    input.tallies = talliesOf(triedOf(entries));
    return input;
}

void checkSame(const SinceStart& a, const SinceStart& b) {
    CHECK(a.urgesPassedOrCoped == b.urgesPassedOrCoped);
    CHECK(a.entries == b.entries);
    CHECK(a.weeksWithEntries == b.weeksWithEntries);
    CHECK(a.ideasTried == b.ideasTried);
    CHECK(a.timesTried == b.timesTried);
    CHECK(a.firstEntry == b.firstEntry);
}

}  // namespace

TEST_CASE("Figures from added-up days and ideas equal those from every entry, week by week",
          "[insights][summary][tallies]") {
    const QList<JournalEntry> entries = journal();
    for (const Qt::DayOfWeek first : {Qt::Monday, Qt::Sunday}) {
        for (Week week = Week::containing(QDate(2026, 9, 21), first); week.start() < QDate(2026, 11, 30);
             week = week.next()) {
            INFO(week.startText().toStdString() << " first day " << int(first));
            const WeekSummary a = summarizeWeek(week, inputOf(entries));
            const WeekSummary b = summarizeWeek(week, addedUp(entries));
            checkSame(a.sinceStart, b.sinceStart);
            CHECK(a.previousFourWeeks.entriesPerWeek == b.previousFourWeeks.entriesPerWeek);
            CHECK(a.previousFourWeeks.urgeMean == b.previousFourWeeks.urgeMean);
            CHECK(a.previousFourWeeks.passedOrCopedMean == b.previousFourWeeks.passedOrCopedMean);
            const QList<WeekPoint> trendA = weeklyTrend(week, 12, factsOf(entries));
            const QList<WeekPoint> trendB = weeklyTrend(week, 12, addedUp(entries).days);
            REQUIRE(trendA.size() == trendB.size());
            for (qsizetype i = 0; i < trendA.size(); ++i) {
                CHECK(trendA[i].entries == trendB[i].entries);
                CHECK(trendA[i].urgeMean == trendB[i].urgeMean);
                CHECK(trendA[i].passedOrCoped == trendB[i].passedOrCoped);
            }
        }
    }
}

TEST_CASE("Ideas tried count only from their first day; later tries do not reach back",
          "[insights][summary][tallies]") {
    const QList<JournalEntry> entries = journal();
    const Week early = Week::containing(QDate(2026, 10, 5));  // walk (twice) and the bath so far
    const WeekSummary s = summarizeWeek(early, addedUp(entries));
    CHECK(s.sinceStart.ideasTried == 2);
    CHECK(s.sinceStart.timesTried == 3);
    // The 4 October entry at UTC-5 is Sunday for the person: a week that ends Saturday
    // 3 October holds only the Monday walk.
    const WeekSummary before = summarizeWeek(Week::containing(QDate(2026, 10, 3), Qt::Sunday), addedUp(entries));
    CHECK(before.sinceStart.ideasTried == 1);
    CHECK(before.sinceStart.timesTried == 1);
}

TEST_CASE("Added-up figures never drop over a setback week", "[insights][summary][tallies]") {
    const QList<JournalEntry> entries = journal();
    SinceStart last;
    for (Week week = Week::containing(QDate(2026, 9, 28)); week.start() < QDate(2026, 11, 30); week = week.next()) {
        const SinceStart now = summarizeWeek(week, addedUp(entries)).sinceStart;
        CHECK(now.urgesPassedOrCoped >= last.urgesPassedOrCoped);
        CHECK(now.entries >= last.entries);
        CHECK(now.weeksWithEntries >= last.weeksWithEntries);
        CHECK(now.ideasTried >= last.ideasTried);
        CHECK(now.timesTried >= last.timesTried);
        last = now;
    }
}

TEST_CASE("What helps from all-time tallies is the same as from every tried item", "[insights][helps][tallies]") {
    const QList<TriedFact> tried = triedOf(journal());
    auto labels = [](const QList<HelpfulIdea>& ideas) {
        QStringList out;
        for (const HelpfulIdea& i : ideas) out << i.label() + u'/' + QString::number(i.timesTried);
        return out;
    };
    const QHash<QString, QString> titles{{kBath, u"Warm bath"_s}, {kCold, u"Cold water"_s}};
    CHECK(labels(whatHelps(addedUp(journal()).tallies, titles)) == labels(whatHelps(tried, titles)));
    CHECK(labels(whatHelps(tried, titles)).contains(u"Warm bath/3"_s));
}
