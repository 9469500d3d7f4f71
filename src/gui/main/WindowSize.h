#pragma once

#include <QSize>

namespace mooring {

// The size Mooring's windows open at. The help screen is laid out (and tested) to show
// all its words and controls at this size with text up to 200 %, so every window that
// shows it opens at least this large.
inline constexpr QSize kDefaultWindowSize{960, 760};

}  // namespace mooring
