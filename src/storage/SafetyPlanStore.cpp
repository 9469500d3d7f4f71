#include "storage/SafetyPlanStore.h"

#include "domain/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QUuid>

namespace mooring {

namespace {

constexpr const char* kVersionColumns = "SELECT seq, id, saved_at, note FROM plan_versions ";

PlanVersion versionFrom(Statement& row) {
    PlanVersion v;
    v.number = row.integer(0);
    v.id = row.text(1);
    v.savedAt = QDateTime::fromString(row.text(2), Qt::ISODate);
    v.note = row.text(3);
    return v;
}

}  // namespace

SafetyPlanStore::SafetyPlanStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QDateTime SafetyPlanStore::now() const {
    const QDateTime t = timeNow(m_clock);
    // Keep the offset the person had, but as a fixed offset so it survives the text form.
    return t.toOffsetFromUtc(t.offsetFromUtc());
}

PlanVersion SafetyPlanStore::save(const SafetyPlan& plan, const QString& note) {
    PlanVersion v;
    v.plan = plan.normalized();
    v.note = note.trimmed();
    const QList<SafetyPlan::Problem> problems = v.plan.problems();
    if (!problems.isEmpty()) throw Error(Error::Kind::InvalidInput, problems.first().message);
    const QString noteProblem = SafetyPlan::noteProblem(v.note);
    if (!noteProblem.isEmpty()) throw Error(Error::Kind::InvalidInput, noteProblem);

    v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.savedAt = now();
    Transaction tx(m_db);
    const std::int64_t seq = insertVersion(v);
    tx.commit();
    v.number = static_cast<int>(seq);
    return v;
}

int SafetyPlanStore::addVersion(const PlanVersion& version) {
    Transaction tx(m_db);
    const std::int64_t seq = insertVersion(version);
    tx.commit();
    return static_cast<int>(seq);
}

std::int64_t SafetyPlanStore::insertVersion(const PlanVersion& v) {
    Statement insert(m_db, "INSERT INTO plan_versions(id, saved_at, note) VALUES (?, ?, ?)");
    const QString savedAt =
        v.savedAt.isValid() ? v.savedAt.toOffsetFromUtc(v.savedAt.offsetFromUtc()).toString(Qt::ISODate) : QString();
    insert.bind(1, v.id).bind(2, savedAt).bind(3, v.note).run();
    const std::int64_t seq = m_db.lastInsertRowId();
    Statement item(m_db, "INSERT INTO plan_items(version, section, position, text) VALUES (?, ?, ?, ?)");
    for (PlanSection s : planSections::all()) {
        const QStringList& list = v.plan.items(s);
        for (int i = 0; i < list.size(); ++i) {
            item.reset();
            item.bind(1, seq).bind(2, planSections::key(s)).bind(3, i).bind(4, list[i]).run();
        }
    }
    return seq;
}

void SafetyPlanStore::loadItems(std::int64_t seq, SafetyPlan& plan) {
    Statement rows(m_db, "SELECT section, text FROM plan_items WHERE version = ? ORDER BY section, position");
    rows.bind(1, seq);
    while (rows.step()) {
        PlanSection s;
        if (planSections::fromKey(rows.text(0), &s)) plan.items(s).append(rows.text(1));
    }
}

QList<PlanVersion> SafetyPlanStore::history() {
    QList<PlanVersion> out;
    Statement rows(m_db, std::string(kVersionColumns) + "ORDER BY seq");
    while (rows.step()) out.append(versionFrom(rows));
    return out;
}

std::optional<PlanVersion> SafetyPlanStore::findWhere(const char* where, const QString& arg) {
    Statement row(m_db, std::string(kVersionColumns) + where);
    if (!arg.isNull()) row.bind(1, arg);
    if (!row.step()) return std::nullopt;
    PlanVersion v = versionFrom(row);
    loadItems(v.number, v.plan);
    return v;
}

std::optional<PlanVersion> SafetyPlanStore::find(const QString& id) { return findWhere("WHERE id = ?", id); }

std::optional<PlanVersion> SafetyPlanStore::latest() { return findWhere("ORDER BY seq DESC LIMIT 1", QString()); }

std::optional<PlanVersion> SafetyPlanStore::lastSavedBefore(const QDate& day) {
    // Dates compare in the offset each version was saved with (its local day then).
    const QList<PlanVersion> all = history();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->savedAt.date() < day) return find(it->id);
    }
    return std::nullopt;
}

int SafetyPlanStore::count() {
    Statement row(m_db, "SELECT count(*) FROM plan_versions");
    return row.step() ? row.integer(0) : 0;
}

}  // namespace mooring
