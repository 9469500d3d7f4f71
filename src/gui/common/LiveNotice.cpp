#include "gui/common/LiveNotice.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace mooring {

namespace {

QAccessibleInterface* accessibleNotice(const QString&, QObject* object) {
    auto* notice = qobject_cast<LiveNotice*>(object);
    return notice ? new QAccessibleWidget(notice, QAccessible::Notification) : nullptr;
}

}  // namespace

LiveNotice::LiveNotice(QWidget* parent) : QWidget(parent) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&accessibleNotice);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setFixedSize(0, 0);  // shown (so it is on the bus), yet takes no room and no clicks
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void LiveNotice::say(const QString& words) {
    setAccessibleName(words);
    // A hidden panel's changes are nobody's news.
    if (!isVisible()) return;
    // Hidden and shown again on the bus: a screen reader speaks a notification as it appears,
    // also when the same words come twice.
    QAccessibleEvent hidden(this, QAccessible::ObjectHide);
    QAccessible::updateAccessibility(&hidden);
    QAccessibleEvent shown(this, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
    emit announced(words);
}

}  // namespace mooring
