#include "gui/settings/RekeyDialog.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DefaultButton.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/NewPassphraseForm.h"
#include "gui/common/ReadingColumn.h"
#include "gui/common/SecretInput.h"
#include "gui/setup/ConfirmGroupPage.h"
#include "gui/setup/RecoveryCodePage.h"
#include "printing/RecoveryCodeDocument.h"
#include "session/Background.h"
#include "session/ProfileSession.h"
#include "storage/Rekey.h"
#include "storage/UnlockedProfile.h"

#include <QButtonGroup>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mooring {

namespace {

QLabel* paragraph(const QString& text, const char* name, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    return label;
}

}  // namespace

RekeyDialog::RekeyDialog(ProfileAccess access, ProfileSession& session, std::function<bool()> lockWindow,
                         QWidget* parent)
    : QDialog(parent),
      m_access(std::move(access)),
      m_session(&session),
      m_lockWindow(std::move(lockWindow)),
      m_pages(new QStackedWidget(this)),
      m_current(new QLineEdit),
      m_currentProblem(new MessageBanner),
      m_newForm(new NewPassphraseForm),
      m_copyBackups(new QRadioButton(tr("C&opy my backups under the new keys"))),
      m_removeBackups(new QRadioButton(tr("&Remove my old backups"))),
      m_problem(new MessageBanner),
      m_start(new QPushButton),
      m_cancel(new QPushButton(tr("Cancel"))),
      m_codePage(new RecoveryCodePage),
      m_confirmPage(new ConfirmGroupPage) {
    setObjectName(QStringLiteral("rekeyDialog"));
    setWindowTitle(tr("New keys for everything"));

    auto* askPage = new QWidget;
    askPage->setObjectName(QStringLiteral("rekeyAskPage"));
    auto* heading = new QLabel(tr("If someone may know your passphrase"), askPage);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* what = paragraph(tr("Mooring will make new keys for all your data and your backups. You choose a new "
                              "passphrase, and you get a new recovery code to write down. After that, the old "
                              "passphrase and the old recovery code no longer open anything in Mooring's folder."),
                           "rekeyExplanation", askPage);
    auto* limits = paragraph(tr("Copies of your data made somewhere else before today, for example on another drive "
                                "or in a cloud folder, are not reached by this. It takes a few seconds. Mooring "
                                "locks while it works, and afterwards you unlock with your new passphrase."),
                             "rekeyLimits", askPage);
    auto* paper = paragraph(tr("Please have paper and a pen ready, or a printer, for the new recovery code."),
                            "rekeyPaper", askPage);
    auto* currentLabel = new QLabel(tr("&Current passphrase"), askPage);
    currentLabel->setWordWrap(true);
    currentLabel->setBuddy(m_current);
    m_current->setParent(askPage);
    m_current->setObjectName(QStringLiteral("rekeyCurrentEdit"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setAccessibleName(tr("Current passphrase"));
    m_currentProblem->setParent(askPage);
    m_currentProblem->setObjectName(QStringLiteral("rekeyCurrentProblem"));
    m_newForm->setParent(askPage);
    m_newForm->setObjectName(QStringLiteral("rekeyNewForm"));
    m_newForm->setFirstLabel(tr("&New passphrase"));
    auto* backupsLabel = new QLabel(tr("Your backups"), askPage);
    backupsLabel->setWordWrap(true);
    m_copyBackups->setParent(askPage);
    m_copyBackups->setObjectName(QStringLiteral("rekeyCopyBackups"));
    m_copyBackups->setChecked(true);
    m_removeBackups->setParent(askPage);
    m_removeBackups->setObjectName(QStringLiteral("rekeyRemoveBackups"));
    auto* choice = new QButtonGroup(askPage);
    choice->addButton(m_copyBackups);
    choice->addButton(m_removeBackups);
    m_problem->setParent(askPage);
    m_problem->setObjectName(QStringLiteral("rekeyProblem"));
    m_start->setParent(askPage);
    m_start->setObjectName(QStringLiteral("rekeyStartButton"));
    m_start->setDefault(true);  // drawn as the one Enter presses, not Cancel
    m_start->setAccessibleDescription(tr("Checks your current passphrase, then locks Mooring and makes new keys"));
    m_cancel->setParent(askPage);
    m_cancel->setObjectName(QStringLiteral("rekeyCancelButton"));
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    auto* askLayout = new QVBoxLayout(askPage);
    askLayout->setContentsMargins(0, 0, 0, 0);
    askLayout->setSpacing(12);
    askLayout->addWidget(heading);
    askLayout->addWidget(what);
    askLayout->addWidget(limits);
    askLayout->addWidget(paper);
    askLayout->addSpacing(4);
    askLayout->addWidget(currentLabel);
    askLayout->addWidget(m_current);
    askLayout->addWidget(m_currentProblem);
    askLayout->addWidget(m_newForm);
    askLayout->addSpacing(4);
    askLayout->addWidget(backupsLabel);
    askLayout->addWidget(m_copyBackups);
    askLayout->addWidget(m_removeBackups);
    askLayout->addWidget(m_problem);
    askLayout->addSpacing(8);
    askLayout->addLayout(buttons);
    askLayout->addStretch(1);
    setTabOrder(m_current, m_newForm->firstField());
    setTabOrder(m_newForm->firstField(), m_newForm->confirmField());
    setTabOrder(m_newForm->confirmField(), m_copyBackups);
    setTabOrder(m_copyBackups, m_removeBackups);
    setTabOrder(m_removeBackups, m_start);
    setTabOrder(m_start, m_cancel);
    askPage->setFocusProxy(m_current);
    DefaultButton::install(askPage, m_start);
    // Enter in the current passphrase moves on (the form does the same for its first field),
    // so only a whole form starts the work. Installed last, so it is asked first.
    m_current->installEventFilter(this);

    for (QWidget* page : {askPage, static_cast<QWidget*>(m_codePage), static_cast<QWidget*>(m_confirmPage)}) {
        Appearance::makeLargeTargets(page);
        m_pages->addWidget(new ReadingColumn(page));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // As for a new recovery code: room for the code's groups at any text size, within the screen.
    const QFontMetrics metrics = fontMetrics();
    const int leastWidth = m_codePage->minimumSizeHint().width() + 64 + 24;
    QSize wanted(std::max(metrics.averageCharWidth() * 70, leastWidth), metrics.height() * 50);
    // Within the screen with room for the window frame, so the buttons are never under its edge.
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        wanted = wanted.boundedTo(screen->availableSize() - QSize(32, 64));
    resize(wanted);

    setBusy(false);
    connect(m_start, &QPushButton::clicked, this, &RekeyDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &RekeyDialog::reject);
    connect(m_codePage, &RecoveryCodePage::writtenDown, this, &RekeyDialog::askForOneGroup);
    connect(m_confirmPage, &ConfirmGroupPage::showCodeAgain, this, [this] { showStep(Step::Code); });
    connect(m_confirmPage, &ConfirmGroupPage::confirmed, this, [this] {
        forgetCode();
        accept();
    });
    showStep(Step::Ask);
}

RekeyDialog::~RekeyDialog() { forgetCode(); }

bool RekeyDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_current && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_newForm->firstField()->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString RekeyDialog::doneNotice() { return tr("Your data is under new keys. Unlock with your new passphrase."); }

RekeyDialog::Step RekeyDialog::step() const { return static_cast<Step>(m_pages->currentIndex()); }

void RekeyDialog::showStep(Step step) {
    m_pages->setCurrentIndex(static_cast<int>(step));
    QWidget* page = static_cast<ReadingColumn*>(m_pages->currentWidget())->content();
    setFocusProxy(page);
    page->setFocus();
}

void RekeyDialog::reject() {
    if (m_busy) return;  // files are being replaced; the answer comes in a few seconds
    if (m_rekeyed && m_code) {
        // The old code no longer works: closing before the new one is kept would leave the
        // person without either, so ask first (No is the default).
        const auto answer = DialogHooks::ask(
            this, tr("Close without checking?"),
            tr("Your new recovery code is already in use, and the old one no longer works. If it isn't written "
               "down yet, please stay and do that first. (After unlocking, you can always make another new code "
               "in settings.)"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) return;
    }
    forgetCode();
    m_newPassphrase.reset();
    QDialog::reject();
}

void RekeyDialog::setBusy(bool busy, const QString& buttonText) {
    m_busy = busy;
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_current, m_copyBackups, m_removeBackups, m_start, m_cancel})
        widget->setEnabled(!busy);
    m_newForm->setBusy(busy);
    m_start->setText(busy ? buttonText : tr("&Make new keys"));
}

void RekeyDialog::start() {
    if (m_busy) return;
    m_currentProblem->clearMessage();
    m_problem->clearMessage();
    if (m_current->text().isEmpty()) {
        m_currentProblem->showMessage(tr("Please type your current passphrase first."));
        m_current->setFocus();
        return;
    }
    std::optional<SecureBuffer> newPassphrase = m_newForm->take();
    if (!newPassphrase) return;  // the form says what to change
    if (!m_session) return;      // locked meanwhile; this dialog is on its way out
    SecureBuffer current = takeSecret(*m_current);
    // A job of the session, so a lock in the meantime waits for the check.
    const bool started = m_session->runJob(
        this,
        [current = std::move(current)](UnlockedProfile& profile) mutable {
            // Checked while everything is still open: a wrong one changes nothing at all.
            profile.checkPassphrase(current);
            return std::move(current);
        },
        [this](Outcome<SecureBuffer>& outcome) {
            std::optional<SecureBuffer> current;
            try {
                current.emplace(outcome.take());
            } catch (const Error& error) {
                setBusy(false);
                m_newPassphrase.reset();
                if (error.kind() == Error::Kind::WrongSecret)
                    m_currentProblem->showMessage(error.message());
                else
                    m_problem->showMessage(error.message());
                m_current->setFocus();
                return;
            } catch (const std::exception&) {
                setBusy(false);
                m_newPassphrase.reset();
                m_problem->showMessage(MessageBanner::unexpectedProblem());
                return;
            }
            rekey(std::move(*current));
        });
    if (!started) return;
    m_newPassphrase = std::move(newPassphrase);
    setBusy(true, tr("Checking your passphrase…"));
}

void RekeyDialog::rekey(SecureBuffer current) {
    // The database file is replaced: the window lets go of it first, as for a restore.
    if (!m_lockWindow()) {
        setBusy(false);
        m_newPassphrase.reset();
        m_problem->showMessage(
            tr("Mooring stayed open, so nothing was changed. Your passphrase is still the one "
               "you have."));
        return;
    }
    setBusy(true, tr("Making new keys…"));
    const Rekey::OldBackups backups =
        m_removeBackups->isChecked() ? Rekey::OldBackups::Remove : Rekey::OldBackups::CopyUnderNewKey;
    // Not a job of the session: that is closed by now. The new keys are made from the
    // files alone, under the window's profile lock.
    runInBackground(
        this,
        [access = m_access, current = std::move(current), fresh = std::move(*m_newPassphrase), backups]() {
            // Mooring's profile lock is still the window's: only the database was let go.
            std::unique_ptr<UnlockedProfile> profile = UnlockedProfile::unlock(access.paths, current);
            return Rekey::run(std::move(profile), fresh, access.passphraseParams(), std::nullopt, backups);
        },
        [this](Outcome<Rekey::Done>& outcome) {
            setBusy(false);
            m_newPassphrase.reset();
            try {
                Rekey::Done done = outcome.take();
                if (!done.newRecoveryCode) throw std::logic_error("rekey made no recovery code");
                m_code.emplace(RecoveryCode::parse(*done.newRecoveryCode));
            } catch (const Error& error) {
                stoppedAfterLock(error.message());  // Rekey's own words say that nothing changed
                return;
            } catch (const std::exception&) {
                stoppedAfterLock(MessageBanner::unexpectedProblem());
                return;
            }
            m_rekeyed = true;
            m_codePage->setGroups(RecoveryCodeDocument::groupsOf(m_code->formatted()));
            showStep(Step::Code);
        });
}

void RekeyDialog::stoppedAfterLock(const QString& message) {
    // The window is locked by now: what is left here is the message and the way out. The
    // person unlocks with the passphrase they had and may try again from settings.
    m_problem->showMessage(message);
    setBusy(true, tr("&Make new keys"));
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Close"));
    m_busy = false;
    m_cancel->setFocus();
}

void RekeyDialog::askForOneGroup() {
    if (!m_code) return;
    m_confirmPage->askAnyGroupOf(*m_code);  // forgotten before m_code goes
    showStep(Step::Confirm);
}

void RekeyDialog::forgetCode() {
    m_codePage->forget();
    m_confirmPage->forget();
    m_code.reset();
}

}  // namespace mooring
