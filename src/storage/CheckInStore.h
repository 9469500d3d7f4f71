#pragma once

#include "domain/CheckIn.h"
#include "domain/Clock.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mooring {

class Database;

// The daily check-ins (schema step 10): at most one per day. Every write is one
// transaction, so a day's check-in and its lists are kept together or not at all.
class CheckInStore {
public:
    explicit CheckInStore(Database& db, Clock clock = {});

    // Keeps `checkIn` (trimmed) as the check-in of its day. A day without one gets a new id
    // and created_at; a day that has one keeps that id and created_at, and everything else
    // is replaced. updated_at = now either way. Throws Error(InvalidInput) with the first
    // problem (CheckIn::problems, today by this store's clock). Returns it as stored.
    CheckIn save(const CheckIn& checkIn);
    std::optional<CheckIn> forDay(const QDate& day);
    // The check-ins from `first` to `last`, both included, oldest first.
    QList<CheckIn> range(const QDate& first, const QDate& last);
    QList<CheckIn> all();  // oldest first
    int count();
    void remove(const QDate& day);
    // Puts a check-in as it is, id and times kept, in place of the one with its id and the
    // one of its day (an import, which has checked it already).
    void put(const CheckIn& checkIn);

    // The YYYY-MM-DD key a day is stored under.
    static QString dayKey(const QDate& day);

private:
    QList<CheckIn> select(const QString& first, const QString& last);

    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
