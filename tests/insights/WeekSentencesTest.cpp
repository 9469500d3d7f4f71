#include "insights/WeekSentences.h"

#include "InsightsSamples.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

// Words a description of someone's week must never use (docs/safe-messaging.md).
void checkNeverJudges(const QStringList& sentences) {
    for (const QString& sentence : sentences) {
        INFO(sentence.toStdString());
        for (const char* word :
             {"better", "worse", "fail", "good week", "bad week", "clean", "streak", "only", "coped", "honest"})
            CHECK_FALSE(sentence.contains(QLatin1String(word), Qt::CaseInsensitive));
    }
}

QList<JournalEntry> steadyWeeks(const Week& first, int weeks, int perWeek, int urge) {
    QList<JournalEntry> out;
    for (int w = 0; w < weeks; ++w)
        for (int i = 0; i < perWeek; ++i)
            out << at(first.shifted(w).start().addDays(i), {19, 0}, 1, urge, JournalOutcome::Passed);
    return out;
}

struct EnglishLocale {
    QLocale saved;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(saved); }
};

}  // namespace

TEST_CASE("Sentences of a busy week say what happened, plainly", "[insights][sentences]") {
    EnglishLocale english;
    const Week week = Week::containing(QDate(2026, 11, 16));
    QList<JournalEntry> entries = steadyWeeks(week.shifted(-4), 4, 2, 8);
    entries << at({2026, 11, 17}, {20, 0}, 1, 3, JournalOutcome::Coped, {u"work"_s}, {u"tired"_s}, {{{}, u"walk"_s, 7}})
            << at({2026, 11, 17}, {21, 30}, 1, 4, std::nullopt, {u"work"_s, u"noise"_s}, {u"tired"_s},
                  {{{}, u"Walk"_s, 5}});
    const WeekSummary s = summarizeWeek(week, inputOf(entries));
    const WeekSentences said = describeWeek(s);

    CHECK(said.entries == u"You wrote down 2 urges this week."_s);
    CHECK(said.urges == u"On average they were 3.5 out of 10; the strongest was 4."_s);
    CHECK(said.outcomes == u"How they ended: you got through it another way once and one has no answer."_s);
    CHECK(said.triggers == u"Triggers that came up most: work (2) and noise (1)."_s);
    CHECK(said.feelings == u"Feelings that came up most: tired (2)."_s);
    CHECK(said.when == u"Most came on Tuesday, and most in the evening."_s);
    CHECK(said.tried == u"You tried one idea, 2 times. “walk” helped most: 6.0 out of 10 on average."_s);
    CHECK(said.comparison == QStringList{
                                 u"You wrote down about as many urges as in the four weeks before (2.0 a week)."_s,
                                 u"Fewer strong urges (7 or more) than your recent average (2.0 a week)."_s,
                                 u"On average, urges were less strong than in the four weeks before (8.0 out of 10)."_s,
                             });
    CHECK(said.sinceStart ==
          u"Since you started: 9 urges that passed or that you got through another way, 10 entries written, "
          "5 weeks with entries and one idea tried."_s);
    CHECK(said.all().size() == 11);
    CHECK(said.all().constFirst() == said.entries);
    checkNeverJudges(said.all());
}

TEST_CASE("An empty week is said kindly, and there may be nothing to compare with", "[insights][sentences]") {
    EnglishLocale english;
    const Week week = Week::containing(QDate(2026, 11, 16));
    const WeekSentences nothing = describeWeek(summarizeWeek(week, ReviewInput{}));
    CHECK(nothing.entries == emptyWeekSentence());
    CHECK(nothing.urges.isEmpty());
    CHECK(nothing.when.isEmpty());
    CHECK(nothing.tried.isEmpty());
    CHECK(nothing.comparison == QStringList{u"There is nothing in the four weeks before this one to compare with."_s});
    CHECK(nothing.all() == QStringList{emptyWeekSentence(), nothing.comparison.constFirst(), nothing.sinceStart});
    checkNeverJudges(nothing.all());

    const WeekSummary quiet = summarizeWeek(week, inputOf(steadyWeeks(week.shifted(-2), 1, 3, 5)));
    const WeekSentences said = describeWeek(quiet);
    CHECK(said.entries == emptyWeekSentence());
    CHECK(said.comparison.constFirst() ==
          u"You wrote down about as many urges as in the four weeks before (0.8 a week)."_s);
    CHECK(said.comparison.size() == 2);  // no average urge to compare this week
    checkNeverJudges(said.all());
}

TEST_CASE("After one very hard day the comparison describes it without judging", "[insights][sentences]") {
    EnglishLocale english;
    const Week week = Week::containing(QDate(2026, 11, 16));
    QList<JournalEntry> entries = steadyWeeks(week.shifted(-4), 4, 3, 4);
    for (int hour = 6; hour < 14; ++hour) entries << at({2026, 11, 18}, {hour, 0}, 1, 10, JournalOutcome::Acted);
    const WeekSentences said = describeWeek(summarizeWeek(week, inputOf(entries)));
    CHECK(said.comparison == QStringList{
                                 u"You wrote down more urges than your recent average (3.0 a week)."_s,
                                 u"More strong urges (7 or more) than your recent average (0.0 a week)."_s,
                                 u"On average, urges were stronger than in the four weeks before (4.0 out of 10)."_s,
                             });
    CHECK(said.when == u"Most came on Wednesday, and most in the morning."_s);
    CHECK(said.outcomes == u"How they ended: you acted on it 8 times."_s);
    CHECK(said.sinceStart.startsWith(u"Since you started: 12 urges that passed"_s));
    checkNeverJudges(said.all());
}

TEST_CASE("A single entry, the histogram's text and the week's dates", "[insights][sentences]") {
    EnglishLocale english;
    const Week week = Week::containing(QDate(2026, 11, 22), Qt::Monday);
    const WeekSummary s = summarizeWeek(week, inputOf({at({2026, 11, 22}, {23, 30}, 1, 6)}));
    const WeekSentences said = describeWeek(s);
    CHECK(said.entries == u"You wrote down one urge this week."_s);
    CHECK(said.when == u"It was written on Sunday, in the evening."_s);
    CHECK(said.tried == u"No coping ideas were noted as tried this week."_s);
    CHECK(said.triggers == u"No triggers were noted this week."_s);
    CHECK(histogramText(s.urge) == u"How strong: urge 6: one entry."_s);
    CHECK(weekRangeText(week) == u"16–22 November 2026"_s);
    CHECK(weekRangeText(Week::containing(QDate(2026, 12, 30))) == u"28 December 2026 – 3 January 2027"_s);
}
