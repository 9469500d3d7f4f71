#include "insights/RangeSetbacks.h"

#include <QSet>

#include <algorithm>

namespace mooring {

QList<SetbackReflection> setbackReflectionsInRange(const ReportRange& range, const QList<JournalEntry>& entries,
                                                   const QList<SetbackReflection>& reflections) {
    QSet<QString> entryIds;
    for (const JournalEntry& e : entries) {
        if (range.contains(localDate(e.occurredAt))) entryIds.insert(e.id);
    }
    QList<SetbackReflection> found;
    for (const SetbackReflection& r : reflections) {
        const bool inRange =
            r.entryId.isEmpty() ? range.contains(r.createdAt.toLocalTime().date()) : entryIds.contains(r.entryId);
        if (inRange && !r.isBlank()) found.append(r);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const SetbackReflection& a, const SetbackReflection& b) { return a.createdAt < b.createdAt; });
    return found;
}

}  // namespace mooring
