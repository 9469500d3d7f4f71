#pragma once

#include "session/ProfileSession.h"

#include <memory>

namespace mooring::test {

class TempProfile;

// A new profile in `folder` (test-cost passphrase), open in a session on `clock`: what a
// screen under test is given, as MainWindow gives it the real one.
std::unique_ptr<ProfileSession> openTestSession(const TempProfile& folder, Clock clock = {});

}  // namespace mooring::test
