#include "gui/crisis/HelplineEditDialog.h"

#include "gui/crisis/CrisisStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

HelplineEditDialog::HelplineEditDialog(const Helpline& helpline, QWidget* parent)
    : QDialog(parent), m_original(helpline) {
    setObjectName(u"helplineEditDialog"_s);
    const bool adding = helpline.id.isEmpty();
    setWindowTitle(adding ? tr("Add a helpline") : tr("Change a helpline"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = crisis::wrappedLabel(
        adding ? tr("Add a number you trust: a local helpline, a service or your emergency number.")
               : tr("Change what is shown. Built-in helplines can be put back as they were at any time."),
        this);
    layout->addWidget(intro);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);

    m_name = addField(tr("Name"), helpline.name, u"helplineName"_s, tr("Name of the helpline"), &m_nameError);
    m_call = addField(tr("Number to call"), helpline.call, u"helplineCall"_s, tr("Number to call"), &m_callError);
    m_text = addField(tr("Number to text"), helpline.text, u"helplineText"_s, tr("Number to text"), &m_textError);
    m_textBody = addField(tr("Word to send by text (if any)"), helpline.textBody, u"helplineTextBody"_s,
                          tr("Word to send by text"), nullptr);
    m_hours = addField(tr("When it answers"), helpline.hours, u"helplineHours"_s, tr("When it answers"), nullptr);
    m_note = addField(tr("A short note"), helpline.note, u"helplineNote"_s, tr("A short note about it"), nullptr);

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"helplineSave"_s);
    crisis::makeLarge(save, tr("Save this helpline"));
    auto* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"helplineCancel"_s);
    crisis::makeLarge(cancel, tr("Cancel without changes"));
    if (!adding) {
        auto* remove = buttons->addButton(tr("Remove from the list"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(u"helplineRemove"_s);
        crisis::makeLarge(remove, tr("Remove this helpline from the list"));
        connect(remove, &QPushButton::clicked, this, [this] {
            m_remove = true;
            QDialog::accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &HelplineEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
}

QLineEdit* HelplineEditDialog::addField(const QString& label, const QString& value, const QString& objectName,
                                        const QString& accessibleName, QLabel** error) {
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumHeight(crisis::kMinTarget);
    edit->setMaxLength(200);
    auto* column = new QVBoxLayout;
    column->addWidget(edit);
    if (error) {
        *error = crisis::wrappedLabel(QString(), this, objectName + u"Error"_s);
        (*error)->hide();
        column->addWidget(*error);
    }
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    m_form->addRow(caption, column);
    return edit;
}

Helpline HelplineEditDialog::helpline() const {
    Helpline h = m_original;
    h.name = m_name->text().trimmed();
    h.call = m_call->text().trimmed();
    h.text = m_text->text().trimmed();
    h.textBody = m_textBody->text().trimmed();
    h.hours = m_hours->text().trimmed();
    h.note = m_note->text().trimmed();
    return h;
}

void HelplineEditDialog::accept() {
    const Helpline h = helpline();
    auto show = [](QLabel* label, const QString& message) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    };
    show(m_nameError, h.name.isEmpty() ? tr("Please give it a name, so you know who you are calling.") : QString());
    const QString numberHint = tr("Please use digits, with spaces or dashes if you like, and a + in front if needed.");
    show(m_callError, Helpline::isPlausibleNumber(h.call) ? QString() : numberHint);
    show(m_textError, Helpline::isPlausibleNumber(h.text) ? QString() : numberHint);
    if (m_callError->text().isEmpty() && h.call.isEmpty() && h.text.isEmpty())
        show(m_callError, tr("Please add a number to call or a number to text."));
    for (QLabel* error : {m_nameError, m_callError, m_textError})
        if (!error->text().isEmpty()) {
            QWidget* field = error == m_nameError ? m_name : error == m_callError ? m_call : m_text;
            field->setFocus();
            return;
        }
    QDialog::accept();
}

}  // namespace mooring
