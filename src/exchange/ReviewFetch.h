#pragma once

#include "insights/Week.h"
#include "insights/WeekSummary.h"
#include "insights/WhatHelps.h"

#include <QList>

namespace mooring {

class Database;

// What the weekly review reads from the stores, in one place for the review screen,
// `mooring-cli review` and the benchmarks. Here, not in src/insights/, because insights
// stays pure (domain values in, figures out; no storage) and both callers link exchange.
// The cost follows the week, not the years of history: the week's entries and the four
// weeks before (the time index), the days already added up (one row a day) and the ideas
// added up (one row an idea). Throws mooring::Error.
ReviewInput fetchReviewInput(Database& db, const Week& week);

// "What helps me" over all time, from the ideas already added up.
QList<HelpfulIdea> fetchWhatHelps(Database& db);

}  // namespace mooring
