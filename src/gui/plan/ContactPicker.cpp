#include "gui/plan/ContactPicker.h"

#include "domain/Error.h"
#include "gui/common/MessageBanner.h"
#include "gui/plan/ContactDialog.h"
#include "session/ProfileSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

ContactPicker::ContactPicker(ProfileSession& session, QWidget* parent) : QDialog(parent), m_session(session) {
    setWindowTitle(tr("Choose a contact"));
    auto* intro = new QLabel(tr("Choose someone from your contacts, or add someone new."));
    intro->setWordWrap(true);
    m_list = new QListWidget;
    m_banner = new MessageBanner;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* add = buttons->addButton(tr("New contact…"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ContactPicker::newContact);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    // A contact changed elsewhere while this is open (it is modal, so: by an import).
    connect(&session, &ProfileSession::contactsChanged, this, [this] {
        const auto current = chosen();
        reload(current ? current->id : QString());
    });
    reload();
}

void ContactPicker::reload(const QString& selectId) {
    try {
        m_contacts = m_session.contacts().all();
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
    }
    m_list->clear();
    for (const Contact& c : m_contacts) {
        QString line = c.phone.isEmpty() ? c.name : c.name + QStringLiteral("  \u00b7  ") + c.phone;
        line += QStringLiteral("  (") + Contact::roleLabel(c.role) + QStringLiteral(")");
        m_list->addItem(line);
        if (c.id == selectId) m_list->setCurrentRow(m_list->count() - 1);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0) m_list->setCurrentRow(0);
}

std::optional<Contact> ContactPicker::chosen() const {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_contacts.size()) return std::nullopt;
    return m_contacts[row];
}

bool ContactPicker::addContact(const Contact& draft) {
    try {
        const Contact saved = m_session.contacts().add(draft);
        reload(saved.id);
        return true;
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
        return false;
    }
}

void ContactPicker::newContact() {
    ContactDialog dialog(Contact{}, this);
    if (dialog.exec() == QDialog::Accepted) addContact(dialog.contact());
}

}  // namespace mooring
