#include "gui/main/StartupLock.h"

#include "domain/Error.h"
#include "gui/common/DialogHooks.h"
#include "storage/ProfileLock.h"
#include "storage/ProfilePaths.h"

#include <QCoreApplication>

namespace mooring {

std::unique_ptr<ProfileLock> takeProfileLock(const ProfilePaths& paths, QWidget* parent) {
    const QString title = QCoreApplication::translate("mooring", "Mooring");
    try {
        return std::make_unique<ProfileLock>(paths);
    } catch (const Error& error) {
        // Busy ("already open in another window") or a folder that cannot hold the lock:
        // storage's message already says which, and what to do.
        DialogHooks::inform(parent, title, error.message());
        return nullptr;
    }
}

}  // namespace mooring
