#pragma once

#include <memory>

class QLockFile;

namespace mooring {

class ProfilePaths;

// Holds the profile's QLockFile for as long as it lives. Throws Error::Kind::Busy when
// another Mooring (GUI or CLI) has the profile open; a stale lock of a dead process is taken over.
class ProfileLock {
public:
    explicit ProfileLock(const ProfilePaths& paths);
    ~ProfileLock();
    ProfileLock(const ProfileLock&) = delete;
    ProfileLock& operator=(const ProfileLock&) = delete;

    // The same without words, for a start that has not loaded the person's language yet:
    // nullptr when not taken, and `busy` says whether another Mooring holds it.
    static std::unique_ptr<ProfileLock> tryTake(const ProfilePaths& paths, bool& busy);

private:
    explicit ProfileLock(std::unique_ptr<QLockFile> taken);
    std::unique_ptr<QLockFile> m_lock;
};

}  // namespace mooring
