#include "gui/exchange/CsvExportDialog.h"

#include "domain/Error.h"
#include "exchange/JournalCsv.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "session/Background.h"
#include "storage/UnlockedProfile.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

CsvExportDialog::CsvExportDialog(ProfileSession& session, ProfileAccess access, QWidget* parent)
    : QDialog(parent),
      m_session(&session),
      m_access(std::move(access)),
      m_understood(new QCheckBox(tr("I understand that anyone who opens this file can read it"), this)),
      m_banner(new MessageBanner(this)),
      m_save(new QPushButton(tr("Choose where to save…"), this)) {
    setObjectName(u"csvExportDialog"_s);
    setWindowTitle(tr("Journal as a spreadsheet"));
    m_understood->setObjectName(u"csvUnderstood"_s);
    m_save->setObjectName(u"csvSave"_s);

    auto* intro = new QLabel(tr("This saves your journal as a spreadsheet file (CSV): one row for each entry, to "
                                "look at in a spreadsheet program. It cannot be imported back; to keep a copy of "
                                "your profile, use Export instead."),
                             this);
    intro->setWordWrap(true);
    auto* warning = new QLabel(tr("A spreadsheet file is not protected: anyone who opens it can read everything in "
                                  "it. Keep it somewhere only you can reach, and delete it when it is no longer "
                                  "needed."),
                               this);
    warning->setObjectName(u"csvWarning"_s);
    warning->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(warning);
    layout->addWidget(m_understood);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);

    m_save->setEnabled(false);
    connect(m_understood, &QCheckBox::toggled, m_save, &QPushButton::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &CsvExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CsvExportDialog::save() {
    m_banner->clearMessage();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"mooring-journal-"_s + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s);
    const QString path =
        DialogHooks::saveFileName(this, tr("Save the journal as a spreadsheet"), suggested, tr("Spreadsheet (*.csv)"));
    if (path.isEmpty() || !m_session) return;  // cancelled, or locked while the file was being chosen
    try {
        m_access.paths.requireOutside(path);
    } catch (const Error& e) {
        m_banner->showMessage(e.message());
        return;
    }
    // Ten years of entries take about half a second to read and write: off the GUI thread.
    const bool started = m_session->runJob(
        this,
        [path](UnlockedProfile& profile) {
            JournalCsv::save(profile.database(), path);
            return true;
        },
        [this, path](Outcome<bool>& outcome) {
            m_save->setEnabled(m_understood->isChecked());
            try {
                outcome.take();
            } catch (const Error& e) {
                m_banner->showMessage(e.message());
                return;
            } catch (const std::exception&) {
                m_banner->showMessage(MessageBanner::unexpectedProblem());
                return;
            }
            m_banner->clearMessage();
            DialogHooks::inform(this, tr("Journal as a spreadsheet"),
                                tr("Your journal is saved in %1.").arg(QDir::toNativeSeparators(path)));
            accept();
        });
    if (!started) return;  // the session is closing: this dialog is on its way out
    m_save->setEnabled(false);
    m_banner->showMessage(tr("Saving your journal…"), MessageBanner::Tone::Info);
}

}  // namespace mooring
