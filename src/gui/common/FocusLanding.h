#pragma once

#include <functional>

class QWidget;

namespace mooring {

// Where the keyboard lands when a whole screen (or a page of one) is given the focus.
//
// The window focuses a screen when it shows it. A lasting focus proxy on the screen would
// do that landing, but Qt 6.4 then also counts the screen itself as a Tab stop that leads to
// the proxy, so forward Tab jumped over the controls between the two and a screen reader user
// never met them. Here the proxy is set only while the screen is being shown and taken away
// as soon as that is over; a focus that reaches the bare screen later (the window focusing it
// again while it is already shown) is handed on the same way. The screen itself never stays
// focused: a screen reader would name an empty container.
//
// target() is asked each time, so a screen with pages can name the control on the page shown;
// it may return nullptr when nothing there takes the focus.
//
// When::Shown is for a whole screen of the window, which is only ever shown to be used: it
// takes the focus as it is shown, so the focus moves once, straight to the target, and not
// first to some control the screen stack picks. When::Focused (a part of a screen, such as
// a form) waits until something gives it the focus.
namespace FocusLanding {
enum class When { Focused, Shown };
void install(QWidget* screen, std::function<QWidget*()> target, When when = When::Focused);
}  // namespace FocusLanding

}  // namespace mooring
