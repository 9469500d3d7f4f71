#include "exchange/ImportRows.h"

#include "exchange/MediaRecords.h"
#include "storage/CheckInStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/JournalRows.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/StrategyStore.h"
#include "storage/WeekReflectionStore.h"

namespace mooring::importRows {

Decision decide(bool isHere, const QDateTime& here, const QDateTime& incoming) {
    if (!isHere) return Decision::Add;
    if (!incoming.isValid()) return Decision::Keep;  // no time to say it is newer
    if (!here.isValid() || incoming > here) return Decision::Update;
    return incoming < here ? Decision::Keep : Decision::Same;
}

ProfileState readState(Database& db) {
    ProfileState s;
    for (const StoredContact& c : ContactStore(db).allWithTimes()) s.contacts.insert(c.contact.id, c.updatedAt);
    QHash<QString, CopingIdea> shipped;
    for (const CopingIdea& idea : StrategyStore::bundledIdeas()) shipped.insert(idea.id, idea);
    for (const CopingStrategy& c : StrategyStore(db).all()) {
        s.strategies.insert(c.id, c.updatedAt);
        const auto idea = shipped.constFind(c.builtinKey);
        if (c.builtin && idea != shipped.cend() && idea->title == c.title && idea->details == c.details &&
            idea->category == c.category && !c.favourite && !c.hidden && c.location.isEmpty())
            s.shippedBuiltins.insert(c.id, c);
    }
    for (const PlanVersion& v : SafetyPlanStore(db).history()) s.planVersions.insert(v.id);
    for (const journal::EntryTimes& e : journal::readTimes(db)) {
        s.journal.insert(e.id, e.updatedAt);
        const int year = e.occurredAt.date().year();
        ++s.journalPerYear[year];
        s.journalYearOf.insert(e.id, year);
    }
    for (const WeekReflection& r : WeekReflectionStore(db).all())
        s.reflections.insert(WeekReflectionStore::key(r.weekStart), r.updatedAt);
    for (const SetbackReflection& r : SetbackReflectionStore(db).all()) s.setbacks.insert(r.id, r.updatedAt);
    if (const std::optional<RecoveryPlaceNote> place = RecoveryPlaceStore(db).stored()) {
        s.hasRecoveryPlace = true;
        s.recoveryPlaceUpdated = place->updatedAt;
    }
    for (const CheckIn& c : CheckInStore(db).all()) s.checkIns.insert(CheckInStore::dayKey(c.day), c.updatedAt);
    for (const Medium& m : mediaRecords::all(db)) s.media.insert(m.id, m.updatedAt);
    return s;
}

Decision decideStrategy(const ProfileState& state, const CopingStrategy& incoming) {
    const auto here = state.strategies.constFind(incoming.id);
    if (here == state.strategies.cend()) return Decision::Add;
    // A built-in idea still as shipped here takes the file's version, edits, times and all:
    // it was seeded on this computer at its own time, which says nothing about newness.
    if (const auto shipped = state.shippedBuiltins.constFind(incoming.id); shipped != state.shippedBuiltins.cend())
        return *shipped == incoming ? Decision::Same : Decision::Update;
    return decide(true, *here, incoming.updatedAt);
}

void putContact(Database& db, const ContactRecord& r) { ContactStore(db).put(r.contact, r.updatedAt); }

void putStrategy(Database& db, const CopingStrategy& strategy) { StrategyStore(db).put(strategy); }

void addPlanVersion(Database& db, const PlanVersion& version) { SafetyPlanStore(db).addVersion(version); }

void putReflection(Database& db, const ReflectionRecord& r) {
    WeekReflectionStore(db).put({r.weekStart, r.text, r.updatedAt});
}

void putSetback(Database& db, const SetbackReflection& reflection) { SetbackReflectionStore(db).put(reflection); }

void putRecoveryPlace(Database& db, const RecoveryPlaceNote& note) { RecoveryPlaceStore(db).put(note); }

void putCheckIn(Database& db, const CheckIn& checkIn) { CheckInStore(db).put(checkIn); }

}  // namespace mooring::importRows
