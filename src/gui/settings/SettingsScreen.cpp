#include "gui/settings/SettingsScreen.h"

#include "ui_SettingsScreen.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/common/SecretInput.h"
#include "gui/settings/BackupsSection.h"
#include "gui/settings/LanguageChooser.h"
#include "gui/settings/LockScreenContactsEditor.h"
#include "gui/settings/ReadAloudSection.h"
#include "gui/settings/RecoveryCodeSection.h"
#include "gui/settings/RemindersSection.h"
#include "gui/settings/RoomSection.h"
#include "gui/settings/SelfCareSection.h"
#include "session/ProfileSession.h"
#include "storage/Backups.h"
#include "storage/HelplineSettings.h"
#include "storage/KeyFile.h"
#include "storage/KeyVault.h"
#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"

#include <QShortcut>
#include <QVBoxLayout>

namespace mooring {

SettingsScreen::SettingsScreen(ProfileAccess access, ProfileSettings& settings, ProfileSession& session,
                               QWidget* parent)
    : QWidget(parent),
      m_access(std::move(access)),
      m_settings(settings),
      m_session(&session),
      m_ui(std::make_unique<Ui::SettingsScreen>()) {
    setObjectName(QStringLiteral("settingsScreen"));
    auto* content = new QWidget;
    m_ui->setupUi(content);
    Appearance::makeHeading(m_ui->heading);
    for (QWidget* subheading :
         {m_ui->passphraseHeading, m_ui->regionHeading, m_ui->displayHeading, m_ui->privacyHeading})
        Appearance::makeHeading(subheading, 2);
    m_ui->newPassphraseForm->setFirstLabel(tr("&New passphrase"));
    m_ui->currentPassphraseEdit->setAccessibleName(tr("Current passphrase"));
    m_ui->textSizeBox->setAccessibleName(tr("Text size"));
    m_ui->themeBox->setAccessibleName(tr("Colours"));
    m_ui->idleLockBox->setAccessibleName(tr("Lock by itself when not used for"));
    m_ui->regionBox->setAccessibleName(tr("Where you live"));

    for (int percent : {100, 125, 150, 175, 200}) m_ui->textSizeBox->addItem(tr("%1 %").arg(percent), percent);
    m_ui->themeBox->setItemData(0, int(ProfileSettings::Theme::System));
    m_ui->themeBox->setItemData(1, int(ProfileSettings::Theme::Light));
    m_ui->themeBox->setItemData(2, int(ProfileSettings::Theme::Dark));
    m_ui->themeBox->addItem(tr("High contrast: white on black"), int(ProfileSettings::Theme::HighContrast));
    m_ui->idleLockBox->addItem(tr("Never"), 0);
    // Never one minute, so the English is always plural; other languages choose their form.
    for (int minutes : {5, 10, 15, 30, 60}) m_ui->idleLockBox->addItem(tr("%n minutes", nullptr, minutes), minutes);

    // Show what is stored now; an in-between value (say 130 %) picks the nearest below.
    auto selectAtMost = [](QComboBox* box, int value) {
        int best = 0;
        for (int i = 0; i < box->count(); ++i) {
            if (box->itemData(i).toInt() <= value) best = i;
        }
        box->setCurrentIndex(best);
    };
    selectAtMost(m_ui->textSizeBox, settings.textScalePercent());
    m_ui->themeBox->setCurrentIndex(m_ui->themeBox->findData(int(settings.theme())));
    selectAtMost(m_ui->idleLockBox, settings.idleLockMinutes());
    m_ui->regionBox->setRegion(settings.region());
    m_ui->reduceMotionCheck->setChecked(settings.reduceMotion());
    m_ui->neutralTitleCheck->setChecked(settings.neutralWindowTitle());

    QWidget* order[] = {m_ui->currentPassphraseEdit,
                        m_ui->newPassphraseForm->firstField(),
                        m_ui->newPassphraseForm->confirmField(),
                        m_ui->someoneKnowsButton,
                        m_ui->changePassphraseButton,
                        m_ui->regionBox,
                        m_ui->textSizeBox,
                        m_ui->themeBox,
                        m_ui->reduceMotionCheck,
                        m_ui->neutralTitleCheck,
                        m_ui->idleLockBox,
                        m_ui->backButton};
    for (std::size_t i = 1; i < std::size(order); ++i) setTabOrder(order[i - 1], order[i]);

    // A new recovery code sits with the passphrase: both are the ways in.
    auto* recovery = m_recoveryCode = new RecoveryCodeSection(session, content);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->regionHeading) - 1, recovery);  // before gap1
    QWidget* before = m_ui->changePassphraseButton;
    for (QWidget* field : recovery->tabOrder()) {
        setTabOrder(before, field);
        before = field;
    }
    setTabOrder(before, m_ui->regionBox);

    // Opting in to contacts before unlocking sits with the region: both shape "I need help now".
    auto* lockContacts = new LockScreenContactsEditor(HelplineSettings(settings).lockScreenContacts(), content);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->regionBox) + 1, lockContacts);
    Appearance::makeLargeTargets(lockContacts);
    QWidget* previous = m_ui->regionBox;
    for (QWidget* field : lockContacts->tabOrder()) {
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_ui->textSizeBox);
    connect(lockContacts, &LockScreenContactsEditor::changed, this, [this](const QList<LockScreenContact>& list) {
        store([&list](ProfileSettings& s) { HelplineSettings(s).setLockScreenContacts(list); });
    });
    // The language sits with the display choices; it is used from the next start.
    auto* language = new LanguageChooser(settings.language(), content);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->reduceMotionCheck) + 1, language);
    setTabOrder(m_ui->reduceMotionCheck, language->box());
    // Reading aloud is a way of showing things too: after the language, before privacy.
    m_readAloud = new ReadAloudSection(
        settings, [this](const std::function<void(ProfileSettings&)>& change) { store(change); }, content);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->privacyHeading), m_readAloud);
    previous = language->box();
    for (QWidget* field : m_readAloud->tabOrder()) {
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_ui->neutralTitleCheck);
    // Reminders come while Mooring is locked; they sit with the other choices kept unencrypted.
    auto* reminders = new RemindersSection(
        settings, [this](const std::function<void(ProfileSettings&)>& change) { store(change); }, m_access.paths,
        content);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->privacyHeading), reminders);
    for (QWidget* field : reminders->tabOrder()) {
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_ui->neutralTitleCheck);
    connect(language, &LanguageChooser::changed, this,
            [this](const QString& code) { store([&code](ProfileSettings& s) { s.setLanguage(code); }); });
    // Backups come last but one, before the way back (BackupsSection.h).
    auto* backups = new BackupsSection(session, content);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->settingsBanner) + 1, backups);
    previous = m_ui->idleLockBox;
    for (QWidget* field : backups->tabOrder()) {
        setTabOrder(previous, field);
        previous = field;
    }
    setTabOrder(previous, m_ui->backButton);
    connect(backups, &BackupsSection::restoreRequested, this, &SettingsScreen::restoreRequested);
    // How much room the profile and its backups take: right after the backups (RoomSection.h).
    auto* room = new RoomSection(session, content);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(backups) + 1, room);
    connect(backups, &BackupsSection::refreshed, room, &RoomSection::refresh);
    // The check-in's self-care questions: after privacy, before backups (SelfCareSection.h).
    auto* selfCare = new SelfCareSection(session, content);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(backups), selfCare);
    previous = m_ui->idleLockBox;
    for (QWidget* field : selfCare->tabOrder()) {
        setTabOrder(previous, field);
        previous = field;
    }
    Appearance::makeLargeTargets(content);
    // Only the passphrase fields answer Enter: Enter on a check box must not start a change.
    for (QPushButton* button : content->findChildren<QPushButton*>()) button->setAutoDefault(true);
    connect(m_ui->currentPassphraseEdit, &QLineEdit::returnPressed, m_ui->newPassphraseForm->firstField(),
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->newPassphraseForm->confirmField(), &QLineEdit::returnPressed, this,
            &SettingsScreen::changePassphrase);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new ReadingColumn(content));
    FocusLanding::install(
        this, [this] { return m_ui->currentPassphraseEdit; }, FocusLanding::When::Shown);

    connect(m_ui->backButton, &QPushButton::clicked, this, &SettingsScreen::backRequested);
    // Esc goes home too, so the way back is at hand without scrolling at large text sizes.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &SettingsScreen::backRequested,
                                 Qt::WidgetWithChildrenShortcut);
    escape->setObjectName(QStringLiteral("backShortcut"));
    connect(m_ui->changePassphraseButton, &QPushButton::clicked, this, &SettingsScreen::changePassphrase);
    // The window opens the dialog: it locks on the way, which drops this screen.
    m_ui->someoneKnowsButton->setAccessibleDescription(
        tr("New keys for all your data and backups, a new passphrase and a new recovery code"));
    connect(m_ui->someoneKnowsButton, &QPushButton::clicked, this, &SettingsScreen::rekeyRequested);
    // An import brings the region along when none was chosen here; nothing typed is touched.
    connect(&session, &ProfileSession::importDone, this, [this] { m_ui->regionBox->setRegion(m_settings.region()); });
    connect(m_ui->regionBox, &QComboBox::activated, this,
            [this] { store([this](ProfileSettings& s) { s.setRegion(m_ui->regionBox->region()); }); });
    connect(m_ui->textSizeBox, &QComboBox::activated, this, [this] {
        store([this](ProfileSettings& s) { s.setTextScalePercent(m_ui->textSizeBox->currentData().toInt()); });
    });
    connect(m_ui->themeBox, &QComboBox::activated, this, [this] {
        store([this](ProfileSettings& s) {
            s.setTheme(static_cast<ProfileSettings::Theme>(m_ui->themeBox->currentData().toInt()));
        });
    });
    connect(m_ui->idleLockBox, &QComboBox::activated, this, [this] {
        store([this](ProfileSettings& s) { s.setIdleLockMinutes(m_ui->idleLockBox->currentData().toInt()); });
    });
    connect(m_ui->reduceMotionCheck, &QCheckBox::toggled, this,
            [this](bool on) { store([on](ProfileSettings& s) { s.setReduceMotion(on); }); });
    connect(m_ui->neutralTitleCheck, &QCheckBox::toggled, this,
            [this](bool on) { store([on](ProfileSettings& s) { s.setNeutralWindowTitle(on); }); });
}

SettingsScreen::~SettingsScreen() = default;

bool SettingsScreen::newRecoveryCodeNotYetKept() const { return m_recoveryCode->newCodeNotYetKept(); }

void SettingsScreen::setReadAloud(ReadAloud* reader) { m_readAloud->setReadAloud(reader); }

void SettingsScreen::store(const std::function<void(ProfileSettings&)>& change) {
    m_ui->settingsBanner->clearMessage();
    change(m_settings);
    try {
        m_settings.save();
    } catch (const Error& error) {
        m_ui->settingsBanner->showMessage(error.message());
    }
    Q_EMIT settingsChanged();
}

void SettingsScreen::setBusy(bool busy) {
    m_busy = busy;
    m_ui->currentPassphraseEdit->setEnabled(!busy);
    m_ui->newPassphraseForm->setBusy(busy);
    m_ui->changePassphraseButton->setEnabled(!busy);
    m_ui->someoneKnowsButton->setEnabled(!busy);
    m_ui->changePassphraseButton->setText(busy ? tr("Changing…") : tr("C&hange passphrase"));
}

void SettingsScreen::changePassphrase() {
    if (m_busy) return;
    m_ui->currentPassphraseError->clearMessage();
    m_ui->passphraseBanner->clearMessage();
    if (m_ui->currentPassphraseEdit->text().isEmpty()) {
        m_ui->currentPassphraseError->showMessage(tr("Please type your current passphrase first."));
        m_ui->currentPassphraseEdit->setFocus();
        return;
    }
    std::optional<SecureBuffer> newPassphrase = m_ui->newPassphraseForm->take();
    if (!newPassphrase) return;
    if (!m_session) return;  // locked meanwhile; this screen is on its way out
    SecureBuffer current = takeSecret(*m_ui->currentPassphraseEdit);
    // A job of the session: a lock waits until the key file is whole again.
    const bool started = m_session->runJob(
        this,
        [access = m_access, current = std::move(current),
         secret = std::move(*newPassphrase)](UnlockedProfile& profile) {
            // Opening the passphrase slot proves the current passphrase without touching
            // the database. The profile itself rewrites the key file, so its own copy of
            // the slots stays the one on disk.
            KeyVault::open(KeyFile::load(access.paths.keyFile()).passphraseSlot(), current);
            profile.changePassphrase(secret, access.passphraseParams());
            // Worded here, while the profile is surely open.
            return Backups::oldKeyFilesMessage(profile.backupsNotUpdated(), profile.paths().backups());
        },
        [this](Outcome<QString>& outcome) {
            setBusy(false);
            QString old;
            try {
                old = outcome.take();
            } catch (const Error& error) {
                if (error.kind() == Error::Kind::WrongSecret) {
                    m_ui->currentPassphraseError->showMessage(error.message());
                    m_ui->currentPassphraseEdit->setFocus();
                } else {
                    m_ui->passphraseBanner->showMessage(error.message());
                }
                return;
            } catch (const std::exception&) {
                m_ui->passphraseBanner->showMessage(MessageBanner::unexpectedProblem());
                return;
            }
            if (!old.isEmpty()) {
                m_ui->passphraseBanner->showMessage(tr("Your passphrase has been changed.") + u' ' + old);
                return;
            }
            m_ui->passphraseBanner->showMessage(tr("Your passphrase has been changed. Please use the new one "
                                                   "the next time you unlock Mooring."),
                                                MessageBanner::Tone::Info);
        });
    if (started) setBusy(true);
}

}  // namespace mooring
