#pragma once

#include "domain/Clock.h"
#include "domain/Contact.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace mooring {

class Database;

// A contact with the time it was last changed, which Contact itself does not carry.
struct StoredContact {
    Contact contact;
    QDateTime updatedAt;
};

// The person's contacts (table contacts), in their order. Every change is one transaction.
class ContactStore {
public:
    explicit ContactStore(Database& db, Clock clock = {});

    QList<Contact> all();
    std::optional<Contact> find(const QString& id);
    // New id, last in the list. Throws Error(InvalidInput) when problems() is not empty.
    Contact add(const Contact& draft);
    Contact update(const Contact& changed);
    void remove(const QString& id);

    // Every contact with its time, in the list's order (what an export holds).
    QList<StoredContact> allWithTimes();
    // Puts a contact as it is, id and time kept (now when `updatedAt` is invalid): replaces
    // the one with its id, or goes last. For an import, which has checked it already.
    void put(const Contact& contact, const QDateTime& updatedAt);

private:
    QString nowText() const;
    static void checkValid(const Contact& contact);
    // One row, written the same way by add()/update() and put(); false: no such id.
    void insertRow(const Contact& contact, const QString& updatedAt);
    bool updateRow(const Contact& contact, const QString& updatedAt);

    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
