#include "storage/Migrations.h"

#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QCoreApplication>

#include <stdexcept>

namespace mooring {

namespace {

// user_version must name exactly one schema, so the list may have no gaps or reordering.
void requireConsecutive(const std::vector<Migration>& steps) {
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].version != static_cast<int>(i) + 1 || !steps[i].apply)
            throw std::logic_error("migration steps must be numbered 1, 2, 3, ... in order");
    }
}

int latestOf(const std::vector<Migration>& steps) { return steps.empty() ? 0 : steps.back().version; }

// An older Mooring must not touch tables it does not know; nothing is written before this.
void refuseNewer(Database& db, int latest) {
    if (db.userVersion() <= latest) return;
    throw Error(Error::Kind::NewerVersion,
                QCoreApplication::translate("mooring",
                                            "This profile was made by a newer version of Mooring. "
                                            "Please open it with that version. Nothing was changed."));
}

// One step, one transaction: its tables and the new user_version land together or not at all.
void applyStep(Database& db, const Migration& step) {
    Transaction tx(db);
    if (db.userVersion() >= step.version)  // read again under the write lock
        return;
    step.apply(db);
    db.setUserVersion(step.version);
    tx.commit();
}

void runUpTo(Database& db, const std::vector<Migration>& steps, int target) {
    for (const Migration& step : steps) {
        if (step.version <= target) applyStep(db, step);
    }
}

}  // namespace

const std::vector<Migration>& Migrations::all() {
    static const std::vector<Migration> steps = [] {
        std::vector<Migration> list = migrations::allSteps();
        requireConsecutive(list);
        return list;
    }();
    return steps;
}

int Migrations::latestVersion() { return latestOf(all()); }

int Migrations::migrate(Database& db) { return migrate(db, all()); }

int Migrations::migrate(Database& db, const std::vector<Migration>& steps) {
    requireConsecutive(steps);
    const int start = db.userVersion();
    refuseNewer(db, latestOf(steps));
    runUpTo(db, steps, latestOf(steps));
    return start;
}

void Migrations::migrateTo(Database& db, int version) {
    if (version < 0 || version > latestVersion()) throw std::out_of_range("migrateTo: no such schema version");
    refuseNewer(db, latestVersion());
    runUpTo(db, all(), version);
}

}  // namespace mooring
