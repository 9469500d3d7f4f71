#include "gui/plan/SaveNoteDialog.h"

#include "domain/SafetyPlan.h"
#include "gui/common/MessageBanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

SaveNoteDialog::SaveNoteDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Save the plan"));
    auto* label =
        new QLabel(tr("Add a note to remember this version by, if you like. "
                      "Earlier versions are kept as they were."));
    label->setWordWrap(true);
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("For example: with my therapist, 3 March"));
    m_note->setAccessibleName(tr("Note"));
    m_banner = new MessageBanner;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Go back"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_note);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SaveNoteDialog::note() const { return m_note->text().trimmed(); }

void SaveNoteDialog::accept() {
    const QString problem = SafetyPlan::noteProblem(note());
    if (!problem.isEmpty()) {
        m_banner->showMessage(problem);
        return;
    }
    QDialog::accept();
}

}  // namespace mooring
