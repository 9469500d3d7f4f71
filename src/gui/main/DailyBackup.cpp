#include "gui/main/DailyBackup.h"

#include "session/Background.h"
#include "storage/Backups.h"
#include "storage/UnlockedProfile.h"

#include <QApplication>

namespace mooring {

void DailyBackup::startIfDue(QObject* context, const std::shared_ptr<UnlockedProfile>& profile) {
    if (!profile || running() || !Backups(profile->paths()).dailyDue()) return;  // a folder listing: quick
    m_thread = runInBackground(
        context,
        [profile]() mutable {
            // Let go of the profile as soon as the work ends, not when the thread is deleted:
            // the window's reset must be the one that closes the database and wipes the key.
            const std::shared_ptr<UnlockedProfile> held = std::move(profile);
            return Backups(held->paths()).makeDailyIfDue(held->database(), held->dataKey()).has_value();
        },
        [](Outcome<bool>& outcome) {
            try {
                outcome.take();
            } catch (const std::exception&) {
                // Tried again at the next unlock; the list in settings shows what there is.
            }
        });
}

void DailyBackup::finish() {
    if (!running()) return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_thread->wait();
    QApplication::restoreOverrideCursor();
}

bool DailyBackup::running() const { return m_thread && !m_thread->isFinished(); }

}  // namespace mooring
