#pragma once

#include <QList>
#include <QString>

namespace mooring {

enum class ContactRole { Friend, Family, Professional, Service, Other };

// A person or service the plan can name; the crisis screen shows them with their numbers.
struct Contact {
    QString id;  // UUID
    QString name;
    QString phone;  // free text: "ask at reception" is a real entry
    ContactRole role = ContactRole::Friend;
    QString note;

    bool operator==(const Contact&) const = default;

    enum class Field { Name, Phone, Note };
    struct Problem {
        Field field;
        QString message;
    };
    // Empty when the contact can be saved.
    QList<Problem> problems() const;
    // A gentle note when the phone has letters in it (still allowed), else empty.
    static QString phoneNote(const QString& phone);
    // "Sam, 07700 900123" or just "Sam": how a contact appears as a plan item.
    QString asPlanItem() const;

    static QString roleKey(ContactRole role);  // docs/export-format.md: friend, family, ...
    static bool roleFromKey(const QString& key, ContactRole* role);
    static QString roleLabel(ContactRole role);
    static QList<ContactRole> allRoles();
};

inline constexpr int kMaxContactNameLength = 200;
inline constexpr int kMaxContactPhoneLength = 100;
inline constexpr int kMaxContactNoteLength = 500;

}  // namespace mooring
