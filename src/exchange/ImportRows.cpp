#include "exchange/ImportRows.h"

#include "exchange/ExportJson.h"
#include "storage/Database.h"
#include "storage/JournalRows.h"
#include "storage/StrategyStore.h"

namespace mooring::importRows {

namespace {

QDateTime timeFrom(const QString& text) { return QDateTime::fromString(text, Qt::ISODate); }

int nextPosition(Database& db, const char* sql) {
    Statement query(db, sql);
    return query.step() && !query.isNull(0) ? query.integer(0) + 1 : 0;
}

}  // namespace

Decision decide(bool isHere, const QDateTime& here, const QDateTime& incoming) {
    if (!isHere) return Decision::Add;
    if (!incoming.isValid()) return Decision::Keep;  // no time to say it is newer
    if (!here.isValid() || incoming > here) return Decision::Update;
    return incoming < here ? Decision::Keep : Decision::Same;
}

ProfileState readState(Database& db) {
    ProfileState s;
    Statement contacts(db, "SELECT id, updated_at FROM contacts");
    while (contacts.step()) s.contacts.insert(contacts.text(0), timeFrom(contacts.text(1)));
    QHash<QString, CopingIdea> shipped;
    for (const CopingIdea& idea : StrategyStore::bundledIdeas()) shipped.insert(idea.id, idea);
    for (const CopingStrategy& c : StrategyStore(db).all()) {
        s.strategies.insert(c.id, c.updatedAt);
        const auto idea = shipped.constFind(c.builtinKey);
        if (c.builtin && idea != shipped.cend() && idea->title == c.title && idea->details == c.details &&
            idea->category == c.category && !c.favourite && !c.hidden && c.location.isEmpty())
            s.shippedBuiltins.insert(c.id, c);
    }
    Statement plans(db, "SELECT id FROM plan_versions");
    while (plans.step()) s.planVersions.insert(plans.text(0));
    Statement journal(db, "SELECT id, updated_at, occurred_utc, utc_offset FROM journal_entries");
    while (journal.step()) {
        const QString id = journal.text(0);
        s.journal.insert(id, timeFrom(journal.text(1)));
        const int year =
            QDateTime::fromSecsSinceEpoch(journal.int64(2), Qt::OffsetFromUTC, journal.integer(3)).date().year();
        ++s.journalPerYear[year];
        s.journalYearOf.insert(id, year);
    }
    Statement weeks(db, "SELECT week_start, updated_at FROM week_reflections");
    while (weeks.step()) s.reflections.insert(weeks.text(0), timeFrom(weeks.text(1)));
    Statement setbacks(db, "SELECT id, updated_at FROM setback_reflections");
    while (setbacks.step()) s.setbacks.insert(setbacks.text(0), timeFrom(setbacks.text(1)));
    Statement place(db, "SELECT updated_at FROM recovery_place WHERE slot = 1");
    if (place.step()) {
        s.hasRecoveryPlace = true;
        s.recoveryPlaceUpdated = timeFrom(place.text(0));
    }
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

void putContact(Database& db, const ContactRecord& r, bool exists) {
    const Contact& c = r.contact;
    if (exists) {
        Statement update(db,
                         "UPDATE contacts SET name = ?, phone = ?, role = ?, note = ?, updated_at = ? WHERE id = ?");
        update.bind(1, c.name).bind(2, c.phone).bind(3, Contact::roleKey(c.role)).bind(4, c.note);
        update.bind(5, exportJson::timeText(r.updatedAt)).bind(6, c.id).run();
        return;
    }
    const int position = nextPosition(db, "SELECT max(position) FROM contacts");
    Statement insert(
        db, "INSERT INTO contacts(id, name, phone, role, note, position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, c.id).bind(2, c.name).bind(3, c.phone).bind(4, Contact::roleKey(c.role)).bind(5, c.note);
    const QDateTime updated = r.updatedAt.isValid() ? r.updatedAt : QDateTime::currentDateTime();
    insert.bind(6, position).bind(7, exportJson::timeText(updated)).run();
}

void putStrategy(Database& db, const CopingStrategy& c, bool exists) {
    if (exists) {
        Statement del(db, "DELETE FROM strategies WHERE id = ?");
        del.bind(1, c.id).run();
    }
    Statement insert(db,
                     "INSERT INTO strategies(id, category, title, details, location, favourite, favourite_order, "
                     "builtin, builtin_key, archived, position, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, c.id).bind(2, CopingIdea::categoryName(c.category)).bind(3, c.title).bind(4, c.details);
    insert.bind(5, c.location).bind(6, c.favourite ? 1 : 0);
    if (c.favouriteOrder)
        insert.bind(7, *c.favouriteOrder);
    else
        insert.bind(7, std::nullopt);
    insert.bind(8, c.builtin ? 1 : 0);
    if (c.builtinKey.isEmpty())
        insert.bind(9, std::nullopt);
    else
        insert.bind(9, c.builtinKey);
    insert.bind(10, c.hidden ? 1 : 0).bind(11, c.position).bind(12, exportJson::timeText(c.createdAt));
    insert.bind(13, exportJson::timeText(c.updatedAt)).run();
    if (!c.builtinKey.isEmpty()) {
        // Seeding must never bring this built-in back a second time.
        Statement seed(db, "INSERT OR IGNORE INTO strategy_seeds(builtin_key, seeded_at) VALUES (?, ?)");
        seed.bind(1, c.builtinKey).bind(2, exportJson::timeText(c.createdAt)).run();
    }
}

void addPlanVersion(Database& db, const PlanVersion& v) {
    Statement insert(db, "INSERT INTO plan_versions(id, saved_at, note) VALUES (?, ?, ?)");
    insert.bind(1, v.id).bind(2, exportJson::timeText(v.savedAt)).bind(3, v.note).run();
    const std::int64_t seq = db.lastInsertRowId();
    Statement item(db, "INSERT INTO plan_items(version, section, position, text) VALUES (?, ?, ?, ?)");
    for (PlanSection s : planSections::all()) {
        const QStringList& list = v.plan.items(s);
        for (int i = 0; i < list.size(); ++i) {
            item.reset();
            item.bind(1, seq).bind(2, planSections::key(s)).bind(3, i).bind(4, list[i]).run();
        }
    }
}

void putJournalEntry(Database& db, const JournalEntry& entry) {
    if (const std::optional<journal::Stamp> stamp = journal::stampOf(db, entry.id))
        journal::replaceEntry(db, stamp->seq, entry);
    else
        journal::insertEntry(db, entry);
}

void putReflection(Database& db, const ReflectionRecord& r) {
    Statement put(db, "INSERT OR REPLACE INTO week_reflections(week_start, text, updated_at) VALUES (?, ?, ?)");
    put.bind(1, r.weekStart.toString(Qt::ISODate)).bind(2, r.text).bind(3, exportJson::timeText(r.updatedAt)).run();
}

void putSetback(Database& db, const SetbackReflection& r) {
    Statement put(db,
                  "INSERT OR REPLACE INTO setback_reflections(id, entry_id, before_text, warning_signs, tried, "
                  "next_time, for_plan, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    put.bind(1, r.id);
    if (r.entryId.isEmpty())
        put.bind(2, std::nullopt);
    else
        put.bind(2, r.entryId);
    put.bind(3, r.before).bind(4, r.warningSigns).bind(5, r.tried).bind(6, r.nextTime).bind(7, r.forPlan);
    put.bind(8, exportJson::timeText(r.createdAt)).bind(9, exportJson::timeText(r.updatedAt)).run();
}

void putRecoveryPlace(Database& db, const RecoveryPlaceNote& n) {
    Statement put(db, "INSERT OR REPLACE INTO recovery_place(slot, place, words, updated_at) VALUES (1, ?, ?, ?)");
    if (n.place)
        put.bind(1, RecoveryPlaceNote::placeKey(*n.place));
    else
        put.bind(1, std::nullopt);
    put.bind(2, n.words).bind(3, exportJson::timeText(n.updatedAt)).run();
}

}  // namespace mooring::importRows
