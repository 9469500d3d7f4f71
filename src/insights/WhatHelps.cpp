#include "insights/WhatHelps.h"

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
    // Toolbox ideas are keyed by id without building a string per item: years of entries
    // hold tens of thousands of tried items.
    QHash<QString, qsizetype> byId;
    QHash<QString, qsizetype> byText;
    QList<Acc> groups;
    for (const TriedFact& item : tried) {
        const bool own = item.strategyId.isEmpty();
        const QString key = own ? item.text.trimmed().toCaseFolded() : item.strategyId;
        if (key.isEmpty()) continue;
        QHash<QString, qsizetype>& index = own ? byText : byId;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, groups.size());
            Acc acc;
            acc.key = triedKey(item.strategyId, item.text);
            acc.idea.strategyId = item.strategyId;
            if (own)
                acc.idea.text = item.text.trimmed();
            else
                acc.idea.title = titles.value(item.strategyId);
            groups.append(std::move(acc));
        }
        Acc& acc = groups[*it];
        ++acc.idea.timesTried;
        if (item.helped) {
            ++acc.idea.ratedCount;
            acc.ratingSum += *item.helped;
        }
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
