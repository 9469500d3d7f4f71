#include "gui/common/QuietStacks.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QStackedWidget>

namespace mooring {

namespace {

QAccessibleInterface* quietStack(const QString&, QObject* object) {
    auto* stack = qobject_cast<QStackedWidget*>(object);
    return stack ? new QAccessibleWidget(stack, QAccessible::Pane) : nullptr;
}

}  // namespace

void QuietStacks::install() {
    static const bool installed = [] {
        QAccessible::installFactory(&quietStack);
        return true;
    }();
    (void)installed;
}

}  // namespace mooring
