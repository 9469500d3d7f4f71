#include "support/TestSession.h"

#include "storage/Argon2Params.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <string_view>

namespace mooring::test {

std::unique_ptr<ProfileSession> openTestSession(const TempProfile& folder, Clock clock) {
    UnlockedProfile::Created created = UnlockedProfile::create(
        folder.paths(), SecureBuffer::fromUtf8(std::string_view("a calm test passphrase")), Argon2Params::forTests());
    return std::make_unique<ProfileSession>(std::move(created.profile), std::move(clock));
}

}  // namespace mooring::test
