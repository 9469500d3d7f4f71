#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QWidget>

#include <chrono>

namespace mooring::test {

// A clock the test moves by hand: no sleeping in tests.
struct FakeClock {
    std::chrono::steady_clock::time_point now{std::chrono::hours(1000)};
    void advance(std::chrono::seconds by) { now += by; }
    auto function() {
        return [this] { return now; };
    }
};

// Shows a top-level widget and makes it the active window, so key presses reach the focus.
inline bool showActive(QWidget* widget) {
    widget->show();
    QApplication::setActiveWindow(widget);
    return QTest::qWaitForWindowActive(widget);
}

// Types a key at whatever has the keyboard focus now, as a person at the keyboard would.
inline void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* target = QApplication::focusWidget();
    if (!target) target = QApplication::activeWindow();
    QTest::keyClick(target, key, modifiers);
}

inline void typeText(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }

// Every visible label's text under root, joined: what a person can read there now.
inline QString visibleText(QWidget* root) {
    QStringList texts;
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root) && !label->text().isEmpty()) texts << label->text();
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(root) && !button->text().isEmpty()) texts << button->text();
    return texts.join(u'\n');
}

template <typename T>
T* child(QWidget* root, const QString& name) {
    return root->findChild<T*>(name);
}

}  // namespace mooring::test
