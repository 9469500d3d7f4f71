#include "gui/settings/NewRecoveryCodeDialog.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DefaultButton.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/common/SecretInput.h"
#include "gui/setup/ConfirmGroupPage.h"
#include "gui/setup/RecoveryCodePage.h"
#include "printing/RecoveryCodeDocument.h"
#include "session/ProfileSession.h"
#include "storage/Backups.h"
#include "storage/UnlockedProfile.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

namespace {

// What the job hands back: the new code, formatted, and a word about backups left behind.
struct Replaced {
    SecureBuffer formatted;
    QString oldKeyFiles;
};

}  // namespace

NewRecoveryCodeDialog::NewRecoveryCodeDialog(ProfileSession& session, QWidget* parent)
    : QDialog(parent),
      m_session(&session),
      m_pages(new QStackedWidget(this)),
      m_passphrase(new QLineEdit),
      m_problem(new MessageBanner),
      m_make(new QPushButton(tr("&Make the new code"))),
      m_cancel(new QPushButton(tr("Cancel"))),
      m_codePage(new RecoveryCodePage),
      m_confirmPage(new ConfirmGroupPage) {
    setObjectName(QStringLiteral("newRecoveryCodeDialog"));
    setWindowTitle(tr("A new recovery code"));

    auto* askPage = new QWidget;
    askPage->setObjectName(QStringLiteral("newCodeAskPage"));
    auto* heading = new QLabel(tr("Make a new recovery code"), askPage);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* explain = new QLabel(tr("This is for when your recovery code is lost, or someone else may have seen it. "
                                  "The new code replaces the old one: the old code stops working straight away, "
                                  "and the new one is shown only once, so please have paper and a pen ready, or "
                                  "a printer."),
                               askPage);
    explain->setObjectName(QStringLiteral("newCodeExplanation"));
    explain->setWordWrap(true);
    auto* label = new QLabel(tr("To be sure it's you, please type your &current passphrase."), askPage);
    label->setWordWrap(true);
    label->setBuddy(m_passphrase);
    m_passphrase->setParent(askPage);
    m_passphrase->setObjectName(QStringLiteral("newCodePassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Current passphrase"));
    m_problem->setParent(askPage);
    m_problem->setObjectName(QStringLiteral("newCodeProblem"));
    m_make->setParent(askPage);
    m_make->setObjectName(QStringLiteral("makeNewCodeButton"));
    m_make->setDefault(true);  // drawn as the one Enter presses, not Cancel
    m_make->setAccessibleDescription(tr("Replaces your recovery code; the old one stops working"));
    m_cancel->setParent(askPage);
    m_cancel->setObjectName(QStringLiteral("newCodeCancelButton"));
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_make);
    auto* askLayout = new QVBoxLayout(askPage);
    askLayout->setContentsMargins(0, 0, 0, 0);
    askLayout->setSpacing(12);
    askLayout->addWidget(heading);
    askLayout->addWidget(explain);
    askLayout->addSpacing(4);
    askLayout->addWidget(label);
    askLayout->addWidget(m_passphrase);
    askLayout->addWidget(m_problem);
    askLayout->addSpacing(8);
    askLayout->addLayout(buttons);
    setTabOrder(m_passphrase, m_make);
    setTabOrder(m_make, m_cancel);
    askPage->setFocusProxy(m_passphrase);
    DefaultButton::install(askPage, m_make);

    for (QWidget* page : {askPage, static_cast<QWidget*>(m_codePage), static_cast<QWidget*>(m_confirmPage)}) {
        Appearance::makeLargeTargets(page);
        m_pages->addWidget(new ReadingColumn(page));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Room for the code in large groups at any text size, but never beyond the screen.
    const QFontMetrics metrics = fontMetrics();
    // The code's row of buttons sets the least width (the column's margins and a scroll bar
    // added): narrower, the column would clip it, as it never scrolls sideways.
    const int leastWidth = m_codePage->minimumSizeHint().width() + 64 + 24;
    QSize wanted(std::max(metrics.averageCharWidth() * 70, leastWidth), metrics.height() * 30);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) wanted = wanted.boundedTo(screen->availableSize());
    resize(wanted);

    connect(m_make, &QPushButton::clicked, this, &NewRecoveryCodeDialog::makeNewCode);
    connect(m_cancel, &QPushButton::clicked, this, &NewRecoveryCodeDialog::reject);
    connect(m_codePage, &RecoveryCodePage::writtenDown, this, &NewRecoveryCodeDialog::askForOneGroup);
    connect(m_confirmPage, &ConfirmGroupPage::showCodeAgain, this, [this] { showStep(Step::Code); });
    connect(m_confirmPage, &ConfirmGroupPage::confirmed, this, [this] {
        forgetCode();
        accept();
    });
    showStep(Step::Ask);
}

NewRecoveryCodeDialog::~NewRecoveryCodeDialog() { forgetCode(); }

NewRecoveryCodeDialog::Step NewRecoveryCodeDialog::step() const { return static_cast<Step>(m_pages->currentIndex()); }

void NewRecoveryCodeDialog::showStep(Step step) {
    m_pages->setCurrentIndex(static_cast<int>(step));
    QWidget* page = static_cast<ReadingColumn*>(m_pages->currentWidget())->content();
    setFocusProxy(page);
    page->setFocus();
}

void NewRecoveryCodeDialog::reject() {
    if (m_busy) return;  // the key file is being written; the answer comes in a moment
    if (m_replaced && step() != Step::Ask) {
        // The old code no longer works: closing before the new one is safely kept would
        // leave the person without either, so ask first (No is the default).
        const auto answer = DialogHooks::ask(
            this, tr("Close without checking?"),
            tr("Your new recovery code is already in use, and the old one no longer works. If it isn't written "
               "down yet, please stay and do that first. (You can always make another new code here with your "
               "passphrase.)"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) return;
    }
    forgetCode();
    QDialog::reject();
}

void NewRecoveryCodeDialog::setBusy(bool busy) {
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_make->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_make->setText(busy ? tr("Making the new code…") : tr("&Make the new code"));
}

void NewRecoveryCodeDialog::makeNewCode() {
    if (m_busy) return;
    m_problem->clearMessage();
    if (m_passphrase->text().isEmpty()) {
        m_problem->showMessage(tr("Please type your current passphrase first."));
        m_passphrase->setFocus();
        return;
    }
    if (!m_session) return;  // locked meanwhile; this dialog is on its way out
    SecureBuffer current = takeSecret(*m_passphrase);
    // A job of the session: a lock waits until the key file is whole again.
    const bool started = m_session->runJob(
        this,
        [current = std::move(current)](UnlockedProfile& profile) {
            // The passphrase first: a wrong one must leave the key file as it was.
            profile.checkPassphrase(current);
            Replaced replaced{profile.replaceRecoveryCode(), {}};
            // Worded here, while the profile is surely open.
            replaced.oldKeyFiles = Backups::oldKeyFilesMessage(profile.backupsNotUpdated(), profile.paths().backups());
            return replaced;
        },
        [this](Outcome<Replaced>& outcome) {
            setBusy(false);
            QString old;
            try {
                Replaced replaced = outcome.take();
                m_code.emplace(RecoveryCode::parse(replaced.formatted));
                old = replaced.oldKeyFiles;
            } catch (const Error& error) {
                if (error.kind() == Error::Kind::WrongSecret) {
                    m_problem->showMessage(error.message());
                } else {
                    m_problem->showMessage(tr("%1 Your recovery code has not changed: the one you have still "
                                              "works.")
                                               .arg(error.message()));
                }
                m_passphrase->setFocus();
                return;
            } catch (const std::exception&) {
                m_problem->showMessage(MessageBanner::unexpectedProblem());
                return;
            }
            m_replaced = true;
            m_codePage->setGroups(RecoveryCodeDocument::groupsOf(m_code->formatted()));
            showStep(Step::Code);
            if (!old.isEmpty())
                DialogHooks::inform(this, tr("Some backups were not updated"), old, QMessageBox::Warning);
        });
    if (started) setBusy(true);
}

void NewRecoveryCodeDialog::askForOneGroup() {
    if (!m_code) return;
    m_confirmPage->askAnyGroupOf(*m_code);  // forgotten before m_code goes
    showStep(Step::Confirm);
}

void NewRecoveryCodeDialog::forgetCode() {
    m_codePage->forget();
    m_confirmPage->forget();
    m_code.reset();
}

}  // namespace mooring
