#include "gui/hopebox/CaptionDialog.h"

#include "domain/Medium.h"
#include "gui/common/Appearance.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

CaptionDialog::CaptionDialog(const QString& caption, bool justAdded, QWidget* parent)
    : QDialog(parent), m_field(new QLineEdit(this)) {
    setObjectName(u"captionDialog"_s);
    setWindowTitle(tr("Caption"));
    auto* intro = new QLabel(justAdded ? tr("It is kept. A few words about it help you find it again, and a screen "
                                            "reader says them.")
                                       : tr("A few words about it. A screen reader says them."),
                             this);
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("&Caption"), this);
    label->setBuddy(m_field);
    m_field->setObjectName(u"captionField"_s);
    m_field->setAccessibleName(tr("Caption"));
    m_field->setMaxLength(Medium::kMaxCaption);
    m_field->setPlaceholderText(tr("For example \u201cMy sister and me at the lake\u201d"));
    m_field->setText(caption);
    m_field->selectAll();

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"captionSave"_s);
    save->setDefault(true);
    QPushButton* later = buttons->addButton(justAdded ? tr("&Not now") : tr("Cancel"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"captionCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
    Appearance::makeLargeTargets(this);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

QString CaptionDialog::caption() const { return m_field->text().trimmed(); }

}  // namespace mooring
