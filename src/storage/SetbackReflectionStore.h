#pragma once

#include "domain/Clock.h"
#include "domain/SetbackReflection.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace mooring {

class Database;

// "Learning from a setback" reflections in the encrypted database (schema step 6). Every
// change is one transaction. Throws Error(InvalidInput) for a text too long to keep.
class SetbackReflectionStore {
public:
    explicit SetbackReflectionStore(Database& db, Clock clock = {});

    // A new reflection (no id yet) gets one and created_at; an existing one keeps its
    // created_at. updated_at = now either way. Returns it as stored.
    SetbackReflection save(const SetbackReflection& reflection);
    std::optional<SetbackReflection> find(const QString& id);
    // The latest reflection about one journal entry, if any.
    std::optional<SetbackReflection> forEntry(const QString& entryId);
    QList<SetbackReflection> all();  // newest first
    void remove(const QString& id);
    // Puts a reflection as it is, id and times kept, replacing the one with its id (an
    // import, which has checked it already).
    void put(const SetbackReflection& reflection);

private:
    QString nowText() const;
    QList<SetbackReflection> select(const char* where, const QString& value);

    Database& m_db;
    Clock m_clock;
};

// "Where I am in recovery": one row, the person's choice (or none) and their words.
class RecoveryPlaceStore {
public:
    explicit RecoveryPlaceStore(Database& db, Clock clock = {});

    RecoveryPlaceNote load();                   // empty note when nothing was said yet
    std::optional<RecoveryPlaceNote> stored();  // nothing when nothing was said yet
    RecoveryPlaceNote save(const RecoveryPlaceNote& note);
    void clear();  // "I'd rather not say": nothing kept
    // Puts a note as it is, its time kept (an import, which has checked it already).
    void put(const RecoveryPlaceNote& note);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
