#pragma once

#include "storage/ComeBackPipe.h"

#include <memory>
#include <optional>

namespace mooring {

class ProfileLock;
class ProfilePaths;

// How a start of the window program gets hold of its profile before any window exists:
// a Mooring that has the profile open already is asked to come back to the front, and
// otherwise the profile's lock is taken. Taking the lock writes the lock file and waits
// for the disk to have it (QLockFile syncs it), so main() runs this on a thread of its own
// while Qt starts up: nothing in it needs Qt's application object.
struct ProfileClaim {
    enum class Outcome {
        Locked,      // `lock` holds the profile
        HandedOver,  // the open Mooring got the request; this start has nothing to do
        Busy,        // another Mooring holds the profile and did not take the request
        Failed,      // no lock could be made (a full disk, a folder that is not ours)
    };
    Outcome outcome = Outcome::Failed;
    std::unique_ptr<ProfileLock> lock;

    ProfileClaim();
    ~ProfileClaim();
    ProfileClaim(ProfileClaim&&) noexcept;
    ProfileClaim& operator=(ProfileClaim&&) noexcept;

    // `ask` empty: ask nobody (a start in the tray must never bring a window forward).
    // Busy and Failed carry no message: taking the lock again, once the person's language
    // is loaded, says why in words (gui/main/StartupLock).
    static ProfileClaim make(const ProfilePaths& paths, std::optional<ComeBackPipe::Request> ask);
};

}  // namespace mooring
