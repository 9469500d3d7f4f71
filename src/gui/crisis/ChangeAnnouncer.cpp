#include "gui/crisis/ChangeAnnouncer.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace mooring::crisis {

namespace {

QAccessibleInterface* accessibleAnnouncer(const QString&, QObject* object) {
    auto* announcer = qobject_cast<ChangeAnnouncer*>(object);
    return announcer ? new QAccessibleWidget(announcer, QAccessible::Notification) : nullptr;
}

}  // namespace

ChangeAnnouncer::ChangeAnnouncer(QWidget* parent) : QWidget(parent) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&accessibleAnnouncer);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("changeAnnouncer"));
    setFixedSize(0, 0);  // shown, so it is on the bus, yet takes no room
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void ChangeAnnouncer::say(const QString& words) {
    setAccessibleName(words);
    // Only while the panel is on screen: a hidden panel's changes are nobody's news.
    if (!isVisible()) return;
    // Gone and back on the bus, so the same words twice are heard twice too.
    QAccessibleEvent hidden(this, QAccessible::ObjectHide);
    QAccessible::updateAccessibility(&hidden);
    QAccessibleEvent shown(this, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
}

}  // namespace mooring::crisis
