#include "storage/ContactStore.h"

#include "domain/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QUuid>

namespace mooring {

namespace {

Contact trimmed(const Contact& c) {
    Contact out = c;
    out.name = c.name.trimmed();
    out.phone = c.phone.trimmed();
    out.note = c.note.trimmed();
    return out;
}

}  // namespace

ContactStore::ContactStore(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QString ContactStore::nowText() const {
    const QDateTime t = timeNow(m_clock);
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

void ContactStore::checkValid(const Contact& contact) {
    const QList<Contact::Problem> problems = contact.problems();
    if (!problems.isEmpty()) throw Error(Error::Kind::InvalidInput, problems.first().message);
}

QList<Contact> ContactStore::all() {
    QList<Contact> out;
    for (StoredContact& stored : allWithTimes()) out.append(std::move(stored.contact));
    return out;
}

QList<StoredContact> ContactStore::allWithTimes() {
    QList<StoredContact> out;
    Statement rows(m_db, "SELECT id, name, phone, role, note, updated_at FROM contacts ORDER BY position, seq");
    while (rows.step()) {
        StoredContact stored;
        Contact& c = stored.contact;
        c.id = rows.text(0);
        c.name = rows.text(1);
        c.phone = rows.text(2);
        if (!Contact::roleFromKey(rows.text(3), &c.role)) c.role = ContactRole::Other;
        c.note = rows.text(4);
        stored.updatedAt = QDateTime::fromString(rows.text(5), Qt::ISODate);
        out.append(std::move(stored));
    }
    return out;
}

std::optional<Contact> ContactStore::find(const QString& id) {
    for (const Contact& c : all()) {
        if (c.id == id) return c;
    }
    return std::nullopt;
}

void ContactStore::insertRow(const Contact& c, const QString& updatedAt) {
    Statement insert(m_db,
                     "INSERT INTO contacts(id, name, phone, role, note, position, updated_at) VALUES "
                     "(?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM contacts), ?)");
    insert.bind(1, c.id).bind(2, c.name).bind(3, c.phone).bind(4, Contact::roleKey(c.role)).bind(5, c.note);
    insert.bind(6, updatedAt).run();
}

bool ContactStore::updateRow(const Contact& c, const QString& updatedAt) {
    Statement update(m_db, "UPDATE contacts SET name = ?, phone = ?, role = ?, note = ?, updated_at = ? WHERE id = ?");
    update.bind(1, c.name).bind(2, c.phone).bind(3, Contact::roleKey(c.role)).bind(4, c.note).bind(5, updatedAt);
    update.bind(6, c.id).run();
    return m_db.changes() == 1;
}

Contact ContactStore::add(const Contact& draft) {
    Contact c = trimmed(draft);
    checkValid(c);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction tx(m_db);
    insertRow(c, nowText());
    tx.commit();
    return c;
}

Contact ContactStore::update(const Contact& changed) {
    Contact c = trimmed(changed);
    checkValid(c);
    Transaction tx(m_db);
    if (!updateRow(c, nowText())) {
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("mooring", "This contact is no longer there."));
    }
    tx.commit();
    return c;
}

void ContactStore::put(const Contact& contact, const QDateTime& updatedAt) {
    const QString time =
        updatedAt.isValid() ? updatedAt.toOffsetFromUtc(updatedAt.offsetFromUtc()).toString(Qt::ISODate) : nowText();
    Transaction tx(m_db);
    if (!updateRow(contact, time)) insertRow(contact, time);
    tx.commit();
}

void ContactStore::remove(const QString& id) {
    Transaction tx(m_db);
    Statement del(m_db, "DELETE FROM contacts WHERE id = ?");
    del.bind(1, id).run();
    tx.commit();
}

}  // namespace mooring
