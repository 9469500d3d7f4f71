#pragma once

#include "gui/common/ProfileAccess.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace mooring {

class ProfileSettings;
class UnlockedProfile;

// The window's File menu with "Export…" and "Import…". It is shown only while the profile
// is unlocked and the top bar is shown (never on the crisis screen), following the top
// bar's own visibility so MainWindow needs one line to install it.
class ExchangeMenu : public QObject {
    Q_OBJECT
public:
    using ProfileGetter = std::function<UnlockedProfile*()>;

    static ExchangeMenu* install(QMainWindow* window, ProfileGetter profile, ProfileSettings& settings,
                                 ProfileAccess access);

    void exportNow();
    void importNow();

Q_SIGNALS:
    void imported();  // the data changed: screens built before should read it again

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ExchangeMenu(QMainWindow* window, ProfileGetter profile, ProfileSettings& settings, ProfileAccess access);
    void updateVisibility();

    QMainWindow* m_window;
    ProfileGetter m_profile;
    ProfileSettings& m_settings;
    ProfileAccess m_access;
    QMenu* m_menu;
};

}  // namespace mooring
