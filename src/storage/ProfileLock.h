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

private:
    std::unique_ptr<QLockFile> m_lock;
};

}  // namespace mooring
