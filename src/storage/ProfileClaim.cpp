#include "storage/ProfileClaim.h"

#include "storage/ProfileLock.h"

namespace mooring {

ProfileClaim::ProfileClaim() = default;
ProfileClaim::~ProfileClaim() = default;
ProfileClaim::ProfileClaim(ProfileClaim&&) noexcept = default;
ProfileClaim& ProfileClaim::operator=(ProfileClaim&&) noexcept = default;

ProfileClaim ProfileClaim::make(const ProfilePaths& paths, std::optional<ComeBackPipe::Request> ask) {
    ProfileClaim claim;
    if (ask && ComeBackPipe::ask(paths, *ask)) {
        claim.outcome = Outcome::HandedOver;
        return claim;
    }
    bool busy = false;
    claim.lock = ProfileLock::tryTake(paths, busy);
    claim.outcome = claim.lock ? Outcome::Locked : busy ? Outcome::Busy : Outcome::Failed;
    return claim;
}

}  // namespace mooring
