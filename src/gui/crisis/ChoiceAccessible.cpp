#include "gui/crisis/ChoiceAccessible.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>

namespace mooring::crisis {

namespace {

constexpr const char* kTabLike = "mooringTabLike";

class TabLikeChoice : public QAccessibleWidget {
public:
    explicit TabLikeChoice(QAbstractButton* button) : QAccessibleWidget(button, QAccessible::PageTab) {}

    QAccessible::State state() const override {
        QAccessible::State state = QAccessibleWidget::state();
        state.selectable = true;
        state.selected = button()->isChecked();
        return state;
    }
    QString text(QAccessible::Text t) const override {
        if (t == QAccessible::Name && button()->accessibleName().isEmpty())
            return QString(button()->text()).remove(u'&');
        return QAccessibleWidget::text(t);
    }
    QStringList actionNames() const override { return QStringList{pressAction()} + QAccessibleWidget::actionNames(); }
    void doAction(const QString& name) override {
        if (name == pressAction() && button()->isEnabled())
            button()->click();
        else
            QAccessibleWidget::doAction(name);
    }

private:
    QAbstractButton* button() const { return static_cast<QAbstractButton*>(widget()); }
};

QAccessibleInterface* tabLikeFactory(const QString&, QObject* object) {
    auto* button = qobject_cast<QAbstractButton*>(object);
    return button && button->property(kTabLike).toBool() ? new TabLikeChoice(button) : nullptr;
}

}  // namespace

void presentAsTab(QAbstractButton* choice) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&tabLikeFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    choice->setProperty(kTabLike, true);
    // With a screen reader listening, Qt made the button's face when it was created, as a
    // check box; that one goes, and the next asked for is the tab.
    if (QAccessibleInterface* made = QAccessible::queryAccessibleInterface(choice);
        made && made->role() != QAccessible::PageTab)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
    QObject::connect(choice, &QAbstractButton::toggled, choice, [choice] {
        QAccessible::State changed;
        changed.selected = true;
        QAccessibleStateChangeEvent event(choice, changed);
        QAccessible::updateAccessibility(&event);
    });
}

}  // namespace mooring::crisis
