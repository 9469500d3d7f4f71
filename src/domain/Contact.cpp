#include "domain/Contact.h"
#include "domain/TextLength.h"

#include <QCoreApplication>

namespace mooring {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("mooring", text); }
}  // namespace

QList<Contact::Problem> Contact::problems() const {
    QList<Problem> out;
    const QString n = name.trimmed();
    if (n.isEmpty()) out.append({Field::Name, tr("Please give a name, even a short one.")});
    if (characterCount(n) > kMaxContactNameLength) {
        out.append({Field::Name, tr("A name can be up to %1 characters long.").arg(kMaxContactNameLength)});
    }
    if (characterCount(phone.trimmed()) > kMaxContactPhoneLength) {
        out.append({Field::Phone, tr("A number can be up to %1 characters long.").arg(kMaxContactPhoneLength)});
    }
    if (characterCount(note.trimmed()) > kMaxContactNoteLength) {
        out.append({Field::Note, tr("A note can be up to %1 characters long.").arg(kMaxContactNoteLength)});
    }
    return out;
}

QString Contact::phoneNote(const QString& phone) {
    for (QChar c : phone) {
        if (c.isLetter()) {
            return tr(
                "This has letters in it. That's fine if it's what you mean, like "
                "\"ask at reception\"; just check the number is right.");
        }
    }
    return {};
}

QString Contact::asPlanItem() const {
    const QString p = phone.trimmed();
    return p.isEmpty() ? name.trimmed() : name.trimmed() + QStringLiteral(", ") + p;
}

QString Contact::roleKey(ContactRole role) {
    switch (role) {
        case ContactRole::Friend:
            return QStringLiteral("friend");
        case ContactRole::Family:
            return QStringLiteral("family");
        case ContactRole::Professional:
            return QStringLiteral("professional");
        case ContactRole::Service:
            return QStringLiteral("service");
        case ContactRole::Other:
            return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

bool Contact::roleFromKey(const QString& key, ContactRole* role) {
    for (ContactRole r : allRoles()) {
        if (roleKey(r) == key) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString Contact::roleLabel(ContactRole role) {
    switch (role) {
        case ContactRole::Friend:
            return tr("Friend");
        case ContactRole::Family:
            return tr("Family");
        case ContactRole::Professional:
            return tr("Professional");
        case ContactRole::Service:
            return tr("Service");
        case ContactRole::Other:
            return tr("Other");
    }
    return {};
}

QList<ContactRole> Contact::allRoles() {
    return {ContactRole::Friend, ContactRole::Family, ContactRole::Professional, ContactRole::Service,
            ContactRole::Other};
}

}  // namespace mooring
