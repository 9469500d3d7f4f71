#pragma once

namespace mooring {

// Whether someone is there to answer before a lock: Ctrl+L, the lock button, a restore and
// new keys are asked for; the idle lock and F12 happen to a window nobody may be watching.
enum class LockReason { Asked, Idle };

}  // namespace mooring
