#include "insights/InsightsSamples.h"
#include "insights/RangeReport.h"
#include "insights/Week.h"
#include "insights/WeekSummary.h"

#include <QMap>
#include <QSet>

#include <catch2/catch.hpp>

#include <random>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

// Twenty weeks of varied entries: offsets from -12 h to +14 h (so local dates differ from
// UTC dates), names in changing case and spacing, tries of toolbox ideas and own words.
QList<JournalEntry> generatedEntries(std::uint32_t seed, const QDate& firstDay, int days) {
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return int(rng() % std::uint32_t(n)); };
    const QStringList triggers = {u"Work"_s, u"work "_s, u"Family"_s, u"Being  alone"_s, u"being alone"_s, u"Nights"_s};
    const QStringList feelings = {u"Sad"_s, u"sad"_s, u"Angry"_s, u"Lonely"_s, u"Tired"_s};
    const QStringList ownWords = {u"Called a friend"_s, u"called a friend "_s, u"Cold water"_s, u"Music"_s};
    const QStringList ideas = {u"idea-a"_s, u"idea-b"_s, u"idea-c"_s};
    QList<JournalEntry> out;
    const int count = 60 + pick(140);
    for (int i = 0; i < count; ++i) {
        const QDate date = firstDay.addDays(pick(days));
        const QTime time(pick(24), pick(60));
        const double offset = double(pick(27) - 12);
        std::optional<JournalOutcome> outcome;
        switch (pick(4)) {
            case 0:
                outcome = JournalOutcome::Passed;
                break;
            case 1:
                outcome = JournalOutcome::Coped;
                break;
            case 2:
                outcome = JournalOutcome::Acted;
                break;
            default:
                break;
        }
        QStringList t, f;
        for (int k = pick(3); k > 0; --k) t.append(triggers[pick(int(triggers.size()))]);
        for (int k = pick(3); k > 0; --k) f.append(feelings[pick(int(feelings.size()))]);
        QList<TriedItem> tried;
        for (int k = pick(3); k > 0; --k) {
            TriedItem item;
            if (pick(2) == 0)
                item.strategyId = ideas[pick(int(ideas.size()))];
            else
                item.text = ownWords[pick(int(ownWords.size()))];
            if (pick(3) != 0) item.helped = pick(11);
            tried.append(item);
        }
        out.append(at(date, time, offset, pick(11), outcome, t, f, tried));
    }
    return out;
}

ReportInput reportInputOf(const QList<JournalEntry>& entries) {
    ReportInput input;
    input.entries = entries;
    input.titles = {{u"idea-a"_s, u"Breathing"_s}, {u"idea-b"_s, u"A walk"_s}};
    return input;
}

// Counts by grouping key, the way a reader would check them by hand.
using Counts = QMap<QString, int>;

Counts namesByKey(const QList<NameCount>& names) {
    Counts out;
    for (const NameCount& n : names) out[tagKey(n.name)] += n.count;
    return out;
}

struct TriedCounts {
    Counts tried;
    Counts rated;
    bool operator==(const TriedCounts&) const = default;
};

TriedCounts triedByKey(const QList<TriedIdea>& ideas) {
    TriedCounts out;
    for (const TriedIdea& idea : ideas) {
        const QString key = triedKey(idea.strategyId, idea.text);
        out.tried[key] += idea.count;
        out.rated[key] += idea.ratedCount;
    }
    return out;
}

// The figures worked out directly from the entries, independently of the insights code.
struct Direct {
    int entries = 0;
    std::array<int, JournalEntry::kMaxUrge + 1> histogram{};
    OutcomeCounts outcomes;
    Counts triggers;
    Counts feelings;
    TriedCounts tried;
    QMap<QDate, int> perWeek;  // week start -> entries
};

Direct direct(const QList<JournalEntry>& entries, const QDate& from, const QDate& to, Qt::DayOfWeek firstDay) {
    Direct d;
    for (const JournalEntry& e : entries) {
        const QDateTime local = e.occurredAt.toOffsetFromUtc(e.occurredAt.offsetFromUtc());
        const QDate day = local.date();
        if (day < from || day > to) continue;
        ++d.entries;
        ++d.histogram[std::size_t(*e.urge)];
        if (!e.outcome)
            ++d.outcomes.unknown;
        else if (*e.outcome == JournalOutcome::Passed)
            ++d.outcomes.passed;
        else if (*e.outcome == JournalOutcome::Coped)
            ++d.outcomes.coped;
        else
            ++d.outcomes.acted;
        QSet<QString> triggerKeys;
        for (const QString& t : e.triggers) triggerKeys.insert(t.simplified().toCaseFolded());
        for (const QString& key : triggerKeys) ++d.triggers[key];
        QSet<QString> feelingKeys;
        for (const QString& f : e.feelings) feelingKeys.insert(f.simplified().toCaseFolded());
        for (const QString& key : feelingKeys) ++d.feelings[key];
        for (const TriedItem& item : e.tried) {
            const QString key = item.strategyId.isEmpty() ? u"text:"_s + item.text.trimmed().toCaseFolded()
                                                          : u"id:"_s + item.strategyId;
            ++d.tried.tried[key];
            d.tried.rated[key] += item.helped ? 1 : 0;
        }
        const int back = (day.dayOfWeek() - int(firstDay) + 7) % 7;
        ++d.perWeek[day.addDays(-back)];
    }
    return d;
}

}  // namespace

TEST_CASE("A report over whole weeks is the sum of those weeks' reviews", "[range-report]") {
    const QDate start(2026, 7, 1);
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        const QList<JournalEntry> entries = generatedEntries(seed, start, 140);
        const ReportInput input = reportInputOf(entries);
        const ReviewInput weekly = inputOf(entries, input.titles);
        std::mt19937 rng(seed * 7919);
        for (int round = 0; round < 8; ++round) {
            const Qt::DayOfWeek firstDay = rng() % 2 == 0 ? Qt::Monday : Qt::Sunday;
            const Week first = Week::containing(start.addDays(int(rng() % 120)), firstDay);
            const int weeks = 1 + int(rng() % 12);
            const ReportRange range{first.start(), first.shifted(weeks - 1).last()};
            INFO("seed " << seed << ", from " << range.from.toString(Qt::ISODate).toStdString() << ", " << weeks
                         << " weeks");
            const RangeReport report = summarizeRange(range, firstDay, input);

            int entriesSum = 0;
            std::array<int, JournalEntry::kMaxUrge + 1> histogram{};
            OutcomeCounts outcomes;
            Counts triggers, feelings;
            TriedCounts tried;
            std::array<std::array<int, 24>, 7> grid{};
            REQUIRE(report.weeks.size() == weeks);
            for (int w = 0; w < weeks; ++w) {
                const WeekSummary s = summarizeWeek(first.shifted(w), weekly);
                entriesSum += s.entries;
                for (std::size_t u = 0; u < histogram.size(); ++u) histogram[u] += s.urge.histogram[u];
                outcomes.passed += s.outcomes.passed;
                outcomes.coped += s.outcomes.coped;
                outcomes.acted += s.outcomes.acted;
                outcomes.unknown += s.outcomes.unknown;
                for (const auto& [key, n] : namesByKey(s.triggers).asKeyValueRange()) triggers[key] += n;
                for (const auto& [key, n] : namesByKey(s.feelings).asKeyValueRange()) feelings[key] += n;
                const TriedCounts t = triedByKey(s.tried);
                for (const auto& [key, n] : t.tried.asKeyValueRange()) tried.tried[key] += n;
                for (const auto& [key, n] : t.rated.asKeyValueRange()) tried.rated[key] += n;
                for (std::size_t d = 0; d < 7; ++d)
                    for (std::size_t h = 0; h < 24; ++h) grid[d][h] += s.grid[d][h];
                CHECK(report.weeks[w].week == s.week);
                CHECK(report.weeks[w].entries == s.entries);
                CHECK(report.weeks[w].urgeMean == s.urge.mean);
            }
            CHECK(report.entries == entriesSum);
            CHECK(report.urge.histogram == histogram);
            CHECK(report.outcomes == outcomes);
            CHECK(namesByKey(report.triggers) == triggers);
            CHECK(namesByKey(report.feelings) == feelings);
            CHECK(triedByKey(report.tried) == tried);
            CHECK(report.grid == grid);
        }
    }
}

TEST_CASE("A report over any days counts exactly the entries of those local days", "[range-report]") {
    const QDate start(2026, 1, 10);
    for (std::uint32_t seed = 100; seed < 112; ++seed) {
        const QList<JournalEntry> entries = generatedEntries(seed, start, 120);
        const ReportInput input = reportInputOf(entries);
        std::mt19937 rng(seed);
        for (int round = 0; round < 10; ++round) {
            const Qt::DayOfWeek firstDay = rng() % 2 == 0 ? Qt::Monday : Qt::Sunday;
            const QDate from = start.addDays(int(rng() % 130) - 5);
            const QDate to = from.addDays(int(rng() % 60));
            INFO("seed " << seed << ", " << from.toString(Qt::ISODate).toStdString() << " to "
                         << to.toString(Qt::ISODate).toStdString());
            const RangeReport report = summarizeRange({from, to}, firstDay, input);
            const Direct d = direct(entries, from, to, firstDay);
            CHECK(report.entries == d.entries);
            CHECK(report.urge.histogram == d.histogram);
            CHECK(report.outcomes == d.outcomes);
            CHECK(namesByKey(report.triggers) == d.triggers);
            CHECK(namesByKey(report.feelings) == d.feelings);
            CHECK(triedByKey(report.tried) == d.tried);
            // Every week the range touches is listed once, in order, empty ones too.
            REQUIRE_FALSE(report.weeks.isEmpty());
            CHECK(report.weeks.first().week.contains(from));
            CHECK(report.weeks.last().week.contains(to));
            for (const ReportWeek& week : report.weeks) {
                CHECK(week.week.firstDay() == firstDay);
                CHECK(week.entries == d.perWeek.value(week.week.start()));
            }
            for (qsizetype i = 1; i < report.weeks.size(); ++i)
                CHECK(report.weeks[i].week == report.weeks[i - 1].week.next());
        }
    }
}

TEST_CASE("A report's urge figures and names", "[range-report]") {
    const QList<JournalEntry> entries = {
        at({2026, 11, 2}, {9, 0}, 1, 2, JournalOutcome::Passed, {u"Work"_s}, {u"Sad"_s}),
        at({2026, 11, 10}, {23, 30}, 1, 8, JournalOutcome::Coped, {u"work"_s}, {u"Tired"_s},
           {{u"idea-a"_s, {}, 6}, {{}, u"Music"_s, {}}}),
        at({2026, 11, 20}, {8, 0}, -5, 5, std::nullopt, {u"Nights"_s}, {}, {{u"idea-a"_s, {}, 8}}),
        at({2026, 12, 1}, {8, 0}, 0, 10),  // after the range
    };
    ReportInput input = reportInputOf(entries);
    const RangeReport report = summarizeRange({QDate(2026, 11, 1), QDate(2026, 11, 30)}, Qt::Monday, input);
    CHECK(report.entries == 3);
    CHECK(report.urge.max == 8);
    REQUIRE(report.urge.mean);
    CHECK(*report.urge.mean == Approx(5.0));
    CHECK(report.outcomes == OutcomeCounts{1, 1, 0, 1});
    REQUIRE(report.triggers.size() == 2);
    CHECK(report.triggers[0] == NameCount{u"work"_s, 2});  // the latest spelling
    CHECK(report.triggers[1] == NameCount{u"Nights"_s, 1});
    REQUIRE(report.tried.size() == 2);
    CHECK(report.tried[0].title == u"Breathing"_s);
    CHECK(report.tried[0].count == 2);
    CHECK(*report.tried[0].helpedMean == Approx(7.0));
    CHECK(report.tried[1].text == u"Music"_s);
    // 2026-11-01 is a Sunday: its week starts on Monday 26 October; 30 November starts the last.
    REQUIRE(report.weeks.size() == 6);
    CHECK(report.weeks.first().week.start() == QDate(2026, 10, 26));
    CHECK(report.weeks.first().entries == 0);
    CHECK_FALSE(report.weeks.first().urgeMean);
    CHECK(report.weeks.last().week.start() == QDate(2026, 11, 30));
}

TEST_CASE("A report counts the plan versions saved on its local days", "[range-report]") {
    ReportInput input;
    const auto saved = [](int month, int day, int hour, int offsetHours) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::OffsetFromUTC, offsetHours * 3600);
    };
    input.planSaves = {saved(10, 31, 23, -5),  // 1 November in UTC, 31 October where it was saved
                       saved(11, 1, 0, 9), saved(11, 15, 12, 0), saved(11, 30, 23, 1), saved(12, 1, 0, 0)};
    CHECK(summarizeRange({QDate(2026, 11, 1), QDate(2026, 11, 30)}, Qt::Monday, input).planVersionsInRange == 3);
}

TEST_CASE("A report's range is whole days, the right way round, at most a year", "[range-report]") {
    CHECK(ReportRange{QDate(2026, 1, 1), QDate(2026, 1, 1)}.isValid());
    CHECK(ReportRange{QDate(2026, 1, 1), QDate(2026, 12, 31)}.isValid());
    CHECK(ReportRange{QDate(2024, 1, 1), QDate(2024, 12, 31)}.isValid());  // 366 days, a leap year
    CHECK_FALSE(ReportRange{QDate(2026, 1, 1), QDate(2027, 1, 1)}.isValid());
    CHECK_FALSE(ReportRange{QDate(2026, 1, 2), QDate(2026, 1, 1)}.isValid());
    CHECK_FALSE(ReportRange{QDate(), QDate(2026, 1, 1)}.isValid());
    const RangeReport empty = summarizeRange({QDate(2026, 2, 1), QDate(2026, 1, 1)}, Qt::Monday, {});
    CHECK(empty.entries == 0);
    CHECK(empty.weeks.isEmpty());
}

TEST_CASE("The report's grid counts each entry at its own local day of the week and hour", "[range-report]") {
    // Thursday 26 November 2026, 23:30 at +02:00 is 21:30 UTC; the grid keeps the local hour.
    const QList<JournalEntry> entries = {at(QDate(2026, 11, 26), QTime(23, 30), 2, 5),
                                         at(QDate(2026, 11, 26), QTime(23, 5), -5, 4),
                                         at(QDate(2026, 11, 30), QTime(8, 0), 0, 3)};
    const ReportRange range{QDate(2026, 11, 23), QDate(2026, 12, 6)};
    const RangeReport monday = summarizeRange(range, Qt::Monday, reportInputOf(entries));
    CHECK(monday.grid[3][23] == 2);  // Thursday is the fourth day from Monday
    CHECK(monday.grid[0][8] == 1);   // the Monday of the second week, in the same row
    const RangeReport sunday = summarizeRange(range, Qt::Sunday, reportInputOf(entries));
    CHECK(sunday.grid[4][23] == 2);
    CHECK(sunday.grid[1][8] == 1);
}

TEST_CASE("What helped is ranked by how much it helped, unrated ideas left out", "[range-report]") {
    TriedIdea walk{{}, u"walk"_s, {}, 3, 6.0, 3};
    TriedIdea music{{}, u"music"_s, {}, 1, 8.0, 1};
    TriedIdea call{{}, u"call"_s, {}, 5, 6.0, 2};
    TriedIdea unrated{{}, u"tea"_s, {}, 4, std::nullopt, 0};
    const QList<TriedIdea> ranked = rankedByHelp({walk, unrated, music, call});
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].text == u"music"_s);
    CHECK(ranked[1].text == u"call"_s);  // as helpful as the walk, tried more often
    CHECK(ranked[2].text == u"walk"_s);
}
