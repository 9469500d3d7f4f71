#include "exchange/ReviewFetch.h"

#include "domain/SafetyPlan.h"
#include "insights/WeekSetbacks.h"
#include "storage/CheckInPreferences.h"
#include "storage/CheckInStore.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "storage/WeekReflectionStore.h"

namespace mooring {

ReviewInput fetchReviewInput(Database& db, const Week& week) {
    JournalStore journal(db);
    ReviewInput input;
    input.entries = journal.entriesBetween(week.shifted(-RecentWeeks::kWeeks).fetchFrom(), week.fetchTo());
    input.days = journal.journalDays({}, week.last());
    input.tallies = journal.triedTallies();
    input.titles = strategyTitles(StrategyStore(db).all());
    return input;
}

WeekReview fetchWeekReview(Database& db, const Week& week) {
    const ReviewInput input = fetchReviewInput(db, week);

    WeekReview review;
    review.summary = summarizeWeek(week, input);
    review.sentences = describeWeek(review.summary);
    review.trend = weeklyTrend(week, WeekReview::kTrendWeeks, input.days);

    QStringList warningSigns;
    if (const auto plan = SafetyPlanStore(db).latest()) warningSigns = plan->plan.items(PlanSection::WarningSigns);
    review.recurring = recurringTriggers(week, input.entries, warningSigns);

    for (const JournalEntry& e : input.entries) {
        if (week.contains(localDate(e.occurredAt))) review.weekEntries.append(e);
    }

    WeekReflectionStore notes(db);
    if (const auto note = notes.find(week.start())) review.reflection = note->text;
    if (const auto note = notes.find(week.previous().start())) review.lastWeekReflection = note->text;
    review.diaryRows = CheckInPreferences(db).diaryRows();
    review.checkIns = weekCheckIns(week, CheckInStore(db).range(week.start(), week.last()), input.titles);
    return review;
}

QList<HelpfulIdea> fetchWhatHelps(Database& db) {
    return whatHelps(JournalStore(db).triedTallies(), strategyTitles(StrategyStore(db).all()));
}

ReviewContent fetchPrintableReview(Database& db, const WeekReview& week, const QList<HelpfulIdea>& whatHelps,
                                   const QString& reflection) {
    ReviewContent c;
    c.summary = week.summary;
    c.sentences = week.sentences;
    c.whatHelps = whatHelps;
    c.reflection = reflection;
    c.weekEntries = week.weekEntries;
    c.checkIns = week.checkIns;
    c.diaryRows = week.diaryRows;
    c.setbackReflections =
        setbackReflectionsOfWeek(week.summary.week, week.weekEntries, SetbackReflectionStore(db).all());
    return c;
}

}  // namespace mooring
