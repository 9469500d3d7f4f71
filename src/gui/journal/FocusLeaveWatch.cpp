#include "gui/journal/FocusLeaveWatch.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace mooring {

FocusLeaveWatch::FocusLeaveWatch(QWidget* watched, std::function<void()> left)
    : QObject(watched), m_watched(watched), m_left(std::move(left)) {
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { follow(now); });
}

void FocusLeaveWatch::follow(QWidget* now) {
    if (now && m_watched->isAncestorOf(now)) {
        m_holding = true;
        return;
    }
    // No focus widget: another window (a completion list, a dialog) has it for a moment.
    if (!now || !m_holding) return;
    m_holding = false;
    if (QGuiApplication::mouseButtons() == Qt::NoButton) {
        m_left();
    } else if (!m_waitForRelease) {
        m_waitForRelease = true;
        qApp->installEventFilter(this);
    }
}

bool FocusLeaveWatch::eventFilter(QObject* watched, QEvent* event) {
    if (m_waitForRelease && event->type() == QEvent::MouseButtonRelease) {
        // The click that took the focus away is delivered first; then the field may change.
        m_waitForRelease = false;
        qApp->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            if (!m_holding) m_left();
        });
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace mooring
