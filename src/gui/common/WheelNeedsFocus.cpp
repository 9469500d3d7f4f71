#include "gui/common/WheelNeedsFocus.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>
#include <QScrollBar>
#include <QWheelEvent>

namespace mooring {

namespace {

QPointer<WheelNeedsFocus> g_rule;

bool isValueControl(const QWidget* widget) {
    if (qobject_cast<const QScrollBar*>(widget)) return false;
    return qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractSlider*>(widget);
}

}  // namespace

WheelNeedsFocus::WheelNeedsFocus() : QObject(qApp) {}

void WheelNeedsFocus::install() {
    if (g_rule) return;
    g_rule = new WheelNeedsFocus();
    qApp->installEventFilter(g_rule);
}

QWidget* WheelNeedsFocus::valueControlOf(QWidget* widget) {
    // A spin box's or an editable combo box's text field is a child of it.
    for (int depth = 0; widget && depth < 2; ++depth, widget = widget->parentWidget()) {
        if (isValueControl(widget)) return widget;
    }
    return nullptr;
}

bool WheelNeedsFocus::eventFilter(QObject* watched, QEvent* event) {
    if (!watched->isWidgetType()) return false;
    auto* widget = static_cast<QWidget*>(watched);
    if (event->type() == QEvent::Polish && isValueControl(widget) &&
        (widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus) {
        widget->setFocusPolicy(Qt::StrongFocus);  // the wheel gives no focus: a click or Tab does
        return false;
    }
    if (event->type() != QEvent::Wheel) return false;
    QWidget* control = valueControlOf(widget);
    if (!control || control->hasFocus() || control->isAncestorOf(QApplication::focusWidget())) return false;
    // Handed on to what is around the control, as Qt hands on a wheel event a widget
    // ignores: the scroll area the control sits in scrolls as if it were not there.
    const auto* wheel = static_cast<QWheelEvent*>(event);
    for (QWidget* around = control->parentWidget(); around; around = around->parentWidget()) {
        const QPointF position = around->mapFromGlobal(wheel->globalPosition());
        QWheelEvent handedOn(position, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                             wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source());
        QCoreApplication::sendEvent(around, &handedOn);
        if (handedOn.isAccepted() || around->isWindow()) break;
    }
    return true;
}

}  // namespace mooring
