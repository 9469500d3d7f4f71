#include "cli/ExitStatus.h"

namespace mooring::cli {

ExitStatus exitStatusFor(Error::Kind kind) noexcept {
    switch (kind) {
        case Error::Kind::WrongSecret:
            return ExitStatus::WrongSecret;
        case Error::Kind::Damaged:
        case Error::Kind::NewerVersion:
            return ExitStatus::Damaged;
        case Error::Kind::CannotWrite:
            return ExitStatus::CannotWrite;
        case Error::Kind::Busy:
            return ExitStatus::Busy;
        case Error::Kind::InvalidInput:
            return ExitStatus::BadUsage;
    }
    // An unknown kind is treated as the safest reading: something could not be read.
    return ExitStatus::Damaged;
}

}  // namespace mooring::cli
