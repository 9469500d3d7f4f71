#pragma once

#include "exchange/ExportDocument.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>

namespace mooring {

class Database;

// What Importer decides by and how it writes, through the stores' own readers and writers
// (each a Transaction of its own, nested inside the import's).
namespace importRows {

enum class Decision { Add, Update, Keep, Same };
// Same id here with `here` (invalid: not here) against the file's `incoming` time.
Decision decide(bool isHere, const QDateTime& here, const QDateTime& incoming);

// What the profile already holds, as far as import needs to know.
struct ProfileState {
    QHash<QString, QDateTime> contacts;              // id -> updated_at
    QHash<QString, QDateTime> strategies;            // id -> updated_at
    QHash<QString, CopingStrategy> shippedBuiltins;  // built-in ideas here still exactly as shipped
    QSet<QString> planVersions;
    QHash<QString, QDateTime> journal;      // id -> updated_at
    QHash<int, int> journalPerYear;         // entries per calendar year (their own offset)
    QHash<QString, int> journalYearOf;      // id -> year, to leave replaced entries out of the count
    QHash<QString, QDateTime> reflections;  // week_start -> updated_at
    QHash<QString, QDateTime> setbacks;     // id -> updated_at
    bool hasRecoveryPlace = false;
    QDateTime recoveryPlaceUpdated;
    QHash<QString, QDateTime> checkIns;  // day (YYYY-MM-DD) -> updated_at: one a day
    QHash<QString, QDateTime> media;     // id -> updated_at
};
ProfileState readState(Database& db);

Decision decideStrategy(const ProfileState& state, const CopingStrategy& incoming);

void putContact(Database& db, const ContactRecord& record);
void putStrategy(Database& db, const CopingStrategy& strategy);
void addPlanVersion(Database& db, const PlanVersion& version);
void putReflection(Database& db, const ReflectionRecord& reflection);
void putSetback(Database& db, const SetbackReflection& reflection);
void putRecoveryPlace(Database& db, const RecoveryPlaceNote& note);
// In place of the check-in of its day (and of one with its id).
void putCheckIn(Database& db, const CheckIn& checkIn);

}  // namespace importRows
}  // namespace mooring
