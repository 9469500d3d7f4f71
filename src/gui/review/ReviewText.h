#pragma once

#include "insights/RecurringTriggers.h"
#include "insights/WeekSummary.h"
#include "insights/WeekTrend.h"
#include "insights/WhatHelps.h"

#include <QList>
#include <QString>

namespace mooring::reviewtext {

// Words the review screen shows around figures that src/insights/ worked out: labels,
// and the text alternatives of its pictures. No arithmetic here beyond formatting.

// "6.5" in the person's locale.
QString oneDecimal(double value);
// "once", "3 times".
QString timesText(int n);
// "18:00" or "6 PM": an hour on the grid, in the locale's way, without seconds.
QString hourLabel(int hour);
// "helped 6.5 of 10 on average · tried 4 times" (or "tried 4 times" when never rated).
QString triedValueText(const TriedIdea& idea);
QString helpfulValueText(const HelpfulIdea& idea);
// The part's sentence and the list's text alternative.
QString whatHelpsSentence(const QList<HelpfulIdea>& ideas);
QString whatHelpsList(const QList<HelpfulIdea>& ideas);
// "argument: 3. work: 2." for a list of names with counts.
QString namesList(const QList<NameCount>& names);
// The trend line's text alternative: what it shows, then each week's figure.
QString trendText(const QList<WeekPoint>& points);
// "16 Nov": a week on the trend line's axis.
QString shortWeekLabel(const Week& week);
// The gentle offer for a trigger that keeps coming back.
QString recurringSentence(const RecurringTrigger& trigger, int span);
// The grid's full text alternative: the sentence, then every hour with entries.
QString gridText(const WeekSummary& summary, const QString& sentence);

}  // namespace mooring::reviewtext
