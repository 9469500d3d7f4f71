#pragma once

namespace mooring {

// Qt tells a screen reader that every QStackedWidget (the window's screens, a screen's pages,
// the inside of a tab widget) is a "layered pane". It has no name, so Orca said "layered pane"
// each time the focus entered another screen, and nothing else. To the bus a stack is now a
// plain panel, which a screen reader passes over in silence; its pages are unchanged.
// install() is idempotent; main() calls it before the first window.
namespace QuietStacks {
void install();
}

}  // namespace mooring
