#include "storage/CheckInStore.h"

#include "domain/Error.h"
#include "domain/JournalEntryJson.h"
#include "storage/Database.h"

#include <QHash>
#include <QUuid>

namespace mooring {

using namespace Qt::StringLiterals;

namespace {

std::optional<std::int64_t> flag(const std::optional<bool>& value) {
    if (!value) return std::nullopt;
    return *value ? 1 : 0;
}

std::optional<bool> flagAt(const Statement& row, int column) {
    if (row.isNull(column)) return std::nullopt;
    return row.integer(column) != 0;
}

std::optional<int> numberAt(const Statement& row, int column) {
    if (row.isNull(column)) return std::nullopt;
    return row.integer(column);
}

// The lists of the rows whose seq is between the days; appended in position order.
void readLists(Database& db, const QString& first, const QString& last, QList<CheckIn>& out,
               const QHash<std::int64_t, qsizetype>& bySeq) {
    constexpr const char* inRange = " WHERE check_in IN (SELECT seq FROM check_ins WHERE day BETWEEN ? AND ?)";
    Statement feelings(
        db, std::string("SELECT check_in, name FROM check_in_feelings") + inRange + " ORDER BY check_in, position");
    feelings.bind(1, first).bind(2, last);
    while (feelings.step())
        if (const auto it = bySeq.constFind(feelings.int64(0)); it != bySeq.cend())
            out[*it].feelings.append(feelings.text(1));
    Statement helped(db, std::string("SELECT check_in, strategy_id, text FROM check_in_helped") + inRange +
                             " ORDER BY check_in, position");
    helped.bind(1, first).bind(2, last);
    while (helped.step())
        if (const auto it = bySeq.constFind(helped.int64(0)); it != bySeq.cend())
            out[*it].helped.append(
                {helped.isNull(1) ? QString() : helped.text(1), helped.isNull(2) ? QString() : helped.text(2)});
}

}  // namespace

CheckInStore::CheckInStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QString CheckInStore::dayKey(const QDate& day) { return day.toString(Qt::ISODate); }

CheckIn CheckInStore::save(const CheckIn& checkIn) {
    CheckIn c = checkIn.trimmed();
    const QDateTime now = timeNow(m_clock);
    if (const QList<CheckIn::Problem> problems = c.problems(now.date()); !problems.isEmpty())
        throw Error(Error::Kind::InvalidInput, problems.first().message);
    Transaction transaction(m_db);
    if (const std::optional<CheckIn> here = forDay(c.day)) {
        c.id = here->id;
        c.createdAt = here->createdAt;
    } else {
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.createdAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::OffsetFromUTC, now.offsetFromUtc());
    }
    c.updatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::OffsetFromUTC, now.offsetFromUtc());
    put(c);
    transaction.commit();
    return c;
}

void CheckInStore::put(const CheckIn& c) {
    Transaction transaction(m_db);
    // The lists go with their row (ON DELETE CASCADE).
    Statement(m_db, "DELETE FROM check_ins WHERE id = ? OR day = ?").bind(1, c.id).bind(2, dayKey(c.day)).run();
    Statement row(m_db,
                  "INSERT INTO check_ins(id, day, overall, urge, sleep_hours, ate, medication, moved, note, "
                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    row.bind(1, c.id).bind(2, dayKey(c.day)).bind(3, c.overall.value_or(0));
    if (c.urge)
        row.bind(4, *c.urge);
    else
        row.bind(4, std::nullopt);
    if (c.selfCare.sleepHours)
        row.bind(5, *c.selfCare.sleepHours);
    else
        row.bind(5, std::nullopt);
    row.bind(6, flag(c.selfCare.ate))
        .bind(7, flag(c.selfCare.medication))
        .bind(8, flag(c.selfCare.moved))
        .bind(9, c.note)
        .bind(10, journalJson::timeText(c.createdAt))
        .bind(11, journalJson::timeText(c.updatedAt))
        .run();
    const std::int64_t seq = m_db.lastInsertRowId();
    Statement feeling(m_db, "INSERT INTO check_in_feelings(check_in, position, name) VALUES (?, ?, ?)");
    for (int i = 0; i < c.feelings.size(); ++i) {
        feeling.bind(1, seq).bind(2, i).bind(3, c.feelings.at(i)).run();
        feeling.reset();
    }
    Statement helped(m_db, "INSERT INTO check_in_helped(check_in, position, strategy_id, text) VALUES (?, ?, ?, ?)");
    for (int i = 0; i < c.helped.size(); ++i) {
        const CheckInHelp& h = c.helped.at(i);
        helped.bind(1, seq).bind(2, i);
        if (h.strategyId.isEmpty())
            helped.bind(3, std::nullopt).bind(4, h.text);
        else
            helped.bind(3, h.strategyId).bind(4, std::nullopt);
        helped.run();
        helped.reset();
    }
    transaction.commit();
}

QList<CheckIn> CheckInStore::select(const QString& first, const QString& last) {
    Statement query(m_db,
                    "SELECT seq, id, day, overall, urge, sleep_hours, ate, medication, moved, note, created_at, "
                    "updated_at FROM check_ins WHERE day BETWEEN ? AND ? ORDER BY day");
    query.bind(1, first).bind(2, last);
    QList<CheckIn> out;
    QHash<std::int64_t, qsizetype> bySeq;
    while (query.step()) {
        CheckIn c;
        c.id = query.text(1);
        c.day = QDate::fromString(query.text(2), Qt::ISODate);
        c.overall = query.integer(3);
        c.urge = numberAt(query, 4);
        if (!query.isNull(5)) c.selfCare.sleepHours = query.real(5);
        c.selfCare.ate = flagAt(query, 6);
        c.selfCare.medication = flagAt(query, 7);
        c.selfCare.moved = flagAt(query, 8);
        c.note = query.text(9);
        c.createdAt = journalJson::timeFromText(query.text(10));
        c.updatedAt = journalJson::timeFromText(query.text(11));
        bySeq.insert(query.int64(0), out.size());
        out.append(std::move(c));
    }
    if (!out.isEmpty()) readLists(m_db, first, last, out, bySeq);
    return out;
}

std::optional<CheckIn> CheckInStore::forDay(const QDate& day) {
    if (!day.isValid()) return std::nullopt;
    const QList<CheckIn> found = select(dayKey(day), dayKey(day));
    if (found.isEmpty()) return std::nullopt;
    return found.first();
}

QList<CheckIn> CheckInStore::range(const QDate& first, const QDate& last) {
    if (!first.isValid() || !last.isValid() || last < first) return {};
    return select(dayKey(first), dayKey(last));
}

// "0000" sorts before every day and "9999" after: the whole table.
QList<CheckIn> CheckInStore::all() { return select(u"0000"_s, u"9999"_s); }

int CheckInStore::count() {
    Statement query(m_db, "SELECT count(*) FROM check_ins");
    query.step();
    return query.integer(0);
}

void CheckInStore::remove(const QDate& day) {
    Transaction transaction(m_db);
    Statement(m_db, "DELETE FROM check_ins WHERE day = ?").bind(1, dayKey(day)).run();
    transaction.commit();
}

}  // namespace mooring
