#include "gui/setup/ConfirmGroupPage.h"

#include "gui/common/Appearance.h"
#include "gui/common/DefaultButton.h"
#include "gui/common/MessageBanner.h"
#include "storage/RecoveryCode.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace mooring {

ConfirmGroupPage::ConfirmGroupPage(QWidget* parent)
    : QWidget(parent), m_question(new QLabel(this)), m_field(new QLineEdit(this)), m_problem(new MessageBanner(this)) {
    setObjectName(QStringLiteral("confirmGroupPage"));
    auto* heading = new QLabel(tr("One quick check"), this);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    m_question->setObjectName(QStringLiteral("confirmQuestion"));
    m_question->setWordWrap(true);
    m_question->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("confirmGroupEdit"));
    m_field->setAccessibleName(tr("The group from your recovery code"));
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    Appearance::setRelativeFontSize(m_field, 1.3);
    m_problem->setObjectName(QStringLiteral("confirmProblem"));

    auto* again = new QPushButton(tr("&Show the code again"), this);
    again->setObjectName(QStringLiteral("showCodeAgainButton"));
    auto* confirm = new QPushButton(tr("&Confirm"), this);
    confirm->setObjectName(QStringLiteral("confirmGroupButton"));
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(again);
    buttons->addStretch(1);
    buttons->addWidget(confirm);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_question);
    layout->addWidget(m_field);
    layout->addWidget(m_problem);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    setTabOrder(m_field, confirm);
    setTabOrder(confirm, again);
    setFocusProxy(m_field);
    DefaultButton::install(this, confirm);
    Appearance::makeLargeTargets(this);

    connect(confirm, &QPushButton::clicked, this, &ConfirmGroupPage::check);
    connect(again, &QPushButton::clicked, this, &ConfirmGroupPage::showCodeAgain);
}

void ConfirmGroupPage::askAnyGroupOf(const RecoveryCode& code) {
    const int count = RecoveryCode::groupCount();
    m_index = int(QRandomGenerator::global()->bounded(quint32(count)));
    m_code = &code;
    m_question->setText(tr("To be sure it is safely written down, please type &group %1 of %2 from your copy.")
                            .arg(m_index + 1)
                            .arg(count));
    m_field->setText(QString());
    m_problem->clearMessage();
}

void ConfirmGroupPage::forget() {
    m_code = nullptr;
    m_field->setText(QString());
}

void ConfirmGroupPage::check() {
    if (m_code && m_code->groupMatches(m_index, SecureBuffer::fromUtf8(m_field->text()))) {
        m_problem->clearMessage();
        Q_EMIT confirmed();
        return;
    }
    m_problem->showMessage(m_field->text().trimmed().isEmpty()
                               ? tr("Please type group %1 from what you wrote down.").arg(m_index + 1)
                               : tr("That isn't quite group %1. Please look again at what you wrote down; "
                                    "small slips happen easily.")
                                     .arg(m_index + 1));
    m_field->selectAll();
    m_field->setFocus();
}

}  // namespace mooring
