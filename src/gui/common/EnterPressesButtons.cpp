#include "gui/common/EnterPressesButtons.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>

namespace mooring {

namespace {

QPointer<EnterPressesButtons> g_rule;

}  // namespace

EnterPressesButtons::EnterPressesButtons() : QObject(qApp) {}

void EnterPressesButtons::install() {
    if (g_rule) return;
    g_rule = new EnterPressesButtons();
    qApp->installEventFilter(g_rule);
}

bool EnterPressesButtons::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier) return false;
    auto* button = qobject_cast<QAbstractButton*>(watched);
    const bool pushOrTool = qobject_cast<QPushButton*>(watched) || qobject_cast<QToolButton*>(watched);
    if (!pushOrTool || !button->hasFocus() || !button->isEnabled()) return false;
    // Clicked here, once: a dialog's own default-button handling never sees this Enter.
    button->click();
    return true;
}

}  // namespace mooring
