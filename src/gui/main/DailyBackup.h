#pragma once

#include <QPointer>
#include <QThread>

#include <memory>

class QObject;

namespace mooring {

class UnlockedProfile;

// The day's first backup (docs/backups.md), made off the GUI thread from the open database
// so nothing waits on it, the crisis screen least of all. Whoever closes the profile calls
// finish() first, so a backup never runs on past a lock, a restore or the window's end
// (a sample profile's folder, say, is removed only when nothing writes into it).
class DailyBackup {
public:
    // Starts it if none was made today; a failure is left for the settings' list to show.
    void startIfDue(QObject* context, const std::shared_ptr<UnlockedProfile>& profile);
    // Waits for a backup still being written: a few seconds at most for a large profile.
    void finish();
    bool running() const;

private:
    QPointer<QThread> m_thread;
};

}  // namespace mooring
