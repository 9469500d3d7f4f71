#pragma once

#include "domain/JournalEntry.h"
#include "insights/WeekSummary.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mooring {

// Adds up journal entries into the figures the weekly review and the report over several
// weeks both show: how many, urges, how they ended, triggers, feelings, what was tried.
// One piece of counting for both, so a report over whole weeks is exactly the weeks' sum.
// Entries are given oldest first (the latest spelling of a trigger is the one kept).
class EntryTally {
public:
    explicit EntryTally(const QHash<QString, QString>& titles) : m_titles(titles) {}

    void add(const JournalEntry& entry);

    int entries() const { return m_entries; }
    UrgeFigures urge() const;
    OutcomeCounts outcomes() const { return m_outcomes; }
    QList<NameCount> triggers() const { return sortedNames(m_triggers); }  // count descending, then name
    QList<NameCount> feelings() const { return sortedNames(m_feelings); }
    QList<TriedIdea> tried() const;  // count descending, then label ascending

private:
    struct Names {
        QHash<QString, qsizetype> index;  // tagKey -> position in counts
        QList<NameCount> counts;
    };
    struct TriedGroup {
        TriedIdea idea;
        int ratingSum = 0;
    };

    static void addNames(Names& names, const QStringList& given);
    static QList<NameCount> sortedNames(const Names& names);
    void addUrge(int value);
    void addOutcome(const std::optional<JournalOutcome>& outcome);
    void addTried(const TriedItem& item);

    QHash<QString, QString> m_titles;  // implicitly shared: a cheap copy
    int m_entries = 0;
    UrgeFigures m_urge;
    long long m_urgeSum = 0;
    OutcomeCounts m_outcomes;
    Names m_triggers;
    Names m_feelings;
    QHash<QString, qsizetype> m_triedIndex;
    QList<TriedGroup> m_tried;
};

}  // namespace mooring
