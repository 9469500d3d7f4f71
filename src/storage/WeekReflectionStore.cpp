#include "storage/WeekReflectionStore.h"

#include "domain/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

WeekReflection fromRow(const Statement& row) {
    WeekReflection r;
    r.weekStart = QDate::fromString(row.text(0), Qt::ISODate);
    r.text = row.text(1);
    r.updatedAt = QDateTime::fromString(row.text(2), Qt::ISODate);
    return r;
}

}  // namespace

WeekReflectionStore::WeekReflectionStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QDateTime WeekReflectionStore::now() const {
    const QDateTime t = timeNow(m_clock);
    // Keep the offset of that moment, as the rest of the profile does (ISO 8601 with offset).
    return t.toOffsetFromUtc(t.offsetFromUtc());
}

QString WeekReflectionStore::key(const QDate& weekStart) { return weekStart.toString(Qt::ISODate); }

void WeekReflectionStore::save(const QDate& weekStart, const QString& text) {
    if (!weekStart.isValid() || weekStart.year() < 1000 || weekStart.year() > 9999) {
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("mooring", "This week could not be found in the calendar."));
    }
    const QString kept = text.trimmed();
    if (kept.size() > kMaxText) {
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("mooring", "This note is longer than %1 characters; please shorten it.")
                        .arg(kMaxText));
    }
    if (!kept.isEmpty()) {
        put({weekStart, kept, now()});
        return;
    }
    Transaction tx(m_db);
    Statement del(m_db, "DELETE FROM week_reflections WHERE week_start = ?");
    del.bind(1, key(weekStart)).run();
    tx.commit();
}

void WeekReflectionStore::put(const WeekReflection& r) {
    Transaction tx(m_db);
    // SQLite 3.15 has no UPSERT; REPLACE is enough since the row has nothing else to keep.
    Statement put(m_db, "INSERT OR REPLACE INTO week_reflections(week_start, text, updated_at) VALUES (?, ?, ?)");
    const QString updated = r.updatedAt.isValid()
                                ? r.updatedAt.toOffsetFromUtc(r.updatedAt.offsetFromUtc()).toString(Qt::ISODate)
                                : QString();
    put.bind(1, key(r.weekStart)).bind(2, r.text).bind(3, updated).run();
    tx.commit();
}

std::optional<WeekReflection> WeekReflectionStore::find(const QDate& weekStart) {
    if (!weekStart.isValid()) return std::nullopt;
    Statement row(m_db, "SELECT week_start, text, updated_at FROM week_reflections WHERE week_start = ?");
    row.bind(1, key(weekStart));
    if (!row.step()) return std::nullopt;
    return fromRow(row);
}

QList<WeekReflection> WeekReflectionStore::all() {
    QList<WeekReflection> out;
    Statement rows(m_db, "SELECT week_start, text, updated_at FROM week_reflections ORDER BY week_start");
    while (rows.step()) out.append(fromRow(rows));
    return out;
}

int WeekReflectionStore::count() {
    Statement rows(m_db, "SELECT count(*) FROM week_reflections");
    return rows.step() ? rows.integer(0) : 0;
}

}  // namespace mooring
