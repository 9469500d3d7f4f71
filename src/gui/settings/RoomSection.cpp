#include "gui/settings/RoomSection.h"

#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/RoomWords.h"
#include "storage/BackupRoom.h"
#include "storage/UnlockedProfile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mooring {

using namespace Qt::StringLiterals;

RoomSection::RoomSection(ProfileSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(&session),
      m_database(new QLabel(this)),
      m_backups(new QLabel(this)),
      m_free(new QLabel(this)),
      m_banner(new MessageBanner(this)) {
    setObjectName(u"roomSection"_s);
    auto* heading = new QLabel(tr("How much room Mooring takes"), this);
    heading->setObjectName(u"roomHeading"_s);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading, 2);
    m_database->setObjectName(u"roomDatabase"_s);
    m_backups->setObjectName(u"roomBackups"_s);
    m_free->setObjectName(u"roomFree"_s);
    m_banner->setObjectName(u"roomBanner"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(heading);
    for (QLabel* line : {m_database, m_backups, m_free}) {
        line->setWordWrap(true);
        line->setTextFormat(Qt::PlainText);
        line->setText(tr("Working it out\u2026"));
        layout->addWidget(line);
    }
    layout->addWidget(m_banner);
}

void RoomSection::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();  // each time Settings opens: the day's backup or new photos may have changed it
}

void RoomSection::refresh() {
    if (!m_session) return;    // locked meanwhile; this section is on its way out
    if (!isVisible()) return;  // measured when Settings is next shown
    if (m_measuring) {
        m_again = true;
        return;
    }
    const bool started = m_session->runJob(
        this, [](UnlockedProfile& profile) { return BackupRoom::measure(profile.paths()); },
        [this](Outcome<BackupRoom>& outcome) {
            m_measuring = false;
            try {
                showRoom(outcome.take());
            } catch (const std::exception&) {
                // A folder that can't be read: the figures stay as they were, and nothing
                // here is worth a worry of its own (the backups list says what there is).
            }
            if (std::exchange(m_again, false)) refresh();
        });
    m_measuring = started;
}

void RoomSection::showRoom(const BackupRoom& room) {
    m_database->setText(tr("Your data: %1").arg(RoomWords::size(room.databaseBytes)));
    m_backups->setText(
        room.backupCount == 0
            ? tr("Backups: none yet")
            : tr("Backups: %1, together %2").arg(room.backupCount).arg(RoomWords::size(room.backupBytes)));
    m_free->setText(room.freeBytes < 0 ? tr("Free on this disk: not known")
                                       : tr("Free on this disk: %1").arg(RoomWords::size(room.freeBytes)));
    // Said again only when it changed: a screen reader would otherwise hear it each time
    // Settings opens.
    const QString words = RoomWords::backupsNeedRoom(room);
    if (words.isEmpty())
        m_banner->clearMessage();
    else if (words != m_banner->text())
        m_banner->showMessage(words, MessageBanner::Tone::Info);
}

}  // namespace mooring
