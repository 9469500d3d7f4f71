#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace mooring {

// Follows whether the focus is inside a widget (or anything in it), and calls `left` once the
// focus has moved on to another widget of the application. When a mouse press took the focus
// away, `left` waits until the button is released, so the click lands on what was under the
// pointer before anything is allowed to move. Fields that must not jump while someone works
// in them grow or shrink only from `left`.
class FocusLeaveWatch : public QObject {
    Q_OBJECT
public:
    FocusLeaveWatch(QWidget* watched, std::function<void()> left);

    // The focus is in the watched widget: its size should stay as it is.
    bool holding() const noexcept { return m_holding; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow(QWidget* now);

    QWidget* m_watched;
    std::function<void()> m_left;
    bool m_holding = false;
    bool m_waitForRelease = false;
};

}  // namespace mooring
