#pragma once

#include "domain/CheckInChoices.h"
#include "domain/JournalEntry.h"
#include "exchange/ReviewContent.h"
#include "insights/RecurringTriggers.h"
#include "insights/Week.h"
#include "insights/WeekCheckIns.h"
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
struct WeekReview {
    static constexpr int kTrendWeeks = 12;

    WeekSummary summary;
    WeekSentences sentences;
    QList<WeekPoint> trend;  // kTrendWeeks weeks ending with the week shown, oldest first
    QList<RecurringTrigger> recurring;
    QList<JournalEntry> weekEntries;  // only the week's own (local dates); for print, if chosen
    std::optional<QString> reflection;
    std::optional<QString> lastWeekReflection;
    DiaryRows diaryRows;    // the diary card's rows the person chose
    WeekCheckIns checkIns;  // the daily check-ins of the week, for "Your days" and the diary card
};

// The one place that gathers the weekly review from a profile, for the review screen, its
// printed page, `mooring-cli review` and the benchmarks. Here, not in src/insights/, because
// insights stays pure (domain values in, figures out; no storage) and every caller links
// exchange. The cost follows the week, not the years of history: the week's entries and the
// four weeks before (the time index), the days already added up (one row a day) and the
// ideas added up (one row an idea). All throw mooring::Error.

// The figures' input alone: what the summary and "since you started" are worked out from.
ReviewInput fetchReviewInput(Database& db, const Week& week);

// The whole week as the screen shows it: figures, sentences, trend, triggers that keep
// coming back (against the plan's warning signs), the week's entries, its notes and its
// check-ins.
WeekReview fetchWeekReview(Database& db, const Week& week);

// "What helps me" over all time, from the ideas already added up.
QList<HelpfulIdea> fetchWhatHelps(Database& db);

// The week on paper: what the screen holds plus the setback reflections about the week,
// read only here, since the screen itself never shows what was written. `reflection` is
// the week's note as it stands on screen, kept or not.
ReviewContent fetchPrintableReview(Database& db, const WeekReview& week, const QList<HelpfulIdea>& whatHelps,
                                   const QString& reflection);

}  // namespace mooring
