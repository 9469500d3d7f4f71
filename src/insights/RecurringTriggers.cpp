#include "insights/RecurringTriggers.h"

#include "insights/WeekSummary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace mooring {

namespace {

struct Seen {
    QString name;
    QSet<int> weeks;
    int entries = 0;
};

}  // namespace

QList<RecurringTrigger> recurringTriggers(const Week& week, const QList<JournalEntry>& entries,
                                          const QStringList& alreadyListed, RecurringRules rules) {
    QList<RecurringTrigger> out;
    if (!week.isValid() || rules.span <= 0) return out;
    const Week first = week.shifted(-(rules.span - 1));
    QSet<QString> listed;
    for (const QString& name : alreadyListed) listed.insert(tagKey(name));

    QList<const JournalEntry*> inSpan;
    for (const JournalEntry& entry : entries) {
        const qint64 days = first.start().daysTo(localDate(entry.occurredAt));
        if (days >= 0 && days < 7LL * rules.span) inSpan.append(&entry);
    }
    std::stable_sort(inSpan.begin(), inSpan.end(), [](const JournalEntry* a, const JournalEntry* b) {
        return a->occurredAt.toSecsSinceEpoch() < b->occurredAt.toSecsSinceEpoch();
    });

    QHash<QString, Seen> seen;
    for (const JournalEntry* entry : inSpan) {
        const int weekIndex = int(first.start().daysTo(localDate(entry->occurredAt)) / 7);
        QSet<QString> inEntry;
        for (const QString& name : entry->triggers) {
            const QString key = tagKey(name);
            if (key.isEmpty() || listed.contains(key) || inEntry.contains(key)) continue;
            inEntry.insert(key);
            Seen& s = seen[key];
            s.name = name.simplified();  // the latest spelling wins
            s.weeks.insert(weekIndex);
            ++s.entries;
        }
    }
    for (const Seen& s : std::as_const(seen))
        if (s.weeks.size() >= rules.minWeeks) out.append({s.name, int(s.weeks.size()), s.entries});
    std::sort(out.begin(), out.end(), [](const RecurringTrigger& a, const RecurringTrigger& b) {
        if (a.weeks != b.weeks) return a.weeks > b.weeks;
        if (a.entries != b.entries) return a.entries > b.entries;
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.name < b.name;
    });
    return out;
}

}  // namespace mooring
