#include "gui/plan/ContactDialog.h"

#include "gui/common/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mooring {

ContactDialog::ContactDialog(const Contact& contact, QWidget* parent) : QDialog(parent), m_contact(contact) {
    setWindowTitle(contact.id.isEmpty() ? tr("New contact") : tr("Change contact"));
    m_name = new QLineEdit(contact.name);
    m_name->setObjectName(QStringLiteral("contactName"));
    m_phone = new QLineEdit(contact.phone);
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_phoneNote = new QLabel;
    m_phoneNote->setWordWrap(true);
    m_role = new QComboBox;
    for (ContactRole r : Contact::allRoles()) m_role->addItem(Contact::roleLabel(r), static_cast<int>(r));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(contact.role)));
    m_note = new QLineEdit(contact.note);
    m_note->setPlaceholderText(tr("For example: best after 6 pm"));
    m_banner = new MessageBanner;

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(QString(), m_phoneNote);
    form->addRow(tr("Who they are"), m_role);
    form->addRow(tr("Note"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateNote = [this] {
        m_phoneNote->setText(phoneNote());
        m_phoneNote->setVisible(!phoneNote().isEmpty());
    };
    connect(m_phone, &QLineEdit::textChanged, this, updateNote);
    updateNote();
}

Contact ContactDialog::contact() const {
    Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.role = static_cast<ContactRole>(m_role->currentData().toInt());
    c.note = m_note->text().trimmed();
    return c;
}

QString ContactDialog::phoneNote() const { return Contact::phoneNote(m_phone->text()); }

void ContactDialog::accept() {
    const QList<Contact::Problem> problems = contact().problems();
    if (!problems.isEmpty()) {
        m_banner->showMessage(problems.first().message);
        return;
    }
    QDialog::accept();
}

}  // namespace mooring
