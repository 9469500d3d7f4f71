#pragma once

namespace mooring {

class MainWindow;

// For the process tests, which run the real program on the offscreen platform where no key
// can be pressed from outside. With MOORING_TEST_WINDOW_HOOK=1 in the environment the
// window does what F12 does once it is up, and prints one line on standard output when it
// is hidden and each time it comes back, naming the screen in front (an object name;
// nothing of the person's). Without the variable it does nothing.
void installWindowTestHook(MainWindow& window);

}  // namespace mooring
