#pragma once

class QAbstractButton;

namespace mooring::crisis {

// The help screen's choices (Breathe, Ground, ...) open a panel, like tabs; the one open
// looks chosen. Qt would present such a checkable button as a check box ("Breathe, check
// box, checked"), which says the wrong thing about what pressing it does. Made tab-like,
// a screen reader hears a page tab that is selected or not, and pressing it still works.
void presentAsTab(QAbstractButton* choice);

}  // namespace mooring::crisis
