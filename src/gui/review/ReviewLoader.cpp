#include "gui/review/ReviewLoader.h"

#include "domain/SafetyPlan.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/StrategyStore.h"
#include "storage/WeekReflectionStore.h"

namespace mooring {

ReviewLoader::ReviewLoader(Database& db) : m_db(db) {}

ReviewData ReviewLoader::load(const Week& week) {
    JournalStore journal(m_db);
    ReviewInput input;
    // The recipe in WeekSummary.h: the week and the four before it, and the narrow facts
    // up to the week's end for the figures that only grow.
    input.entries = journal.entriesBetween(week.shifted(-RecentWeeks::kWeeks).fetchFrom(), week.fetchTo());
    input.facts = journal.factsUntil(week.fetchTo());
    input.tried = journal.triedUntil(week.fetchTo());
    input.titles = strategyTitles(StrategyStore(m_db).all());

    ReviewData data;
    data.summary = summarizeWeek(week, input);
    data.sentences = describeWeek(data.summary);
    data.trend = weeklyTrend(week, ReviewData::kTrendWeeks, input.facts);

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

QList<HelpfulIdea> ReviewLoader::whatHelpsOverAllTime() {
    return whatHelps(JournalStore(m_db).triedUntil(), strategyTitles(StrategyStore(m_db).all()));
}

}  // namespace mooring
