#include "storage/ProfileLock.h"

#include "domain/Error.h"
#include "storage/ProfileLeftovers.h"
#include "storage/ProfilePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>

namespace mooring {

namespace {

QString busyMessage(const QLockFile& lock) {
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app) && !host.isEmpty() && host != QSysInfo::machineHostName())
        return QCoreApplication::translate("mooring",
                                           "This profile seems to be open in Mooring on another computer (%1). "
                                           "Please close it there first. If that computer is switched off, or "
                                           "Mooring stopped there unexpectedly, deleting the file mooring.lock in "
                                           "the profile folder lets you open it here.")
            .arg(host);
    return QCoreApplication::translate("mooring",
                                       "Mooring is already open with this profile in another window. Please "
                                       "switch to that window, or close it and try again.");
}

QString cannotLockMessage(const QString& dir) {
    return QCoreApplication::translate("mooring",
                                       "Mooring can't use the profile folder %1; it may be read-only or not "
                                       "allowed for this account.")
        .arg(QDir::toNativeSeparators(dir));
}

// QLockFile says UnknownError when the lock file could be made but not written: mostly a
// full disk, which deserves its own advice.
QString cannotWriteLockMessage(const QString& dir) {
    return QCoreApplication::translate("mooring",
                                       "Mooring can't write in the profile folder %1. The disk may be full: "
                                       "freeing some space and trying again should help.")
        .arg(QDir::toNativeSeparators(dir));
}

// Takes `lock` if it can; otherwise says which way it failed, without words (a quiet
// attempt may run before the person's language is loaded).
enum class Failure { None, Busy, CannotWriteLock, CannotLock };

Failure take(QLockFile& lock, const ProfilePaths& paths) {
    // The lock lives in the profile folder, so the folder must exist first (owner only).
    if (!QDir(paths.dir()).exists()) {
        if (!QDir().mkpath(paths.dir())) return Failure::CannotLock;
        QFile::setPermissions(paths.dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // No age-based staleness: a profile may stay open for days. A lock whose process is
    // gone on this computer (or from before a reboot) is still taken over by QLockFile.
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        ProfileLeftovers::tidy(paths);  // only now is nobody else writing here
        return Failure::None;
    }
    // A lock file without owner details (a crash between creating and filling it) would
    // otherwise block for ever. Removing it fails while a live process holds its flock().
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.error() == QLockFile::LockFailedError && !lock.getLockInfo(&pid, &host, &app) &&
        lock.removeStaleLockFile() && lock.tryLock(0)) {
        ProfileLeftovers::tidy(paths);
        return Failure::None;
    }
    switch (lock.error()) {
        case QLockFile::LockFailedError:
            return Failure::Busy;
        case QLockFile::UnknownError:
            return Failure::CannotWriteLock;
        case QLockFile::PermissionError:
        case QLockFile::NoError:
            break;
    }
    return Failure::CannotLock;
}

}  // namespace

ProfileLock::ProfileLock(const ProfilePaths& paths) : m_lock(std::make_unique<QLockFile>(paths.lockFile())) {
    switch (take(*m_lock, paths)) {
        case Failure::None:
            return;
        case Failure::Busy:
            throw Error(Error::Kind::Busy, busyMessage(*m_lock));
        case Failure::CannotWriteLock:
            throw Error(Error::Kind::CannotWrite, cannotWriteLockMessage(paths.dir()));
        case Failure::CannotLock:
            break;
    }
    throw Error(Error::Kind::CannotWrite, cannotLockMessage(paths.dir()));
}

ProfileLock::ProfileLock(std::unique_ptr<QLockFile> taken) : m_lock(std::move(taken)) {}

std::unique_ptr<ProfileLock> ProfileLock::tryTake(const ProfilePaths& paths, bool& busy) {
    auto lock = std::make_unique<QLockFile>(paths.lockFile());
    const Failure failure = take(*lock, paths);
    busy = failure == Failure::Busy;
    if (failure != Failure::None) return nullptr;
    return std::unique_ptr<ProfileLock>(new ProfileLock(std::move(lock)));
}

ProfileLock::~ProfileLock() = default;  // QLockFile's destructor unlocks and removes the file

}  // namespace mooring
