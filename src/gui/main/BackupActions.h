#pragma once

#include <QString>

namespace mooring {

class ProfilePaths;
class SecureBuffer;

// What the window does with backups (docs/backups.md), kept out of MainWindow.cpp.
class BackupActions {
public:
    // Restores `name` with the profile already locked (database closed); returns what to
    // tell the person on the unlock screen, and whether it went through.
    struct Outcome {
        bool restored = false;
        QString message;
    };
    static Outcome restore(const ProfilePaths& paths, const QString& name, const SecureBuffer& dataKey);
};

}  // namespace mooring
