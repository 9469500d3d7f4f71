#pragma once

#include "domain/JournalEntry.h"
#include "insights/RecurringTriggers.h"
#include "insights/Week.h"
#include "insights/WeekSentences.h"
#include "insights/WeekSummary.h"
#include "insights/WeekTrend.h"
#include "insights/WhatHelps.h"

#include <QList>
#include <QString>

#include <optional>

namespace mooring {

class Database;

// Everything the review shows for one week, already worked out by src/insights/.
struct ReviewData {
    static constexpr int kTrendWeeks = 12;

    WeekSummary summary;
    WeekSentences sentences;
    QList<WeekPoint> trend;  // kTrendWeeks weeks ending with the week shown, oldest first
    QList<RecurringTrigger> recurring;
    QList<JournalEntry> weekEntries;  // only the week's own (local dates); for print, if chosen
    std::optional<QString> reflection;
    std::optional<QString> lastWeekReflection;
};

// Reads what the review needs from the stores (only the weeks it needs, plus the narrow
// facts for "since you started") and hands it to src/insights/. Throws mooring::Error.
class ReviewLoader {
public:
    explicit ReviewLoader(Database& db);

    ReviewData load(const Week& week);
    // "What helps me" over all time; it does not depend on the week shown.
    QList<HelpfulIdea> whatHelpsOverAllTime();

private:
    Database& m_db;
};

}  // namespace mooring
