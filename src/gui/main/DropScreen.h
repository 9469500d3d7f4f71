#pragma once

#include <QPointer>
#include <QStackedWidget>

namespace mooring {

// Takes a screen out of the window's stack and deletes it, once the event loop is back:
// the request to drop it may come from one of its own buttons.
template <typename Screen>
void dropScreen(QStackedWidget* stack, QPointer<Screen>& screen) {
    QWidget* widget = screen;
    screen = nullptr;
    if (!widget) return;
    stack->removeWidget(widget);
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

}  // namespace mooring
