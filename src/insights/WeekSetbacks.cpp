#include "insights/WeekSetbacks.h"

#include <QSet>

#include <algorithm>

namespace mooring {

QList<SetbackReflection> setbackReflectionsOfWeek(const Week& week, const QList<JournalEntry>& weekEntries,
                                                  const QList<SetbackReflection>& reflections) {
    QSet<QString> entryIds;
    for (const JournalEntry& e : weekEntries) {
        if (week.contains(localDate(e.occurredAt))) entryIds.insert(e.id);
    }
    QList<SetbackReflection> found;
    for (const SetbackReflection& r : reflections) {
        const bool aboutThisWeek =
            r.entryId.isEmpty() ? week.contains(r.createdAt.toLocalTime().date()) : entryIds.contains(r.entryId);
        if (aboutThisWeek && !r.isBlank()) found.append(r);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const SetbackReflection& a, const SetbackReflection& b) { return a.createdAt < b.createdAt; });
    return found;
}

}  // namespace mooring
