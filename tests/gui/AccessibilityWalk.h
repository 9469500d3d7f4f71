#pragma once

// What a screen reader and a keyboard need from every control (docs/design.md, "What
// 'done' means": every control has an accessible name, and everything works by keyboard).

#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace mooring::test {

// Walks every interactive widget under root that a person could reach now (shown, or on a
// page of a stacked widget) and returns one line per problem, "screen: name (Class): why".
// Controls already seen (a top bar walked with every screen) are skipped via `seen`.
class AccessibilityWalk {
public:
    QStringList walk(QWidget* root, const QString& screen);
    int controlsChecked() const noexcept { return m_checked; }

    // What a screen reader would say the control is called: its accessible name, a button's
    // text, a QLabel whose buddy it is, a group box title around it; empty if none.
    static QString spokenName(const QWidget* widget);
    static bool isInteractive(const QWidget* widget);

private:
    QSet<const QWidget*> m_seen;
    int m_checked = 0;
};

}  // namespace mooring::test
