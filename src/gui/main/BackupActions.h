#pragma once

#include <QString>

#include <memory>

class QObject;

namespace mooring {

class ProfilePaths;
class SecureBuffer;
class UnlockedProfile;

// What the window does with backups (docs/backups.md), kept out of MainWindow.cpp.
class BackupActions {
public:
    // The day's first backup, if none was made today: made off the GUI thread from the
    // open database in small steps, so nothing waits on it (the crisis screen least of all).
    // It holds `profile` until done; a failure is left for the settings' list to show.
    static void startDailyIfDue(QObject* context, const std::shared_ptr<UnlockedProfile>& profile);

    // Restores `name` with the profile already locked (database closed); returns what to
    // tell the person on the unlock screen, and whether it went through.
    struct Outcome {
        bool restored = false;
        QString message;
    };
    static Outcome restore(const ProfilePaths& paths, const QString& name, const SecureBuffer& dataKey);
};

}  // namespace mooring
