#include "gui/exchange/ImportDialog.h"

#include "domain/Error.h"
#include "exchange/ExportSource.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/SecretInput.h"
#include "session/Background.h"
#include "session/ProfileSession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <memory>

namespace mooring {

using namespace Qt::StringLiterals;

ImportDialog::ImportDialog(ProfileSession& session, ProfileSettings& settings, const QString& path, QWidget* parent)
    : QDialog(parent),
      m_session(&session),
      m_settings(settings),
      m_path(path),
      m_pages(new QStackedWidget(this)),
      m_passphrase(new QLineEdit(this)),
      m_open(new QPushButton(tr("Open the file"), this)),
      m_preview(new QLabel(this)),
      m_conflicts(new QLabel(this)),
      m_import(new QPushButton(tr("Import"), this)),
      m_banner(new MessageBanner(this)) {
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import"));
    // Room for the preview's sentences without clipping at larger text sizes.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_passphrase->setObjectName(u"importPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Export passphrase"));
    m_open->setObjectName(u"importOpen"_s);
    m_preview->setObjectName(u"importPreview"_s);
    m_import->setObjectName(u"importNow"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conflicts->setObjectName(u"importConflicts"_s);
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conflicts->hide();
    Appearance::makeLargeTarget(m_import);
    Appearance::makeLargeTarget(m_open);

    auto* title = new QLabel(tr("Importing %1").arg(QFileInfo(path).fileName()), this);
    title->setWordWrap(true);

    auto* locked = new QWidget(m_pages);
    auto* lockedLayout = new QVBoxLayout(locked);
    auto* ask = new QLabel(tr("This file is protected. Please type the export passphrase that was chosen when "
                              "it was made (it may differ from your profile's passphrase)."),
                           locked);
    ask->setWordWrap(true);
    auto* label = new QLabel(tr("Export &passphrase"), locked);
    label->setBuddy(m_passphrase);
    lockedLayout->addWidget(ask);
    lockedLayout->addWidget(label);
    lockedLayout->addWidget(m_passphrase);
    lockedLayout->addWidget(m_open, 0, Qt::AlignLeft);
    lockedLayout->addStretch();

    auto* preview = new QWidget(m_pages);
    auto* previewLayout = new QVBoxLayout(preview);
    auto* heading = new QLabel(tr("This file holds:"), preview);
    auto* promise = new QLabel(tr("Nothing has been written yet. “Import” adds what is new and updates what is "
                                  "older here; what is newer here stays as it is. A backup of how things are now "
                                  "is made first."),
                               preview);
    promise->setWordWrap(true);
    previewLayout->addWidget(heading);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_conflicts);
    previewLayout->addWidget(promise);
    previewLayout->addWidget(m_import, 0, Qt::AlignLeft);
    previewLayout->addStretch();

    m_pages->addWidget(new QWidget(m_pages));  // nothing to show (the file could not be read)
    m_pages->addWidget(locked);
    m_pages->addWidget(preview);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_pages);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ImportDialog::openProtected);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);

    Importer::Form form = Importer::Form::Readable;
    std::shared_ptr<const ExportSource> source;
    try {
        form = Importer::formOfFile(path);
        if (form == Importer::Form::Readable) source = ExportSource::fromFile(path, nullptr);
    } catch (const Error& e) {
        showProblem(e.message());
        return;
    }
    if (form == Importer::Form::Protected) {
        m_pages->setCurrentIndex(1);
        m_open->setDefault(true);  // Enter in the field opens the file, never "Cancel"
        m_passphrase->setFocus();
    } else {
        showPreview(source);
    }
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::showProblem(const QString& text) { m_banner->showMessage(text); }

void ImportDialog::openProtected() {
    if (m_passphrase->text().isEmpty()) {
        showProblem(tr("Please type the export passphrase first."));
        return;
    }
    auto secret = std::make_shared<SecureBuffer>(takeSecret(*m_passphrase));
    m_open->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_banner->showMessage(tr("Opening the file, this takes a moment…"), MessageBanner::Tone::Info);
    // Deriving the key takes a second or two: off the GUI thread. The file is then read
    // chunk by chunk, with that key, by the preview and again by the import.
    runInBackground(
        this, [path = m_path, secret]() { return ExportSource::fromFile(path, secret.get()); },
        [this](Outcome<std::shared_ptr<const ExportSource>>& outcome) {
            m_open->setEnabled(true);
            m_passphrase->setEnabled(true);
            try {
                const std::shared_ptr<const ExportSource> source = outcome.take();
                m_banner->clearMessage();
                showPreview(source);
            } catch (const Error& e) {
                showProblem(e.message());
                m_passphrase->setFocus();
            }
        });
}

void ImportDialog::showPreview(const std::shared_ptr<const ExportSource>& source) {
    if (!m_session) return;
    try {
        Importer importer(m_session->database(), m_settings);
        m_plan = importer.prepare(source);
    } catch (const Error& e) {
        m_pages->setCurrentIndex(0);
        showProblem(e.message());
        return;
    }
    m_preview->setText(m_plan->preview.summary());
    m_conflicts->setText(m_plan->preview.conflictNote());
    m_conflicts->setVisible(!m_conflicts->text().isEmpty());
    m_pages->setCurrentIndex(2);
    m_open->setDefault(false);
    m_import->setDefault(true);
    m_import->setFocus();
}

void ImportDialog::importNow() {
    if (!m_plan || !m_session) return;
    try {
        m_session->applyImport(*m_plan, m_settings);
    } catch (const Error& e) {
        showProblem(tr("Nothing was imported. %1").arg(e.message()));
        return;
    }
    m_plan.reset();
    DialogHooks::inform(this, tr("Import"), tr("The import is done."));
    accept();
}

}  // namespace mooring
