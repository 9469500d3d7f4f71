#pragma once

#include "domain/Contact.h"

#include <QDialog>

#include <optional>

class QListWidget;

namespace mooring {

class ProfileSession;
class MessageBanner;

// Choose one of the person's contacts for the plan, or add a new one to their contacts.
class ContactPicker : public QDialog {
    Q_OBJECT
public:
    explicit ContactPicker(ProfileSession& session, QWidget* parent = nullptr);
    std::optional<Contact> chosen() const;
    // Saves a new contact and chooses it; false (with a message) when it cannot be saved.
    bool addContact(const Contact& draft);
    QListWidget* list() const noexcept { return m_list; }

private:
    void reload(const QString& selectId = {});
    void newContact();

    ProfileSession& m_session;
    QList<Contact> m_contacts;
    QListWidget* m_list;
    MessageBanner* m_banner;
};

}  // namespace mooring
