#include "storage/SetbackReflectionStore.h"

#include "domain/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QUuid>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime& t) { return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate); }

QDateTime timeFrom(const QString& text) { return QDateTime::fromString(text, Qt::ISODate); }

constexpr const char* kColumns =
    "SELECT id, entry_id, before_text, warning_signs, tried, next_time, for_plan, created_at, updated_at "
    "FROM setback_reflections ";

SetbackReflection fromRow(const Statement& row) {
    SetbackReflection r;
    r.id = row.text(0);
    r.entryId = row.isNull(1) ? QString() : row.text(1);
    r.before = row.text(2);
    r.warningSigns = row.text(3);
    r.tried = row.text(4);
    r.nextTime = row.text(5);
    r.forPlan = row.text(6);
    r.createdAt = timeFrom(row.text(7));
    r.updatedAt = timeFrom(row.text(8));
    return r;
}

}  // namespace

SetbackReflectionStore::SetbackReflectionStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QString SetbackReflectionStore::nowText() const { return timeText(timeNow(m_clock)); }

SetbackReflection SetbackReflectionStore::save(const SetbackReflection& reflection) {
    SetbackReflection r = reflection.trimmed();
    if (const QString problem = r.problem(); !problem.isEmpty()) throw Error(Error::Kind::InvalidInput, problem);
    const QString now = nowText();
    Transaction transaction(m_db);
    std::optional<SetbackReflection> existing;
    if (!r.id.isEmpty()) existing = find(r.id);
    if (existing) {
        Statement update(m_db,
                         "UPDATE setback_reflections SET entry_id = ?, before_text = ?, warning_signs = ?, tried = ?, "
                         "next_time = ?, for_plan = ?, updated_at = ? WHERE id = ?");
        update.bind(1, r.entryId.isEmpty() ? std::optional<QString>() : std::optional<QString>(r.entryId))
            .bind(2, r.before)
            .bind(3, r.warningSigns)
            .bind(4, r.tried)
            .bind(5, r.nextTime)
            .bind(6, r.forPlan)
            .bind(7, now)
            .bind(8, r.id)
            .run();
    } else {
        if (r.id.isEmpty()) r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.createdAt = r.updatedAt = timeFrom(now);
        put(r);
    }
    transaction.commit();
    return *find(r.id);
}

QList<SetbackReflection> SetbackReflectionStore::select(const char* where, const QString& value) {
    Statement query(m_db, std::string(kColumns) + where);
    if (!value.isNull()) query.bind(1, value);
    QList<SetbackReflection> out;
    while (query.step()) out.append(fromRow(query));
    return out;
}

std::optional<SetbackReflection> SetbackReflectionStore::find(const QString& id) {
    const QList<SetbackReflection> found = select("WHERE id = ?", id);
    if (found.isEmpty()) return std::nullopt;
    return found.first();
}

std::optional<SetbackReflection> SetbackReflectionStore::forEntry(const QString& entryId) {
    if (entryId.isEmpty()) return std::nullopt;
    const QList<SetbackReflection> found =
        select("WHERE entry_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT 1", entryId);
    if (found.isEmpty()) return std::nullopt;
    return found.first();
}

QList<SetbackReflection> SetbackReflectionStore::all() {
    return select("ORDER BY created_at DESC, rowid DESC", QString());
}

void SetbackReflectionStore::remove(const QString& id) {
    Transaction transaction(m_db);
    Statement(m_db, "DELETE FROM setback_reflections WHERE id = ?").bind(1, id).run();
    transaction.commit();
}

void SetbackReflectionStore::put(const SetbackReflection& r) {
    Transaction transaction(m_db);
    Statement put(m_db,
                  "INSERT OR REPLACE INTO setback_reflections(id, entry_id, before_text, warning_signs, tried, "
                  "next_time, for_plan, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    put.bind(1, r.id)
        .bind(2, r.entryId.isEmpty() ? std::optional<QString>() : std::optional<QString>(r.entryId))
        .bind(3, r.before)
        .bind(4, r.warningSigns)
        .bind(5, r.tried)
        .bind(6, r.nextTime)
        .bind(7, r.forPlan)
        .bind(8, timeText(r.createdAt))
        .bind(9, timeText(r.updatedAt))
        .run();
    transaction.commit();
}

RecoveryPlaceStore::RecoveryPlaceStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

RecoveryPlaceNote RecoveryPlaceStore::load() { return stored().value_or(RecoveryPlaceNote()); }

std::optional<RecoveryPlaceNote> RecoveryPlaceStore::stored() {
    Statement query(m_db, "SELECT place, words, updated_at FROM recovery_place WHERE slot = 1");
    if (!query.step()) return std::nullopt;
    RecoveryPlaceNote note;
    if (!query.isNull(0)) note.place = RecoveryPlaceNote::placeFromKey(query.text(0));
    note.words = query.text(1);
    note.updatedAt = timeFrom(query.text(2));
    return note;
}

RecoveryPlaceNote RecoveryPlaceStore::save(const RecoveryPlaceNote& note) {
    const QString words = note.words.trimmed();
    if (words.size() > RecoveryPlaceNote::kMaxWords)
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("mooring",
                                                "That is a lot to keep here. Could you make it a little "
                                                "shorter, or keep the rest in your journal?"));
    RecoveryPlaceNote kept = note;
    kept.words = words;
    kept.updatedAt = timeNow(m_clock);
    put(kept);
    return load();
}

void RecoveryPlaceStore::put(const RecoveryPlaceNote& note) {
    Transaction transaction(m_db);
    // One row at most (slot 1): REPLACE takes the place of whatever was said before.
    Statement put(m_db, "INSERT OR REPLACE INTO recovery_place(slot, place, words, updated_at) VALUES (1, ?, ?, ?)");
    put.bind(1, note.place ? std::optional<QString>(RecoveryPlaceNote::placeKey(*note.place)) : std::nullopt)
        .bind(2, note.words)
        .bind(3, timeText(note.updatedAt))
        .run();
    transaction.commit();
}

void RecoveryPlaceStore::clear() {
    Transaction transaction(m_db);
    Statement(m_db, "DELETE FROM recovery_place").run();
    transaction.commit();
}

}  // namespace mooring
