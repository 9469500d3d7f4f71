#pragma once

#include "domain/Contact.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace mooring {

class Database;

// The person's contacts (table contacts), in their order. Every change is one transaction.
class ContactStore {
public:
    using Clock = std::function<QDateTime()>;

    explicit ContactStore(Database& db, Clock clock = {});

    QList<Contact> all();
    std::optional<Contact> find(const QString& id);
    // New id, last in the list. Throws Error(InvalidInput) when problems() is not empty.
    Contact add(const Contact& draft);
    Contact update(const Contact& changed);
    void remove(const QString& id);

private:
    QString nowText() const;
    static void checkValid(const Contact& contact);

    Database& m_db;
    Clock m_clock;
};

}  // namespace mooring
