#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QIcon;
class QMenu;

namespace mooring {

// The one thing Mooring puts in the desktop's tray (TrayReminders), behind a small
// interface: the offscreen platform has no tray, so tests put a stand-in in its place.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    using Factory = std::function<std::unique_ptr<TrayIcon>()>;

    // Whether the desktop has a tray now (QSystemTrayIcon::isSystemTrayAvailable, or the
    // stand-in's word in tests).
    static bool available();
    // A new icon, not yet shown; null when there is no tray.
    static std::unique_ptr<TrayIcon> create();
    // Tests: `factory` makes every icon from now on and the tray counts as there; an
    // empty factory puts the system's tray back.
    static void useForTests(Factory factory);

    virtual void setIcon(const QIcon& icon) = 0;
    virtual void setToolTip(const QString& text) = 0;
    virtual void setContextMenu(QMenu* menu) = 0;  // not owned
    virtual void setVisible(bool visible) = 0;
    virtual bool isVisible() const = 0;
    // A notification whose words are the caller's: they must say nothing private.
    virtual void showMessage(const QString& title, const QString& body) = 0;

Q_SIGNALS:
    void messageClicked();
    void clicked();  // the icon itself, with the primary button
};

}  // namespace mooring
