#include "gui/review/ReviewLoader.h"

#include "domain/SafetyPlan.h"
#include "exchange/ReviewFetch.h"
#include "storage/SafetyPlanStore.h"
#include "storage/WeekReflectionStore.h"

namespace mooring {

ReviewLoader::ReviewLoader(Database& db) : m_db(db) {}

ReviewData ReviewLoader::load(const Week& week) {
    // The same fetch as `mooring-cli review`: the week and the four before it, and the days
    // and ideas the store keeps added up for the figures over all time.
    const ReviewInput input = fetchReviewInput(m_db, week);

    ReviewData data;
    data.summary = summarizeWeek(week, input);
    data.sentences = describeWeek(data.summary);
    data.trend = weeklyTrend(week, ReviewData::kTrendWeeks, input.days);

    QStringList warningSigns;
    if (const auto plan = SafetyPlanStore(m_db).latest()) warningSigns = plan->plan.items(PlanSection::WarningSigns);
    data.recurring = recurringTriggers(week, input.entries, warningSigns);

    for (const JournalEntry& e : input.entries) {
        if (week.contains(localDate(e.occurredAt))) data.weekEntries.append(e);
    }

    WeekReflectionStore notes(m_db);
    if (const auto note = notes.find(week.start())) data.reflection = note->text;
    if (const auto note = notes.find(week.previous().start())) data.lastWeekReflection = note->text;
    return data;
}

QList<HelpfulIdea> ReviewLoader::whatHelpsOverAllTime() { return fetchWhatHelps(m_db); }

}  // namespace mooring
