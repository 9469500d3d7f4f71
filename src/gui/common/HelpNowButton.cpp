#include "gui/common/HelpNowButton.h"

#include "gui/common/AppWideKeys.h"

#include <QApplication>
#include <QEvent>

namespace mooring {

using namespace Qt::StringLiterals;

HelpNowButton::HelpNowButton(QWidget* parent) : QPushButton(parent) {
    setObjectName(u"helpNowButton"_s);
    // The key is bound once for the whole program (AppWideKeys, so it works on every screen
    // and in every dialog); the button only shows it, so F1 is never bound twice.
    const QString key = shortcut().toString(QKeySequence::NativeText);
    setText(tr("I need help now  (%1)").arg(key));
    setAccessibleName(tr("I need help now"));
    setAccessibleDescription(
        tr("Opens breathing, grounding, an urge timer, helplines and coping ideas. Key: %1.").arg(key));
    setToolTip(tr("Breathing, grounding, helplines and more, without unlocking. Key: %1").arg(key));
    setAutoDefault(false);
    setMinimumHeight(52);
    setCursor(Qt::PointingHandCursor);
    applyFont();
    // Palette roles, not fixed colours, so it reads in light and dark themes alike.
    setStyleSheet(
        u"QPushButton#helpNowButton { background-color: palette(highlight); color: palette(highlighted-text);"
        " border: none; border-radius: 10px; padding: 10px 22px; }"
        "QPushButton#helpNowButton:focus { border: 3px solid palette(text); }"_s);
}

QKeySequence HelpNowButton::shortcut() { return AppWideKeys::keyFor(AppWideKeys::Action::HelpNow); }

void HelpNowButton::showEvent(QShowEvent* event) {
    applyFont();
    QPushButton::showEvent(event);
}

bool HelpNowButton::event(QEvent* event) {
    const bool handled = QPushButton::event(event);
    if (event->type() == QEvent::ApplicationFontChange || event->type() == QEvent::ParentChange) applyFont();
    return handled;
}

void HelpNowButton::applyFont() {
    if (m_applyingFont) return;
    m_applyingFont = true;
    QFont bigger = parentWidget() ? parentWidget()->font() : QApplication::font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    if (bigger != font()) setFont(bigger);
    m_applyingFont = false;
}

}  // namespace mooring
