#include "gui/main/BackupActions.h"

#include "domain/Error.h"
#include "gui/common/MessageBanner.h"
#include "storage/Backups.h"

#include <QApplication>
#include <QCoreApplication>

namespace mooring {

BackupActions::Outcome BackupActions::restore(const ProfilePaths& paths, const QString& name,
                                              const SecureBuffer& dataKey) {
    // A few seconds at most for a large profile; the person has just asked for it and waits.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Outcome outcome;
    try {
        // The profile's own key file opened a moment ago: it stays, with today's passphrase.
        Backups(paths).restore(name, Backups::RestoreKey{SecureBuffer::fromBytes(dataKey.bytes()), false});
        outcome.restored = true;
        outcome.message = QCoreApplication::translate(
            "mooring",
            "Your backup is back in place, and what you had before is kept as a backup too. Please unlock "
            "again with the passphrase you use today.");
    } catch (const Error& error) {
        outcome.message = error.message();
    } catch (const std::exception&) {
        outcome.message = MessageBanner::unexpectedProblem();
    }
    QApplication::restoreOverrideCursor();
    return outcome;
}

}  // namespace mooring
