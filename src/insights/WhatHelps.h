#pragma once

#include "domain/JournalFacts.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mooring {

// An idea in "what helps me": how much it helped on average, over all time.
struct HelpfulIdea {
    QString strategyId;  // a toolbox idea, or empty for the person's own words
    QString text;        // own words (first spelling), grouped trimmed and case-insensitively
    QString title;       // the toolbox title now; empty if it is no longer in the toolbox
    int timesTried = 0;
    int ratedCount = 0;
    double helpedMean = 0;  // over the ratings given
    QString label() const { return strategyId.isEmpty() ? text : title; }
};

struct WhatHelpsRules {
    static constexpr int kMinTimesTried = 3;
    int minTimesTried = kMinTimesTried;
};

// Ideas tried at least minTimesTried times and rated at least once, ranked by mean
// "helped" (highest first); ties: more ratings first, then label (case ignored), then
// the grouping key, so the order never depends on the input's order.
QList<HelpfulIdea> whatHelps(const QList<TriedFact>& tried, const QHash<QString, QString>& titles,
                             WhatHelpsRules rules = {});
// The same from tried items already added up (talliesOf).
QList<HelpfulIdea> whatHelps(const QList<TriedTally>& tallies, const QHash<QString, QString>& titles,
                             WhatHelpsRules rules = {});

}  // namespace mooring
