#include "insights/WhatHelps.h"

#include "insights/JournalDays.h"
#include "insights/WeekSummary.h"

#include <algorithm>

namespace mooring {

namespace {

struct Acc {
    HelpfulIdea idea;
    QString key;
    int ratingSum = 0;
};

}  // namespace

QList<HelpfulIdea> whatHelps(const QList<TriedFact>& tried, const QHash<QString, QString>& titles,
                             WhatHelpsRules rules) {
    return whatHelps(talliesOf(tried), titles, rules);
}

QList<HelpfulIdea> whatHelps(const QList<TriedTally>& tallies, const QHash<QString, QString>& titles,
                             WhatHelpsRules rules) {
    // Spellings of one idea (case, surrounding spaces) are one group; the earliest is shown.
    QHash<QString, qsizetype> index;
    QList<Acc> groups;
    QList<std::int64_t> firstSaved;
    for (const TriedTally& tally : tallies) {
        const QString key = triedKey(tally.strategyId, tally.text);
        if (key.isEmpty()) continue;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, groups.size());
            Acc acc;
            acc.key = key;
            acc.idea.strategyId = tally.strategyId.trimmed();
            if (acc.idea.strategyId.isEmpty())
                acc.idea.text = tally.text.trimmed();
            else
                acc.idea.title = titles.value(acc.idea.strategyId);
            groups.append(std::move(acc));
            firstSaved.append(tally.firstSaved);
        }
        Acc& acc = groups[*it];
        if (acc.idea.strategyId.isEmpty() && tally.firstSaved < firstSaved[*it]) {
            acc.idea.text = tally.text.trimmed();
            firstSaved[*it] = tally.firstSaved;
        }
        acc.idea.timesTried += tally.times;
        acc.idea.ratedCount += tally.rated;
        acc.ratingSum += tally.helpedSum;
    }

    QList<Acc> ranked;
    for (Acc& acc : groups) {
        if (acc.idea.timesTried < rules.minTimesTried || acc.idea.ratedCount == 0) continue;
        acc.idea.helpedMean = double(acc.ratingSum) / acc.idea.ratedCount;
        ranked.append(std::move(acc));
    }
    std::sort(ranked.begin(), ranked.end(), [](const Acc& a, const Acc& b) {
        // Compare the exact fractions, so equal means are equal whatever the rounding.
        const long long left = static_cast<long long>(a.ratingSum) * b.idea.ratedCount;
        const long long right = static_cast<long long>(b.ratingSum) * a.idea.ratedCount;
        if (left != right) return left > right;
        if (a.idea.ratedCount != b.idea.ratedCount) return a.idea.ratedCount > b.idea.ratedCount;
        const int byLabel = a.idea.label().compare(b.idea.label(), Qt::CaseInsensitive);
        if (byLabel != 0) return byLabel < 0;
        return a.key < b.key;
    });
    QList<HelpfulIdea> out;
    out.reserve(ranked.size());
    for (Acc& acc : ranked) out.append(std::move(acc.idea));
    return out;
}

}  // namespace mooring
