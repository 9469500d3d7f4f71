#pragma once

#include <QObject>

class QWidget;

namespace mooring {

// One rule for every window: a combo box, spin box or slider changes its value on the
// mouse wheel only while it has the keyboard focus. Without it, scrolling a page with
// the pointer passing over "Helplines for" or "Where you live" changed the country, and
// saved it. Unfocused, the wheel goes on to what is around the control (the page
// scrolls), and the wheel no longer gives such a control the focus. install() is
// idempotent; main() installs it before the first window.
class WheelNeedsFocus : public QObject {
public:
    static void install();

    // The combo box, spin box or slider that `widget` is, or is a part of (a spin box's
    // text field); null for anything else. Scroll bars are not among them: they scroll.
    static QWidget* valueControlOf(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WheelNeedsFocus();
};

}  // namespace mooring
