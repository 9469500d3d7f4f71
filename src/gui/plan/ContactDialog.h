#pragma once

#include "domain/Contact.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mooring {

class MessageBanner;

// Add or change one contact: name, phone, role, note. Letters in the phone get a gentle
// note but are allowed ("ask at reception" is a real entry).
class ContactDialog : public QDialog {
    Q_OBJECT
public:
    explicit ContactDialog(const Contact& contact, QWidget* parent = nullptr);
    Contact contact() const;
    QString phoneNote() const;
    void accept() override;  // stays open with a message while there is a problem

    QLineEdit* nameField() const noexcept { return m_name; }
    QLineEdit* phoneField() const noexcept { return m_phone; }

private:
    Contact m_contact;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLabel* m_phoneNote;
    QComboBox* m_role;
    QLineEdit* m_note;
    MessageBanner* m_banner;
};

}  // namespace mooring
