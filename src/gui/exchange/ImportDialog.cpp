#include "gui/exchange/ImportDialog.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/SecretInput.h"
#include "session/Background.h"
#include "session/ProfileSession.h"
#include "storage/SecureBuffer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <memory>

namespace mooring {

using namespace Qt::StringLiterals;

ImportDialog::ImportDialog(ProfileSession& session, const QString& path, QWidget* parent)
    : QDialog(parent),
      m_session(&session),
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
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"importCancel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_pages);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ImportDialog::openProtected);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);

    Importer::Form form = Importer::Form::Readable;
    try {
        form = Importer::formOfFile(path);  // its first bytes only
    } catch (const Error& e) {
        showProblem(e.message());
        return;
    }
    if (form == Importer::Form::Protected) {
        m_pages->setCurrentIndex(1);
        m_open->setDefault(true);  // Enter in the field opens the file, never "Cancel"
        m_passphrase->setFocus();
    } else {
        startCheck(nullptr);
    }
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::reject() {
    if (m_writing) return;  // Escape and the window's close button wait for the write too
    QDialog::reject();
}

void ImportDialog::showProblem(const QString& text) { say(text, MessageBanner::Tone::Attention); }

void ImportDialog::say(const QString& text, MessageBanner::Tone tone) {
    m_banner->showMessage(text, tone);
    // The dialog grows for the words, never squeezing the preview's wrapped lines.
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height()) resize(width(), needed);
}

void ImportDialog::setBusy(bool busy) {
    m_open->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_import->setEnabled(!busy && m_plan);
    m_cancel->setEnabled(!m_writing);
}

void ImportDialog::openProtected() {
    if (m_passphrase->text().isEmpty()) {
        showProblem(tr("Please type the export passphrase first."));
        return;
    }
    startCheck(std::make_shared<SecureBuffer>(takeSecret(*m_passphrase)));
}

void ImportDialog::startCheck(std::shared_ptr<SecureBuffer> passphrase) {
    if (!m_session) return;
    const bool isProtected = passphrase != nullptr;
    // Deriving the key, then reading the whole file and comparing it with this profile: a
    // few seconds with a full hope box. Nothing is written, so Cancel may end the waiting.
    const bool started = m_session->startImportCheck(
        this, m_path, std::move(passphrase),
        [this, isProtected](Outcome<std::shared_ptr<const ImportPlan>>& outcome) { checked(outcome, isProtected); });
    if (!started) return;  // locking: this dialog closes too
    setBusy(true);
    say(isProtected ? tr("Opening the file and looking at what it holds. This takes a moment…")
                    : tr("Looking at what the file holds. This takes a moment…"),
        MessageBanner::Tone::Info);
}

void ImportDialog::checked(Outcome<std::shared_ptr<const ImportPlan>>& outcome, bool wasProtected) {
    if (!m_session || !m_session->isOpen()) return;  // locked meanwhile: nothing to say
    try {
        m_plan = outcome.take();
    } catch (const Error& e) {
        setBusy(false);
        showProblem(e.message());
        if (wasProtected && e.kind() == Error::Kind::WrongSecret) {
            m_passphrase->setFocus();  // another try
        } else {
            m_pages->setCurrentIndex(0);
        }
        return;
    }
    m_banner->clearMessage();
    setBusy(false);
    showPreview();
}

void ImportDialog::showPreview() {
    m_preview->setText(m_plan->preview.summary());
    m_conflicts->setText(m_plan->preview.conflictNote());
    m_conflicts->setVisible(!m_conflicts->text().isEmpty());
    m_pages->setCurrentIndex(2);
    m_open->setDefault(false);
    m_import->setDefault(true);
    m_import->setFocus();
}

void ImportDialog::importNow() {
    if (!m_plan || !m_session || m_writing) return;
    // The report goes to the window when this dialog has been closed meanwhile (F1 closes
    // every dialog in front of help): the window outlives the write's job.
    QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    const QPointer<ImportDialog> self(this);
    const bool started = m_session->startImport(window ? static_cast<QObject*>(window) : this, m_plan,
                                                [self, window](const QString& problem) {
                                                    if (self && self->isVisible())
                                                        self->written(problem);
                                                    else if (window)
                                                        sayAfterClosed(window, problem);
                                                });
    if (!started) return;
    m_writing = true;
    setBusy(true);
    say(tr("Importing: a backup first, then everything from the file at once. This takes a "
           "moment and is not stopped halfway, so all of it is written or none. Help (F1) "
           "stays open to you meanwhile."),
        MessageBanner::Tone::Info);
}

void ImportDialog::written(const QString& problem) {
    m_writing = false;
    if (!problem.isEmpty()) {
        setBusy(false);
        showProblem(tr("Nothing was imported. %1").arg(problem));
        return;
    }
    m_plan.reset();
    m_banner->clearMessage();
    DialogHooks::inform(this, tr("Import"), tr("The import is done."));
    accept();
}

void ImportDialog::sayAfterClosed(QWidget* window, const QString& problem) {
    auto* box =
        new QMessageBox(problem.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
                        problem.isEmpty() ? tr("The import is done.") : tr("Nothing was imported. %1").arg(problem),
                        QMessageBox::Ok, window);
    box->setObjectName(u"importReport"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);             // help, if it is open, stays usable
    box->setAttribute(Qt::WA_ShowWithoutActivating);  // and keeps the keyboard where it is
    box->show();
}

}  // namespace mooring
