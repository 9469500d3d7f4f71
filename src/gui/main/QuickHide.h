#pragma once

#include "gui/common/AppWideKeys.h"

#include <QKeySequence>

namespace mooring {

// The quick-hide key (docs/design.md, "Privacy from people in the room"): one key, easy to find
// without looking, that locks Mooring and takes it off the screen at once (LockSequence).
inline QKeySequence quickHideKey() { return AppWideKeys::keyFor(AppWideKeys::Action::QuickHide); }

}  // namespace mooring
