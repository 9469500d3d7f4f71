#include "gui/settings/LockScreenContactsEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

namespace {
constexpr int kMaxContacts = 5;  // the crisis screen stays calm
constexpr int kMaxLength = 100;
}  // namespace

LockScreenContactsEditor::LockScreenContactsEditor(QList<LockScreenContact> contacts, QWidget* parent)
    : QWidget(parent),
      m_contacts(std::move(contacts)),
      m_name(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add to the lock screen"), this)),
      m_list(new QListWidget(this)),
      m_remove(new QPushButton(tr("Take off the lock screen"), this)),
      m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("lockScreenContacts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("People on the lock screen"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto* warning =
        new QLabel(tr("You can show one or more people you trust on \"I need help now\" before Mooring is unlocked. "
                      "Only add someone if you are comfortable with that: these names and numbers are kept unencrypted "
                      "in the settings file, and anyone at this computer can see them."),
                   this);
    warning->setObjectName(QStringLiteral("lockScreenWarning"));
    warning->setWordWrap(true);
    layout->addWidget(warning);

    m_name->setObjectName(QStringLiteral("lockContactName"));
    m_name->setPlaceholderText(tr("Name, like Sam"));
    m_name->setAccessibleName(tr("Name of someone to show on the lock screen"));
    m_name->setMaxLength(kMaxLength);
    m_phone->setObjectName(QStringLiteral("lockContactPhone"));
    m_phone->setPlaceholderText(tr("Phone number"));
    m_phone->setAccessibleName(tr("Their phone number"));
    m_phone->setMaxLength(kMaxLength);
    m_add->setObjectName(QStringLiteral("lockContactAdd"));
    m_add->setAccessibleName(tr("Add this person to the lock screen"));
    auto* fields = new QHBoxLayout;
    fields->addWidget(m_name, 1);
    fields->addWidget(m_phone, 1);
    fields->addWidget(m_add);
    layout->addLayout(fields);

    m_problem->setObjectName(QStringLiteral("lockContactProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_list->setObjectName(QStringLiteral("lockContactList"));
    m_list->setAccessibleName(tr("People shown on the lock screen"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_remove->setObjectName(QStringLiteral("lockContactRemove"));
    m_remove->setAccessibleName(tr("Take the chosen person off the lock screen"));
    layout->addWidget(m_list);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);

    connect(m_add, &QPushButton::clicked, this, &LockScreenContactsEditor::add);
    connect(m_phone, &QLineEdit::returnPressed, this, &LockScreenContactsEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &LockScreenContactsEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    refresh();
}

QList<QWidget*> LockScreenContactsEditor::tabOrder() const { return {m_name, m_phone, m_add, m_list, m_remove}; }

void LockScreenContactsEditor::add() {
    const LockScreenContact contact{m_name->text().trimmed(), m_phone->text().trimmed()};
    QString problem;
    if (contact.name.isEmpty() || contact.phone.isEmpty())
        problem = tr("Please write both a name and a number.");
    else if (m_contacts.size() >= kMaxContacts)
        problem =
            tr("The lock screen shows up to %1 people, so it stays calm. Take someone off first.").arg(kMaxContacts);
    else if (m_contacts.contains(contact))
        problem = tr("%1 is already on the lock screen.").arg(contact.name);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) return;
    m_contacts.append(contact);
    m_name->clear();
    m_phone->clear();
    m_name->setFocus();
    refresh();
    Q_EMIT changed(m_contacts);
}

void LockScreenContactsEditor::removeSelected() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_contacts.size()) return;
    m_contacts.removeAt(row);
    refresh();
    Q_EMIT changed(m_contacts);
}

void LockScreenContactsEditor::refresh() {
    m_list->clear();
    for (const LockScreenContact& c : std::as_const(m_contacts)) m_list->addItem(tr("%1, %2").arg(c.name, c.phone));
    m_list->setVisible(!m_contacts.isEmpty());
    m_remove->setVisible(!m_contacts.isEmpty());
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

}  // namespace mooring
