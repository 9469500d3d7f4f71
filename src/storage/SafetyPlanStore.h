#pragma once

#include "domain/Clock.h"
#include "domain/SafetyPlan.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace mooring {

class Database;

// The safety plan's versions (tables plan_versions, plan_items). Saving adds a version in
// one transaction; a version is never changed afterwards.
class SafetyPlanStore {
public:
    explicit SafetyPlanStore(Database& db, Clock clock = {});

    // Trims the items, drops empty ones and saves them with the note as a new version.
    // Throws Error(InvalidInput) for an over-long item or note; Error(CannotWrite) etc.
    // from the database, with nothing written.
    PlanVersion save(const SafetyPlan& plan, const QString& note);
    // Adds a version as it is, id and time kept, after the ones here (an import, which has
    // checked it already and knows its id is not here yet). Returns its number.
    int addVersion(const PlanVersion& version);

    // Every version without its items, oldest first (save order).
    QList<PlanVersion> history();
    std::optional<PlanVersion> find(const QString& id);
    std::optional<PlanVersion> latest();
    // The newest version saved on a day before `day` (in the time it was saved in).
    std::optional<PlanVersion> lastSavedBefore(const QDate& day);
    int count();

private:
    QDateTime now() const;
    std::int64_t insertVersion(const PlanVersion& version);  // inside the caller's transaction
    void loadItems(std::int64_t seq, SafetyPlan& plan);
    std::optional<PlanVersion> findWhere(const char* sql, const QString& arg);

    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
