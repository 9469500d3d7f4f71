#include "gui/settings/BackupsSection.h"

#include "domain/Error.h"
#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "session/ProfileSession.h"
#include "storage/Backups.h"
#include "storage/UnlockedProfile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mooring {

namespace {

QString kindText(const BackupInfo& info) {
    switch (info.kind) {
        case BackupKind::Daily:
            return BackupsSection::tr("made on the day's first unlock");
        case BackupKind::Manual:
            return BackupsSection::tr("made when you asked");
        case BackupKind::BeforeRisky:
            if (info.reason == QStringLiteral("import")) return BackupsSection::tr("made before an import");
            if (info.reason == QStringLiteral("restore")) return BackupsSection::tr("made before a restore");
            if (info.reason == QStringLiteral("migration")) return BackupsSection::tr("made before an update");
            return BackupsSection::tr("made before a change");
    }
    return {};
}

QString when(const BackupInfo& info) {
    const QLocale locale;
    return BackupsSection::tr("%1 at %2")
        .arg(locale.toString(info.madeAt.date(), QLocale::LongFormat),
             locale.toString(info.madeAt.time(), QLocale::ShortFormat));
}

constexpr int kWhenRole = Qt::UserRole + 1;

}  // namespace

BackupsSection::BackupsSection(ProfileSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(&session),
      m_heading(new QLabel(tr("Backups"), this)),
      m_intro(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_backUp(new QPushButton(tr("Back &up now"), this)),
      m_restore(new QPushButton(tr("&Restore…"), this)),
      m_banner(new MessageBanner(this)) {
    setObjectName(QStringLiteral("backupsSection"));
    m_list->setObjectName(QStringLiteral("backupsList"));
    m_backUp->setObjectName(QStringLiteral("backUpNowButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_banner->setObjectName(QStringLiteral("backupsBanner"));
    Appearance::makeHeading(m_heading, 2);
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Mooring keeps encrypted copies of your data in this profile's folder: one on the first unlock of each "
           "day, and one before anything that replaces data. The last week of days and one copy for each of the "
           "four weeks before are kept."));
    m_list->setAccessibleName(tr("Backups, newest first"));
    m_backUp->setAccessibleDescription(tr("Makes an encrypted copy of your data now"));
    m_restore->setAccessibleDescription(tr("Brings back the chosen backup after asking you"));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 6);
    // At 200 % text a row is wider than the column: it wraps instead of scrolling sideways.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_backUp, &QPushButton::clicked, this, &BackupsSection::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsSection::askToRestore);
    connect(m_list, &QListWidget::currentRowChanged, this, &BackupsSection::updateButtons);
    // An import makes a backup of how things were first: it shows at once.
    connect(&session, &ProfileSession::importDone, this, &BackupsSection::refresh);
    refresh();
}

QList<QWidget*> BackupsSection::tabOrder() const { return {m_list, m_backUp, m_restore}; }

void BackupsSection::refresh() {
    m_list->clear();
    if (m_session && m_session->isOpen()) {
        for (const BackupInfo& info : Backups(m_session->paths()).list()) {
            auto* item = new QListWidgetItem(tr("%1, %2").arg(when(info), kindText(info)), m_list);
            item->setData(Qt::UserRole, info.name);
            item->setData(kWhenRole, when(info));
        }
    }
    if (m_list->count() == 0) {
        auto* item = new QListWidgetItem(tr("No backups yet. The first is made when you next unlock, or now."), m_list);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(0);
    }
    updateButtons();
    Q_EMIT refreshed();
}

void BackupsSection::updateButtons() {
    QListWidgetItem* item = m_list->currentItem();
    m_backUp->setEnabled(!m_busy);
    m_backUp->setText(m_busy ? tr("Backing up…") : tr("Back &up now"));
    m_restore->setEnabled(!m_busy && item && !item->data(Qt::UserRole).toString().isEmpty());
}

void BackupsSection::backUpNow() {
    if (m_busy || !m_session) return;
    m_banner->clearMessage();
    const bool started = m_session->runJob(
        this,
        [](UnlockedProfile& profile) {
            return Backups(profile.paths()).make(profile.database(), profile.dataKey(), BackupKind::Manual).name;
        },
        [this](Outcome<QString>& outcome) {
            m_busy = false;
            try {
                outcome.take();
                m_banner->showMessage(tr("A new backup is made and checked."), MessageBanner::Tone::Info);
            } catch (const Error& error) {
                m_banner->showMessage(error.message());
            } catch (const std::exception&) {
                m_banner->showMessage(MessageBanner::unexpectedProblem());
            }
            refresh();
        });
    if (!started) return;  // the session is closing: this section is on its way out
    m_busy = true;
    updateButtons();
}

void BackupsSection::askToRestore() {
    QListWidgetItem* item = m_list->currentItem();
    if (m_busy || !item) return;
    const QString name = item->data(Qt::UserRole).toString();
    if (name.isEmpty()) return;
    const QMessageBox::StandardButton answer = DialogHooks::ask(
        this, tr("Restore this backup?"),
        tr("Your data will go back to how it was on %1.\n\n"
           "First, what you have now is saved as a backup of its own, so nothing is lost and you can come back "
           "to it. Then Mooring locks, puts the backup in place, and asks for your passphrase again.\n\n"
           "The passphrase you use today keeps working.")
            .arg(item->data(kWhenRole).toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) return;
    Q_EMIT restoreRequested(name);
}

}  // namespace mooring
