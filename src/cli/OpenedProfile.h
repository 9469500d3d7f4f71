#pragma once

#include "storage/ProfileLock.h"
#include "storage/UnlockedProfile.h"

#include <memory>

namespace mooring::cli {

// A profile a command has opened: the lock that keeps every other Mooring out, and the
// unlocked profile, held together so the profile is never open without its lock. The
// profile is closed first, then the lock let go (the order the members go in).
// Made by CliContext::openProfile().
class OpenedProfile {
public:
    OpenedProfile(std::unique_ptr<ProfileLock> lock, std::unique_ptr<UnlockedProfile> profile)
        : m_lock(std::move(lock)), m_profile(std::move(profile)) {}

    UnlockedProfile& profile() noexcept { return *m_profile; }
    UnlockedProfile* operator->() noexcept { return m_profile.get(); }

    // For work that takes the profile over (rekeying closes it itself); the lock is still
    // held here until this object goes.
    std::unique_ptr<UnlockedProfile> takeProfile() noexcept { return std::move(m_profile); }

private:
    std::unique_ptr<ProfileLock> m_lock;
    std::unique_ptr<UnlockedProfile> m_profile;
};

}  // namespace mooring::cli
