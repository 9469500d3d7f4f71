#include "gui/common/AppWideKeys.h"

#include "gui/common/OpenDialogs.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QWidget>
#include <QWindow>

namespace mooring {

namespace {

QPointer<AppWideKeys> g_keys;

// The widget a key came to: the filter may see it first on the window system's window.
QWidget* widgetOf(QObject* watched) {
    if (watched->isWidgetType()) return static_cast<QWidget*>(watched);
    if (watched->isWindowType()) {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window->windowHandle() == watched) return window;
        }
    }
    return QApplication::focusWidget();
}

}  // namespace

AppWideKeys::AppWideKeys() : QObject(qApp) {}

AppWideKeys* AppWideKeys::install() {
    if (!g_keys) {
        OpenDialogs::install();
        g_keys = new AppWideKeys();
        qApp->installEventFilter(g_keys);
    }
    return g_keys;
}

QKeySequence AppWideKeys::keyFor(Action action) {
    switch (action) {
        case Action::HelpNow:
            return QKeySequence(Qt::Key_F1);
        case Action::QuickHide:
            return QKeySequence(Qt::Key_F12);
        case Action::Lock:
            return QKeySequence(Qt::CTRL | Qt::Key_L);
    }
    return {};
}

std::optional<AppWideKeys::Action> AppWideKeys::actionFor(const QKeyEvent& event) {
    const QKeyCombination pressed(event.modifiers() & ~Qt::KeypadModifier, Qt::Key(event.key()));
    for (const Action action : {Action::HelpNow, Action::QuickHide, Action::Lock}) {
        if (keyFor(action)[0] == pressed) return action;
    }
    return std::nullopt;
}

void AppWideKeys::request(Action action, QWidget* from) { Q_EMIT install()->requested(action, from); }

bool AppWideKeys::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress) return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const std::optional<Action> action = actionFor(*key);
    if (!action) return false;
    if (type == QEvent::ShortcutOverride) {
        // Taken as a key press, so that no shortcut of a window acts on it as well.
        event->accept();
        return true;
    }
    // Seen once, where it first arrives; a key held down does it once.
    if (!key->isAutoRepeat()) request(*action, widgetOf(watched));
    return true;
}

}  // namespace mooring
