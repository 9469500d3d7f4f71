#include "exchange/ReviewFetch.h"

#include "storage/JournalStore.h"
#include "storage/StrategyStore.h"

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

QList<HelpfulIdea> fetchWhatHelps(Database& db) {
    return whatHelps(JournalStore(db).triedTallies(), strategyTitles(StrategyStore(db).all()));
}

}  // namespace mooring
