#include "gui/main/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace mooring {

IdleLock::IdleLock(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
}

IdleLock::~IdleLock() { stop(); }

void IdleLock::start(std::chrono::milliseconds interval) {
    stop();
    if (interval.count() <= 0) return;
    m_timer.setInterval(interval);
    m_timer.start();
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::stop() {
    m_timer.stop();
    if (QCoreApplication::instance()) QCoreApplication::instance()->removeEventFilter(this);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            if (m_timer.isActive()) m_timer.start();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace mooring
