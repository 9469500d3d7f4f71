#pragma once

#include "domain/Error.h"

namespace mooring::cli {

// The exit statuses of mooring-cli (docs/cli.md); scripts
// rely on these numbers, so they never change meaning.
enum class ExitStatus : int {
    Done = 0,
    BadUsage = 1,     // also: passphrases that do not match, an empty passphrase
    WrongSecret = 2,  // a passphrase or recovery code that does not open the profile
    Damaged = 3,      // a damaged, unreadable or too new file
    CannotWrite = 4,  // read-only folder, disk full
    Busy = 5,         // the profile is open in another Mooring
};

ExitStatus exitStatusFor(Error::Kind kind) noexcept;

constexpr int toInt(ExitStatus status) noexcept { return static_cast<int>(status); }

}  // namespace mooring::cli
