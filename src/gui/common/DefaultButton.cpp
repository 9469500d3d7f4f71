#include "gui/common/DefaultButton.h"

#include <QKeyEvent>
#include <QPushButton>

namespace mooring {

void DefaultButton::install(QWidget* page, QPushButton* button) {
    for (QPushButton* each : page->findChildren<QPushButton*>()) each->setAutoDefault(true);
    button->setDefault(true);  // drawn as the main button
    page->installEventFilter(new DefaultButton(page, button));
}

DefaultButton::DefaultButton(QWidget* page, QPushButton* button) : QObject(page), m_button(button) {}

bool DefaultButton::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && m_button && m_button->isVisible() &&
            m_button->isEnabled()) {
            m_button->click();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace mooring
