#include "gui/settings/RecoveryCodeSection.h"

#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/settings/NewRecoveryCodeDialog.h"
#include "session/ProfileSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

RecoveryCodeSection::RecoveryCodeSection(ProfileSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(&session),
      m_button(new QPushButton(tr("M&ake a new recovery code…"), this)),
      m_banner(new MessageBanner(this)) {
    setObjectName(QStringLiteral("recoveryCodeSection"));
    auto* heading = new QLabel(tr("Recovery code"), this);
    heading->setObjectName(QStringLiteral("recoveryCodeHeading"));
    Appearance::makeHeading(heading, 2);
    auto* intro = new QLabel(tr("If your recovery code is lost, or someone else may have seen it, you can make a "
                                "new one. Your passphrase and your data stay as they are."),
                             this);
    intro->setWordWrap(true);
    m_button->setObjectName(QStringLiteral("newRecoveryCodeButton"));
    m_button->setAccessibleDescription(tr("Asks for your passphrase, then shows a new code once"));
    m_banner->setObjectName(QStringLiteral("recoveryCodeBanner"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    Appearance::makeLargeTargets(this);

    connect(m_button, &QPushButton::clicked, this, &RecoveryCodeSection::openDialog);
}

QList<QWidget*> RecoveryCodeSection::tabOrder() const { return {m_button}; }

NewRecoveryCodeDialog* RecoveryCodeSection::openDialog() {
    if (!m_session) return nullptr;  // locked meanwhile; this section is on its way out
    m_banner->clearMessage();
    auto* dialog = new NewRecoveryCodeDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] { dialogClosed(dialog->codeReplaced()); });
    dialog->open();
    m_dialog = dialog;
    return dialog;
}

bool RecoveryCodeSection::newCodeNotYetKept() const { return m_dialog && m_dialog->codeNotYetKept(); }

void RecoveryCodeSection::dialogClosed(bool replaced) {
    if (replaced)
        m_banner->showMessage(tr("Your new recovery code is in use. The old one no longer opens Mooring."),
                              MessageBanner::Tone::Info);
    m_button->setFocus();
}

}  // namespace mooring
