#include "gui/common/FocusLanding.h"

#include <QAccessible>
#include <QApplication>
#include <QFocusEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace mooring {

namespace {

class Landing : public QObject {
public:
    Landing(QWidget* screen, std::function<QWidget*()> target, FocusLanding::When when)
        : QObject(screen), m_screen(screen), m_target(std::move(target)), m_when(when) {
        screen->installEventFilter(this);
        // The proxy goes once the event loop turns (lendProxy), or as soon as the focus leaves
        // the target, so a Tab that follows at once (from a test, say) already sees the screen
        // as it is. Not when the focus lands: the window focuses the screen right after showing
        // it, and without the proxy the screen itself would be named last.
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
            const auto inTarget = [this](QWidget* w) { return w && (w == m_lentTo || m_lentTo->isAncestorOf(w)); };
            if (m_lentTo && inTarget(old) && !inTarget(now)) takeBack();
        });
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched != m_screen) return false;
        if (event->type() == QEvent::Show && !event->spontaneous()) {  // not a window coming back
            lendProxy();
        } else if (event->type() == QEvent::FocusIn && m_screen->hasFocus()) {
            if (QWidget* target = landing()) {
                target->setFocus(static_cast<QFocusEvent*>(event)->reason());
                // Qt tells the screen reader about the screen only after this event, so the
                // bare container would be heard last: the target is told again after it.
                // The control that has the focus is told, not a container passing it on to
                // its focus proxy (the urge field to its slider).
                QTimer::singleShot(0, target, [target] {
                    if (!target->hasFocus()) return;
                    QAccessibleEvent focused(QApplication::focusWidget(), QAccessible::Focus);
                    QAccessible::updateAccessibility(&focused);
                });
            }
        }
        return false;
    }

private:
    QWidget* landing() const {
        QWidget* target = m_target ? m_target() : nullptr;
        if (!target || target == m_screen || !target->isVisibleTo(m_screen) || !target->isEnabled()) return nullptr;
        return target;
    }

    // Whoever focuses the screen right after showing it reaches the target at once, with no
    // stop on the screen in between; once the event loop turns, Tab sees no proxy any more.
    void lendProxy() {
        QWidget* target = landing();
        if (!target) return;
        m_screen->setFocusProxy(target);
        m_lentTo = target;
        // A whole screen takes the focus as it is shown, before the stack it is in moves the
        // focus from the screen going away to some control of this one and the window then
        // moves it again: the focus moves once, straight to the target. And focused while the
        // window was hidden, the screen would take the focus as the window comes up, and be
        // named (or not) before handing it on.
        if (m_when == FocusLanding::When::Shown || m_screen->window()->focusWidget() == m_screen)
            target->setFocus(Qt::OtherFocusReason);
        QTimer::singleShot(0, this, [this] { takeBack(); });
    }

    void takeBack() {
        if (!m_lentTo) return;
        if (m_screen->focusProxy() == m_lentTo) m_screen->setFocusProxy(nullptr);
        m_lentTo = nullptr;
    }

    QWidget* m_screen;
    std::function<QWidget*()> m_target;
    FocusLanding::When m_when;
    QPointer<QWidget> m_lentTo;
};

}  // namespace

void FocusLanding::install(QWidget* screen, std::function<QWidget*()> target, When when) {
    new Landing(screen, std::move(target), when);
}

}  // namespace mooring
