#include "gui/common/TrayIcon.h"

#include <QSystemTrayIcon>

#include <utility>

namespace mooring {

namespace {

TrayIcon::Factory& testFactory() {
    static TrayIcon::Factory factory;
    return factory;
}

// The desktop's own tray.
class SystemTrayIcon : public TrayIcon {
public:
    SystemTrayIcon() {
        connect(&m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
        connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger) Q_EMIT clicked();
        });
    }
    void setIcon(const QIcon& icon) override { m_icon.setIcon(icon); }
    void setToolTip(const QString& text) override { m_icon.setToolTip(text); }
    void setContextMenu(QMenu* menu) override { m_icon.setContextMenu(menu); }
    void setVisible(bool visible) override { m_icon.setVisible(visible); }
    bool isVisible() const override { return m_icon.isVisible(); }
    void showMessage(const QString& title, const QString& body) override {
        m_icon.showMessage(title, body, m_icon.icon());
    }

private:
    QSystemTrayIcon m_icon;
};

}  // namespace

bool TrayIcon::available() { return testFactory() ? true : QSystemTrayIcon::isSystemTrayAvailable(); }

std::unique_ptr<TrayIcon> TrayIcon::create() {
    if (testFactory()) return testFactory()();
    if (!QSystemTrayIcon::isSystemTrayAvailable()) return nullptr;
    return std::make_unique<SystemTrayIcon>();
}

void TrayIcon::useForTests(Factory factory) { testFactory() = std::move(factory); }

}  // namespace mooring
