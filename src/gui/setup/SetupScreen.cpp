#include "gui/setup/SetupScreen.h"

#include "ui_PassphrasePage.h"
#include "ui_WelcomePage.h"

#include "gui/common/Appearance.h"
#include "gui/common/DefaultButton.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/common/RegionBox.h"
#include "gui/setup/ConfirmGroupPage.h"
#include "gui/setup/RecoveryCodePage.h"
#include "printing/RecoveryCodeDocument.h"
#include "session/Background.h"
#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"

#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mooring {

SetupScreen::SetupScreen(ProfileAccess access, ProfileSettings& settings, QWidget* parent)
    : QWidget(parent),
      m_access(std::move(access)),
      m_settings(settings),
      m_pages(new QStackedWidget(this)),
      m_welcomePage(new QWidget),
      m_passphrasePage(new QWidget),
      m_welcome(std::make_unique<Ui::WelcomePage>()),
      m_passphrase(std::make_unique<Ui::PassphrasePage>()),
      m_codePage(new RecoveryCodePage),
      m_confirmPage(new ConfirmGroupPage) {
    setObjectName(QStringLiteral("setupScreen"));
    m_welcome->setupUi(m_welcomePage);
    m_passphrase->setupUi(m_passphrasePage);
    Appearance::makeHeading(m_welcome->heading);
    Appearance::makeHeading(m_passphrase->heading);
    m_welcome->regionBox->setRegion(settings.region().isEmpty() ? RegionBox::guess() : settings.region());
    m_passphrase->passphraseForm->setFirstLabel(tr("&Passphrase"));

    QWidget* confirmField = m_passphrase->passphraseForm->confirmField();
    setTabOrder(m_passphrase->passphraseForm->firstField(), confirmField);
    setTabOrder(confirmField, m_passphrase->continueButton);
    setTabOrder(m_passphrase->continueButton, m_passphrase->backButton);
    m_passphrasePage->setFocusProxy(m_passphrase->passphraseForm);
    m_welcomePage->setFocusProxy(m_welcome->regionBox);

    for (QWidget* page :
         {m_welcomePage, m_passphrasePage, static_cast<QWidget*>(m_codePage), static_cast<QWidget*>(m_confirmPage)}) {
        Appearance::makeLargeTargets(page);
        m_pages->addWidget(new ReadingColumn(page));
    }
    DefaultButton::install(m_welcomePage, m_welcome->beginButton);
    DefaultButton::install(m_passphrasePage, m_passphrase->continueButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_welcome->beginButton, &QPushButton::clicked, this, [this] {
        // Kept in memory until the profile exists: nothing is written before then.
        m_region = m_welcome->regionBox->region();
        showStep(Step::Passphrase);
    });
    connect(m_passphrase->backButton, &QPushButton::clicked, this, [this] {
        m_passphrase->passphraseForm->clear();
        showStep(Step::Welcome);
    });
    connect(m_passphrase->continueButton, &QPushButton::clicked, this, &SetupScreen::createProfile);
    connect(m_codePage, &RecoveryCodePage::writtenDown, this, &SetupScreen::confirmWrittenDown);
    connect(m_confirmPage, &ConfirmGroupPage::showCodeAgain, this, [this] { showStep(Step::RecoveryCode); });
    connect(m_confirmPage, &ConfirmGroupPage::confirmed, this, [this] {
        m_codePage->forget();
        m_confirmPage->forget();
        m_code.reset();
        Q_EMIT completed();
    });
    showStep(Step::Welcome);
}

SetupScreen::~SetupScreen() = default;

std::unique_ptr<UnlockedProfile> SetupScreen::takeProfile() { return std::move(m_profile); }

SetupScreen::Step SetupScreen::step() const { return static_cast<Step>(m_pages->currentIndex()); }

int SetupScreen::askedGroupIndex() const { return m_confirmPage->askedIndex(); }

void SetupScreen::showStep(Step step) {
    m_pages->setCurrentIndex(static_cast<int>(step));
    QWidget* page = static_cast<ReadingColumn*>(m_pages->currentWidget())->content();
    setFocusProxy(page);  // the window focuses the screen; the screen hands on to the page
    page->setFocus();
}

void SetupScreen::createProfile() {
    m_passphrase->problemBanner->clearMessage();
    std::optional<SecureBuffer> passphrase = m_passphrase->passphraseForm->take();
    if (!passphrase) return;
    m_passphrase->passphraseForm->setBusy(true);
    m_passphrase->continueButton->setEnabled(false);
    m_passphrase->backButton->setEnabled(false);
    m_passphrase->continueButton->setText(tr("Setting things up…"));

    runInBackground(
        this,
        [access = m_access, secret = std::move(*passphrase)]() {
            return UnlockedProfile::create(access.paths, secret, access.passphraseParams());
        },
        [this](Outcome<UnlockedProfile::Created>& outcome) {
            m_passphrase->passphraseForm->setBusy(false);
            m_passphrase->continueButton->setEnabled(true);
            m_passphrase->backButton->setEnabled(true);
            m_passphrase->continueButton->setText(tr("Continue"));
            try {
                UnlockedProfile::Created created = outcome.take();
                m_profile = std::move(created.profile);
                m_code.emplace(RecoveryCode::parse(created.recoveryCode));
            } catch (const Error& error) {
                m_passphrase->problemBanner->showMessage(error.message());
                m_passphrase->passphraseForm->setFocus();
                return;
            } catch (const std::exception&) {
                m_passphrase->problemBanner->showMessage(MessageBanner::unexpectedProblem());
                return;
            }
            try {
                m_settings.setRegion(m_region);
                m_settings.save();
            } catch (const Error&) {
                // The region can be chosen again in settings; the profile itself is safe.
            }
            m_codePage->setGroups(RecoveryCodeDocument::groupsOf(m_code->formatted()));
            showStep(Step::RecoveryCode);
        });
}

void SetupScreen::confirmWrittenDown() {
    if (!m_code) return;
    m_confirmPage->askAnyGroupOf(*m_code);  // forgotten before m_code goes
    showStep(Step::ConfirmGroup);
}

}  // namespace mooring
