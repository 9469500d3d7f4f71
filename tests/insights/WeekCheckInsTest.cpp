#include "insights/WeekCheckIns.h"

#include "insights/WeekSummary.h"

#include "InsightsSamples.h"

#include <QMap>
#include <QSet>

#include <algorithm>

#include <random>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kWalk = u"7f0c1f2e-0000-4000-8000-0000000000c1"_s;
const QString kMusic = u"7f0c1f2e-0000-4000-8000-0000000000c2"_s;
const QHash<QString, QString> kTitles{{kWalk, u"A short walk"_s}, {kMusic, u"Music"_s}};

CheckIn checkIn(const QDate& day, int overall, std::optional<int> urge = std::nullopt, QStringList feelings = {},
                QList<CheckInHelp> helped = {}, SelfCare care = {}) {
    CheckIn c;
    c.day = day;
    c.overall = overall;
    c.urge = urge;
    c.feelings = std::move(feelings);
    c.helped = std::move(helped);
    c.selfCare = care;
    return c;
}

CheckInHelp idea(const QString& id) { return {id, {}}; }
CheckInHelp own(const QString& text) { return {{}, text}; }

}  // namespace

TEST_CASE("The week's check-ins are laid out by day, first day first", "[insights][checkins]") {
    // Sunday first (as in the United States): Sunday 15 to Saturday 21 November 2026.
    const Week week = Week::containing(QDate(2026, 11, 18), Qt::Sunday);
    SelfCare care;
    care.sleepHours = 7.5;
    care.ate = true;
    care.medication = false;
    const QList<CheckIn> checkIns{
        checkIn({2026, 11, 14}, 9),  // the Saturday before: not this week
        checkIn({2026, 11, 18}, 6, 2, {}, {}, care), checkIn({2026, 11, 15}, 4, 7),
        checkIn({2026, 11, 22}, 1),  // the Sunday after
    };
    const WeekCheckIns w = weekCheckIns(week, checkIns, kTitles);
    CHECK(w.daysCheckedIn == 2);
    CHECK_FALSE(w.isEmpty());
    REQUIRE(w.days[0]);
    CHECK(w.days[0]->day == QDate(2026, 11, 15));
    CHECK(w.overall(0) == 4);
    CHECK(w.urge(0) == 7);
    CHECK_FALSE(w.days[1]);
    CHECK_FALSE(w.overall(1));
    REQUIRE(w.days[3]);
    CHECK(w.overall(3) == 6);
    CHECK(w.urge(3) == 2);
    CHECK(w.selfCare(3) == care);
    CHECK(w.selfCare(1) == SelfCare{});  // a day without a check-in says nothing
    for (int d : {1, 2, 4, 5, 6}) CHECK_FALSE(w.days[std::size_t(d)]);
}

TEST_CASE("Check-in feelings are grouped as the journal groups names", "[insights][checkins]") {
    const Week week = Week::containing(QDate(2026, 11, 16), Qt::Monday);
    const QList<CheckIn> checkIns{
        checkIn({2026, 11, 16}, 5, {}, {u"tired"_s, u"lonely"_s}),
        checkIn({2026, 11, 17}, 5, {}, {u"Lonely"_s}),
        checkIn({2026, 11, 19}, 5, {}, {u"  lonely "_s, u"calm"_s}),
        checkIn({2026, 11, 20}, 5, {}, {u"Tired"_s}),
    };
    const WeekCheckIns w = weekCheckIns(week, checkIns, kTitles);
    REQUIRE(w.feelings.size() == 3);
    CHECK(w.feelings[0].text == u"lonely"_s);  // the latest spelling, most days first
    CHECK(w.feelings[0].days == std::array<bool, 7>{true, true, false, true, false, false, false});
    CHECK(w.feelings[1].text == u"Tired"_s);
    CHECK(w.feelings[1].count() == 2);
    CHECK(w.feelings[2].text == u"calm"_s);
    CHECK(w.feelings[2].days == std::array<bool, 7>{false, false, false, true, false, false, false});
}

TEST_CASE("What helped shows toolbox ideas by title and own words grouped", "[insights][checkins]") {
    const Week week = Week::containing(QDate(2026, 11, 16), Qt::Monday);
    const QString gone = u"7f0c1f2e-0000-4000-8000-0000000000ff"_s;
    const QList<CheckIn> checkIns{
        checkIn({2026, 11, 16}, 5, {}, {}, {idea(kWalk), own(u" Called a friend "_s)}),
        checkIn({2026, 11, 18}, 5, {}, {}, {idea(kWalk), own(u"called a FRIEND"_s), idea(gone)}),
        checkIn({2026, 11, 22}, 5, {}, {}, {idea(kWalk), idea(kMusic)}),
    };
    const WeekCheckIns w = weekCheckIns(week, checkIns, kTitles);
    REQUIRE(w.helped.size() == 4);
    CHECK(w.helped[0].strategyId == kWalk);
    CHECK(w.helped[0].label() == u"A short walk"_s);
    CHECK(w.helped[0].days == std::array<bool, 7>{true, false, true, false, false, false, true});
    CHECK(w.helped[1].strategyId.isEmpty());
    CHECK(w.helped[1].label() == u"Called a friend"_s);  // the first spelling, trimmed
    CHECK(w.helped[1].count() == 2);
    // One day each, then by label: an idea no longer in the toolbox has none, so it comes first.
    CHECK(w.helped[2].strategyId == gone);
    CHECK(w.helped[2].label().isEmpty());
    CHECK(w.helped[3].label() == u"Music"_s);

    const CheckInSentences s = describeCheckIns(w);
    CHECK(s.days == u"You checked in on 3 days this week."_s);
    CHECK(s.helped.startsWith(
        u"On the days you noted it, what helped: A short walk (3 days), Called a friend (2 days)"_s));
    CHECK(s.helped.contains(u"Music (one day)."_s));
}

TEST_CASE("The check-in sentences describe and never count days without one", "[insights][checkins]") {
    const Week week = Week::containing(QDate(2026, 11, 16), Qt::Monday);
    const CheckInSentences none = describeCheckIns(weekCheckIns(week, {}, kTitles));
    CHECK(none.days == u"There are no check-ins for this week."_s);
    CHECK(none.helped.isEmpty());
    const CheckInSentences one = describeCheckIns(weekCheckIns(week, {checkIn({2026, 11, 17}, 3)}, kTitles));
    CHECK(one.days == u"You checked in on one day this week."_s);
    CHECK(one.helped.isEmpty());
    for (const QString& text : one.all() + none.all()) {
        for (const QString& word : {u"missed"_s, u"only"_s, u"better"_s, u"worse"_s, u"streak"_s})
            CHECK_FALSE(text.contains(word, Qt::CaseInsensitive));
    }
}

// Property-style: on random weeks of check-ins, the grouping agrees with a plain count of
// my own, made a different way (one pass per day and per key, no shared helpers).
TEST_CASE("Check-in ticks agree with a plain count on generated weeks", "[insights][checkins]") {
    std::mt19937 rng(20261116);
    const QStringList feelingWords{u"calm"_s, u"Calm"_s, u" tired"_s, u"lonely"_s, u"LONELY "_s, u"hopeful"_s};
    const QStringList ownWords{u"tea"_s, u" Tea"_s, u"a bath"_s, u"A BATH "_s, u"drawing"_s};
    const QList<CheckInHelp> ideas{idea(kWalk), idea(kMusic)};
    for (int round = 0; round < 200; ++round) {
        const auto firstDay = Qt::DayOfWeek(1 + int(rng() % 7));
        const Week week = Week::containing(QDate(2026, 1, 1).addDays(int(rng() % 365)), firstDay);
        QList<CheckIn> checkIns;
        // Days from a week before to a week after, each with or without a check-in.
        for (int offset = -7; offset < 14; ++offset) {
            if (rng() % 2) continue;
            QStringList feelings;
            for (const QString& f : feelingWords)
                if (rng() % 3 == 0) feelings << f;
            QList<CheckInHelp> helped;
            for (const CheckInHelp& h : ideas)
                if (rng() % 3 == 0) helped << h;
            for (const QString& t : ownWords)
                if (rng() % 4 == 0) helped << own(t);
            checkIns << checkIn(week.start().addDays(offset), int(rng() % 11), std::nullopt, feelings, helped);
        }
        std::shuffle(checkIns.begin(), checkIns.end(), rng);

        // My own count: for each day of the week, the set of lowered, trimmed names.
        QMap<QString, QSet<int>> feelingDays;
        QMap<QString, QSet<int>> helpedDays;
        int days = 0;
        for (int d = 0; d < 7; ++d) {
            for (const CheckIn& c : checkIns) {
                if (c.day != week.start().addDays(d)) continue;
                ++days;
                for (const QString& f : c.feelings) feelingDays[f.trimmed().toLower()].insert(d);
                for (const CheckInHelp& h : c.helped)
                    helpedDays[h.strategyId.isEmpty() ? u"words "_s + h.text.trimmed().toLower() : h.strategyId].insert(
                        d);
            }
        }

        const WeekCheckIns w = weekCheckIns(week, checkIns, kTitles);
        CHECK(w.daysCheckedIn == days);
        QMap<QString, QSet<int>> gotFeelings;
        for (const TickedDays& row : w.feelings)
            for (int d = 0; d < 7; ++d)
                if (row.days[std::size_t(d)]) gotFeelings[row.text.toLower()].insert(d);
        CHECK(gotFeelings == feelingDays);
        CHECK(gotFeelings.size() == w.feelings.size());  // each group once
        QMap<QString, QSet<int>> gotHelped;
        for (const TickedDays& row : w.helped)
            for (int d = 0; d < 7; ++d)
                if (row.days[std::size_t(d)])
                    gotHelped[row.strategyId.isEmpty() ? u"words "_s + row.text.toLower() : row.strategyId].insert(d);
        CHECK(gotHelped == helpedDays);
        CHECK(gotHelped.size() == w.helped.size());  // each group once
        for (qsizetype i = 1; i < w.helped.size(); ++i) CHECK(w.helped[i - 1].count() >= w.helped[i].count());
        for (qsizetype i = 1; i < w.feelings.size(); ++i) CHECK(w.feelings[i - 1].count() >= w.feelings[i].count());
        for (int d = 0; d < 7; ++d) {
            const auto& day = w.days[std::size_t(d)];
            if (day) CHECK(day->day == week.start().addDays(d));
        }
    }
}
