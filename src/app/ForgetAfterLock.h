#pragma once

namespace mooring {

class MainWindow;

// Each time the window's open profile closes (Ctrl+L, F12, the idle lock, a restore),
// copies of the person's words that Qt keeps in long-lived objects are replaced, so that
// freeing them wipes them (WipeFreedMemory.cpp). Today that is the application style's
// cache of the last list item it laid out (QCommonStyle keeps a copy of that item's
// option, text included, for as long as the program runs), and text copied or selected
// in Mooring, which it would go on serving to other programs.
void forgetAfterEachLock(MainWindow& window);

}  // namespace mooring
