#include "gui/exchange/ExportDialog.h"

#include "domain/Error.h"
#include "exchange/Exporter.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/NewPassphraseForm.h"
#include "session/Background.h"
#include "session/ProfileSession.h"
#include "storage/UnlockedProfile.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(ProfileSession& session, ProfileSettings& settings, ProfileAccess access, QWidget* parent)
    : QDialog(parent),
      m_session(&session),
      m_settings(settings),
      m_access(std::move(access)),
      m_whole(new QRadioButton(tr("My whole profile: plan, ideas, contacts, journal and week notes"), this)),
      m_planOnly(new QRadioButton(tr("Only my safety plan, contacts, helplines and ideas (never the journal), "
                                     "for example for a therapist"),
                                  this)),
      m_protected(new QRadioButton(tr("Protect the file with an export passphrase (recommended)"), this)),
      m_readable(new QRadioButton(tr("Save a readable file without protection"), this)),
      m_passphrase(new NewPassphraseForm(this)),
      m_readableWarning(new QLabel(this)),
      m_understood(new QCheckBox(tr("I understand that anyone who opens this file can read it"), this)),
      m_banner(new MessageBanner(this)),
      m_save(new QPushButton(tr("Choose where to save…"), this)) {
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));
    m_whole->setObjectName(u"exportWhole"_s);
    m_planOnly->setObjectName(u"exportPlanOnly"_s);
    m_protected->setObjectName(u"exportProtected"_s);
    m_readable->setObjectName(u"exportReadable"_s);
    m_understood->setObjectName(u"exportUnderstood"_s);
    m_save->setObjectName(u"exportSave"_s);
    m_passphrase->setObjectName(u"exportPassphrase"_s);
    m_passphrase->setFirstLabel(tr("Export passphrase"));
    m_readableWarning->setWordWrap(true);
    m_readableWarning->setText(
        tr("A readable file is not protected: anyone who opens it can read everything in it. Keep it "
           "somewhere only you can reach, and delete it when it is no longer needed."));
    for (QRadioButton* b : {m_whole, m_planOnly, m_protected, m_readable}) Appearance::makeLargeTarget(b);

    auto* what = new QGroupBox(tr("What to export"), this);
    auto* whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_whole);
    whatLayout->addWidget(m_planOnly);
    auto* how = new QGroupBox(tr("How to keep it safe"), this);
    auto* howLayout = new QVBoxLayout(how);
    howLayout->addWidget(m_protected);
    howLayout->addWidget(m_passphrase);
    howLayout->addWidget(m_readable);
    howLayout->addWidget(m_readableWarning);
    howLayout->addWidget(m_understood);
    auto* whatGroup = new QButtonGroup(this);
    whatGroup->addButton(m_whole);
    whatGroup->addButton(m_planOnly);
    auto* howGroup = new QButtonGroup(this);
    howGroup->addButton(m_protected);
    howGroup->addButton(m_readable);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("An export is a copy in one file, to move to another computer or to keep "
                                "safe. Import reads it back."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(what);
    layout->addWidget(how);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);

    // Checked only now that each pair has its group (auto-exclusivity went by parent before).
    m_whole->setChecked(true);
    m_protected->setChecked(true);
    connect(m_readable, &QRadioButton::toggled, this, &ExportDialog::updateForm);
    connect(m_understood, &QCheckBox::toggled, this, &ExportDialog::updateForm);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateForm();
}

void ExportDialog::updateForm() {
    const bool readable = m_readable->isChecked();
    m_passphrase->setVisible(!readable);
    m_readableWarning->setVisible(readable);
    m_understood->setVisible(readable);
    m_save->setEnabled(!readable || m_understood->isChecked());
}

void ExportDialog::startExport() {
    m_banner->clearMessage();
    std::shared_ptr<SecureBuffer> passphrase;
    if (m_protected->isChecked()) {
        std::optional<SecureBuffer> taken = m_passphrase->take();
        if (!taken) return;  // the form says what to change
        passphrase = std::make_shared<SecureBuffer>(std::move(*taken));
    }
    const bool plan = m_planOnly->isChecked();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath((plan ? u"mooring-plan-"_s : u"mooring-"_s) + QDate::currentDate().toString(Qt::ISODate) +
                      (passphrase ? u".mooring"_s : u".json"_s));
    const QString path = DialogHooks::saveFileName(
        this, tr("Save the export"), suggested,
        passphrase ? tr("Protected Mooring export (*.mooring)") : tr("Readable Mooring export (*.json)"));
    if (path.isEmpty()) return;

    const ExportContent content = plan ? ExportContent::Plan : ExportContent::Full;
    ExportDocument doc;
    try {
        if (!m_session) return;  // locked while the file was being chosen
        m_access.paths.requireOutside(path);
        if (!passphrase) {
            // Written piece by piece, the hope box's media one at a time (Exporter::save).
            Exporter(m_session->database(), m_settings).save(path, content);
            finish(path, {});
            return;
        }
        // The records here (they read the settings too); the media's bytes, the key and the
        // sealing in a job, since calibrating and deriving the key take a second or two.
        doc = Exporter(m_session->database(), m_settings).document(content);
    } catch (const Error& e) {
        finish({}, e.message());
        return;
    }
    m_save->setEnabled(false);
    m_passphrase->setBusy(true);
    m_banner->showMessage(tr("Preparing the protected file, this takes a moment…"), MessageBanner::Tone::Info);
    const ProfileAccess access = m_access;
    const bool started = m_session->runJob(
        this,
        [access, passphrase, doc = std::move(doc), path](UnlockedProfile& profile) {
            const Argon2Params params = access.passphraseParams();
            Exporter::save(profile.database(), doc, path, passphrase.get(), &params);
            passphrase->clear();
            return true;
        },
        [this, path](Outcome<bool>& outcome) {
            m_passphrase->setBusy(false);
            try {
                outcome.take();
                finish(path, {});
            } catch (const Error& e) {
                finish({}, e.message());
            }
        });
    if (!started) {
        m_passphrase->setBusy(false);
        updateForm();
    }
}

void ExportDialog::finish(const QString& path, const QString& problem) {
    updateForm();
    if (!problem.isEmpty()) {
        m_banner->showMessage(problem);
        return;
    }
    m_banner->clearMessage();
    DialogHooks::inform(this, tr("Export"), tr("Your export is saved in %1.").arg(QDir::toNativeSeparators(path)));
    accept();
}

}  // namespace mooring
