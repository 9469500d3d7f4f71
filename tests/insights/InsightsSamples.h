#pragma once

#include "domain/JournalEntry.h"
#include "domain/JournalFacts.h"
#include "insights/WeekSummary.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTime>

#include <optional>
#include <string>

#include <catch2/catch.hpp>

// Readable failures: Catch shows QStrings as text.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
}  // namespace Catch

namespace mooring::test {

// A journal entry at a local date and time in a given offset (hours east of UTC).
inline JournalEntry at(const QDate& date, const QTime& time, double offsetHours, int urge,
                       std::optional<JournalOutcome> outcome = std::nullopt, QStringList triggers = {},
                       QStringList feelings = {}, QList<TriedItem> tried = {}) {
    JournalEntry e;
    e.occurredAt = QDateTime(date, time, Qt::OffsetFromUTC, int(offsetHours * 3600));
    e.urge = urge;
    e.outcome = outcome;
    e.triggers = std::move(triggers);
    e.feelings = std::move(feelings);
    e.tried = std::move(tried);
    return e;
}

inline QList<JournalFact> factsOf(const QList<JournalEntry>& entries) {
    QList<JournalFact> out;
    for (const JournalEntry& e : entries)
        out.append({e.occurredAt.toSecsSinceEpoch(), e.occurredAt.offsetFromUtc(), e.urge.value_or(0), e.outcome});
    return out;
}

inline QList<TriedFact> triedOf(const QList<JournalEntry>& entries) {
    QList<TriedFact> out;
    for (const JournalEntry& e : entries)
        for (const TriedItem& item : e.tried)
            out.append({e.occurredAt.toSecsSinceEpoch(), e.occurredAt.offsetFromUtc(), item.strategyId, item.text,
                        item.helped});
    return out;
}

// What the store would hand over: everything given (the summary filters by local date).
inline ReviewInput inputOf(const QList<JournalEntry>& entries, QHash<QString, QString> titles = {}) {
    ReviewInput input;
    input.entries = entries;
    input.facts = factsOf(entries);
    input.tried = triedOf(entries);
    input.titles = std::move(titles);
    return input;
}

}  // namespace mooring::test
