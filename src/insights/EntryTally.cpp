#include "insights/EntryTally.h"

#include <QSet>

#include <algorithm>

namespace mooring {

namespace {

// Names ascending with case ignored, then exactly, so the order is always the same.
bool nameBefore(const QString& a, const QString& b) {
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

}  // namespace

void EntryTally::add(const JournalEntry& entry) {
    ++m_entries;
    if (entry.urge) addUrge(*entry.urge);
    addOutcome(entry.outcome);
    addNames(m_triggers, entry.triggers);
    addNames(m_feelings, entry.feelings);
    for (const TriedItem& item : entry.tried) addTried(item);
}

UrgeFigures EntryTally::urge() const {
    UrgeFigures urge = m_urge;
    if (urge.count > 0) urge.mean = double(m_urgeSum) / urge.count;
    return urge;
}

QList<TriedIdea> EntryTally::tried() const {
    QList<TriedIdea> out;
    out.reserve(m_tried.size());
    for (const TriedGroup& group : m_tried) {
        TriedIdea idea = group.idea;
        if (idea.ratedCount > 0) idea.helpedMean = double(group.ratingSum) / idea.ratedCount;
        out.append(std::move(idea));
    }
    std::sort(out.begin(), out.end(), [](const TriedIdea& a, const TriedIdea& b) {
        if (a.count != b.count) return a.count > b.count;
        if (a.label() != b.label()) return nameBefore(a.label(), b.label());
        return a.strategyId < b.strategyId;
    });
    return out;
}

void EntryTally::addNames(Names& names, const QStringList& given) {
    QSet<QString> seen;  // one count per entry, even if a name was given twice
    for (const QString& name : given) {
        const QString key = tagKey(name);
        if (key.isEmpty() || seen.contains(key)) continue;
        seen.insert(key);
        auto it = names.index.constFind(key);
        if (it == names.index.constEnd()) {
            it = names.index.insert(key, names.counts.size());
            names.counts.append(NameCount{});
        }
        NameCount& counted = names.counts[*it];
        counted.name = name.simplified();
        ++counted.count;
    }
}

QList<NameCount> EntryTally::sortedNames(const Names& names) {
    QList<NameCount> out = names.counts;
    std::sort(out.begin(), out.end(), [](const NameCount& a, const NameCount& b) {
        return a.count != b.count ? a.count > b.count : nameBefore(a.name, b.name);
    });
    return out;
}

void EntryTally::addUrge(int value) {
    if (value < 0 || value > JournalEntry::kMaxUrge) return;
    ++m_urge.count;
    m_urgeSum += value;
    ++m_urge.histogram[std::size_t(value)];
    m_urge.max = std::max(m_urge.max.value_or(value), value);
    if (value >= UrgeFigures::kStrong) ++m_urge.strong;
}

void EntryTally::addOutcome(const std::optional<JournalOutcome>& outcome) {
    if (!outcome) {
        ++m_outcomes.unknown;
        return;
    }
    switch (*outcome) {
        case JournalOutcome::Passed:
            ++m_outcomes.passed;
            break;
        case JournalOutcome::Coped:
            ++m_outcomes.coped;
            break;
        case JournalOutcome::Acted:
            ++m_outcomes.acted;
            break;
    }
}

void EntryTally::addTried(const TriedItem& item) {
    const QString key = triedKey(item.strategyId, item.text);
    if (key.isEmpty()) return;
    auto it = m_triedIndex.constFind(key);
    if (it == m_triedIndex.constEnd()) {
        it = m_triedIndex.insert(key, m_tried.size());
        TriedGroup group;
        group.idea.strategyId = item.strategyId.trimmed();
        if (group.idea.strategyId.isEmpty())
            group.idea.text = item.text.trimmed();
        else
            group.idea.title = m_titles.value(group.idea.strategyId);
        m_tried.append(group);
    }
    TriedGroup& group = m_tried[*it];
    ++group.idea.count;
    if (item.helped) {
        ++group.idea.ratedCount;
        group.ratingSum += *item.helped;
    }
}

}  // namespace mooring
