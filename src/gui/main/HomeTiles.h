#pragma once

namespace mooring {

class HomeScreen;
class MainWindow;

// The home screen with its tiles (toolbox, plan, journal, week, library, recovery,
// setback) and its ways to help and to settings, each leading to the window's own screen.
HomeScreen* makeHomeScreen(MainWindow* window);

}  // namespace mooring
