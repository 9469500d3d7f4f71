#include "gui/crisis/ChoiceKey.h"

#include <QAbstractButton>
#include <QShortcutEvent>

namespace mooring::crisis {

namespace {

class ClickOnKey : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Shortcut || static_cast<QShortcutEvent*>(event)->isAmbiguous()) return false;
        auto* button = static_cast<QAbstractButton*>(watched);
        if (!button->isEnabled() || !button->isVisible()) return false;
        button->setFocus(Qt::ShortcutFocusReason);
        button->click();
        return true;
    }
};

}  // namespace

void clickOnKey(QAbstractButton* choice) { choice->installEventFilter(new ClickOnKey(choice)); }

}  // namespace mooring::crisis
