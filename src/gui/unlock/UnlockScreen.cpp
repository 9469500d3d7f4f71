#include "gui/unlock/UnlockScreen.h"

#include "ui_UnlockScreen.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DefaultButton.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/common/SecretInput.h"
#include "gui/common/SecretsOffTheBus.h"
#include "session/Background.h"
#include "storage/Backups.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

UnlockScreen::UnlockScreen(ProfileAccess access, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_ui(std::make_unique<Ui::UnlockScreen>()), m_content(new QWidget) {
    setObjectName(QStringLiteral("unlockScreen"));
    m_ui->setupUi(m_content);
    Appearance::makeHeading(m_ui->heading);
    Appearance::makeHeading(m_ui->recoveryHeading);
    Appearance::makeLargeTargets(m_content);
    // The recovery code shows on screen, but a screen reader is never given it (marked first,
    // before setting its name makes Qt's own accessible interface for it).
    SecretsOffTheBus::markSecret(*m_ui->recoveryCodeEdit);
    m_ui->passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_ui->recoveryCodeEdit->setAccessibleName(tr("Recovery code"));
    // The code is not a passphrase: seeing it while typing helps to get it right.
    m_ui->recoveryCodeEdit->setEchoMode(QLineEdit::Normal);
    m_ui->newPassphraseForm->setFirstLabel(tr("&New passphrase"));
    // A link-like secondary action: quiet, but a full-size, focusable button.
    m_ui->useRecoveryButton->setFlat(true);
    // The library holds nothing personal, so it can be read before unlocking.
    auto* library = new QPushButton(tr("Understand self-harm and recovery"), m_content);
    library->setObjectName(QStringLiteral("unlockLibraryButton"));
    library->setFlat(true);
    Appearance::makeLargeTarget(library);
    m_ui->layout->addSpacing(16);
    m_ui->layout->addWidget(library, 0, Qt::AlignLeft);
    connect(library, &QPushButton::clicked, this, &UnlockScreen::libraryRequested);

    setTabOrder(m_ui->recoveryCodeEdit, m_ui->newPassphraseForm->firstField());
    setTabOrder(m_ui->newPassphraseForm->firstField(), m_ui->newPassphraseForm->confirmField());
    setTabOrder(m_ui->newPassphraseForm->confirmField(), m_ui->resetButton);
    setTabOrder(m_ui->resetButton, m_ui->backToPassphraseButton);
    DefaultButton::install(m_ui->passphrasePage, m_ui->unlockButton);
    DefaultButton::install(m_ui->recoveryPage, m_ui->resetButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new ReadingColumn(m_content));

    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UnlockScreen::unlock);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &UnlockScreen::resetWithRecoveryCode);
    connect(m_ui->useRecoveryButton, &QPushButton::clicked, this, &UnlockScreen::showRecoveryPage);
    connect(m_ui->backToPassphraseButton, &QPushButton::clicked, this, &UnlockScreen::showPassphrasePage);
    FocusLanding::install(
        this, [this] { return isShowingRecovery() ? m_ui->recoveryCodeEdit : m_ui->passphraseEdit; },
        FocusLanding::When::Shown);
    showPassphrasePage();
}

UnlockScreen::~UnlockScreen() = default;

void UnlockScreen::hideEvent(QHideEvent* event) {
    // Half-typed secrets do not wait in hidden fields (for instance while "I need help now"
    // is open and someone else might come to the keyboard).
    m_ui->passphraseEdit->setText(QString());
    m_ui->recoveryCodeEdit->setText(QString());
    m_ui->newPassphraseForm->clear();
    QWidget::hideEvent(event);
}

void UnlockScreen::showProblem(const QString& text) { m_ui->problemBanner->showMessage(text); }
void UnlockScreen::showNotice(const QString& text) {
    m_ui->problemBanner->showMessage(text, MessageBanner::Tone::Info);
}
QString UnlockScreen::problem() const {
    return m_ui->problemBanner->isVisible() ? m_ui->problemBanner->text() : QString();
}
bool UnlockScreen::isShowingRecovery() const { return m_ui->pages->currentWidget() == m_ui->recoveryPage; }

std::unique_ptr<UnlockedProfile> UnlockScreen::takeProfile() { return std::move(m_profile); }

void UnlockScreen::showPage(QWidget* page) {
    // The stack takes the height of the page shown, not of the tallest one.
    for (QWidget* each : {m_ui->passphrasePage, m_ui->recoveryPage})
        each->setSizePolicy(each == page ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            each == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->pages->setCurrentWidget(page);
    // Not yet shown (while the screen is built), the layout sizes it when it is shown.
    if (m_ui->pages->isVisible()) m_ui->pages->adjustSize();
}

void UnlockScreen::showPassphrasePage() {
    m_ui->newPassphraseForm->clear();
    m_ui->recoveryCodeEdit->setText(QString());
    m_ui->recoveryCodeError->clearMessage();
    showPage(m_ui->passphrasePage);
    m_ui->passphraseEdit->setFocus();
}

void UnlockScreen::showRecoveryPage() {
    // The code's own typeface is a second font to find and load, which the lock screen's
    // first paint does not need: it is set when the page is first shown.
    if (!m_recoveryFontSet) {
        m_ui->recoveryCodeEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        Appearance::setRelativeFontSize(m_ui->recoveryCodeEdit, 1.2);
        m_recoveryFontSet = true;
    }
    m_ui->passphraseEdit->setText(QString());
    m_ui->passphraseError->clearMessage();
    showPage(m_ui->recoveryPage);
    m_ui->recoveryCodeEdit->setFocus();
}

void UnlockScreen::clearMessages() {
    m_ui->problemBanner->clearMessage();
    m_ui->passphraseError->clearMessage();
    m_ui->recoveryCodeError->clearMessage();
}

void UnlockScreen::setBusy(bool busy, QPushButton* button, const QString& busyText) {
    m_busy = busy;
    if (busy) {
        m_idleText = button->text();
        button->setText(busyText);
    } else {
        button->setText(m_idleText);
    }
    // The fields only become read-only: a disabled field would pass the focus from button to
    // button while waiting, and a screen reader would name each one instead of what comes next.
    QLineEdit* field = button == m_ui->resetButton ? m_ui->recoveryCodeEdit : m_ui->passphraseEdit;
    const QList<QPushButton*> buttons{m_ui->unlockButton, m_ui->useRecoveryButton, m_ui->resetButton,
                                      m_ui->backToPassphraseButton};
    // Pressed with the mouse, a button has the focus: it waits in the field instead, where
    // the answer will be.
    QWidget* focus = QApplication::focusWidget();
    const bool focusLeaving = focus && (buttons.contains(focus) || m_ui->newPassphraseForm->isAncestorOf(focus));
    if (busy && focusLeaving) field->setFocus();
    m_ui->passphraseEdit->setReadOnly(busy);
    m_ui->recoveryCodeEdit->setReadOnly(busy);
    for (QPushButton* each : buttons) each->setEnabled(!busy);
    m_ui->newPassphraseForm->setBusy(busy);
}

void UnlockScreen::showFailure(const Error& error, QLineEdit* field, MessageBanner* fieldBanner) {
    // A wrong secret or a typing slip belongs next to the field; a problem with the files
    // goes at the top, where it stays while the person decides what to do.
    if (error.kind() == Error::Kind::WrongSecret || error.kind() == Error::Kind::InvalidInput)
        fieldBanner->showMessage(error.message());
    else
        m_ui->problemBanner->showMessage(error.message());
    field->setFocus();
}

void UnlockScreen::unlock() {
    if (m_busy) return;
    clearMessages();
    if (m_ui->passphraseEdit->text().isEmpty()) {
        m_ui->passphraseError->showMessage(tr("Please type your passphrase first."));
        m_ui->passphraseEdit->setFocus();
        return;
    }
    SecureBuffer passphrase = takeSecret(*m_ui->passphraseEdit);
    setBusy(true, m_ui->unlockButton, tr("Unlocking…"));
    runInBackground(
        this,
        [paths = m_access.paths, secret = std::move(passphrase)]() { return UnlockedProfile::unlock(paths, secret); },
        [this](Outcome<std::unique_ptr<UnlockedProfile>>& outcome) {
            setBusy(false, m_ui->unlockButton, QString());
            try {
                m_profile = outcome.take();
            } catch (const Error& error) {
                showFailure(error, m_ui->passphraseEdit, m_ui->passphraseError);
                return;
            } catch (const std::exception&) {
                m_ui->problemBanner->showMessage(MessageBanner::unexpectedProblem());
                return;
            }
            Q_EMIT unlocked();
        });
}

void UnlockScreen::resetWithRecoveryCode() {
    if (m_busy) return;
    clearMessages();
    if (m_ui->recoveryCodeEdit->text().trimmed().isEmpty()) {
        m_ui->recoveryCodeError->showMessage(tr("Please type your recovery code first."));
        m_ui->recoveryCodeEdit->setFocus();
        return;
    }
    std::optional<SecureBuffer> newPassphrase = m_ui->newPassphraseForm->take();
    if (!newPassphrase) return;
    SecureBuffer code = takeSecret(*m_ui->recoveryCodeEdit);
    setBusy(true, m_ui->resetButton, tr("Setting your new passphrase…"));
    runInBackground(
        this,
        [access = m_access, code = std::move(code), secret = std::move(*newPassphrase)]() {
            std::unique_ptr<UnlockedProfile> profile = UnlockedProfile::unlockWithRecoveryCode(access.paths, code);
            profile->changePassphrase(secret, access.passphraseParams());
            return profile;
        },
        [this](Outcome<std::unique_ptr<UnlockedProfile>>& outcome) {
            setBusy(false, m_ui->resetButton, QString());
            try {
                m_profile = outcome.take();
            } catch (const Error& error) {
                showFailure(error, m_ui->recoveryCodeEdit, m_ui->recoveryCodeError);
                return;
            } catch (const std::exception&) {
                m_ui->problemBanner->showMessage(MessageBanner::unexpectedProblem());
                return;
            }
            const QString old = Backups::oldKeyFilesMessage(m_profile->backupsNotUpdated(), m_access.paths.backups());
            if (!old.isEmpty())
                DialogHooks::inform(this, tr("Some backups were not updated"), old, QMessageBox::Warning);
            Q_EMIT unlocked();
        });
}

}  // namespace mooring
