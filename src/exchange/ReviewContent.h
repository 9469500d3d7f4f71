#pragma once

#include "domain/CheckInChoices.h"
#include "domain/JournalEntry.h"
#include "domain/SetbackReflection.h"
#include "insights/WeekCheckIns.h"
#include "insights/WeekSentences.h"
#include "insights/WeekSummary.h"
#include "insights/WhatHelps.h"

#include <QList>
#include <QString>

namespace mooring {

// What the week's review holds on paper, as worked out by src/insights/ and gathered by
// fetchPrintableReview. Here rather than beside ReviewDocument (src/printing/) so that
// exchange, and mooring-cli with it, never needs Qt's painting and printing modules.
struct ReviewContent {
    WeekSummary summary;
    WeekSentences sentences;
    QList<HelpfulIdea> whatHelps;                 // over all time
    QString reflection;                           // this week's "what I want to change", or empty
    QList<JournalEntry> weekEntries;              // the week's own entries, oldest first
    QList<SetbackReflection> setbackReflections;  // "learning from a setback", written about this week
    WeekCheckIns checkIns;                        // the week's daily check-ins, for the diary card
    DiaryRows diaryRows;                          // the card's rows the person chose
};

}  // namespace mooring
