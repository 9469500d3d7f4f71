#pragma once

#include "gui/common/ProfileAccess.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace mooring {

class ProfileSession;
class ProfileSettings;

// The window's File menu with "Report for my next session…" (the same dialog as in My
// week), "Export…", "Journal as a spreadsheet (CSV)…" and "Import…".
// It is shown only while the profile is unlocked and the top bar is shown (never on the
// crisis screen), following the top bar's own visibility so MainWindow needs one line to
// install it.
class ExchangeMenu : public QObject {
    Q_OBJECT
public:
    using SessionGetter = std::function<ProfileSession*()>;  // null while locked

    static ExchangeMenu* install(QMainWindow* window, SessionGetter session, ProfileSettings& settings,
                                 ProfileAccess access);

    void reportNow();
    void exportNow();
    void exportCsvNow();
    void importNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ExchangeMenu(QMainWindow* window, SessionGetter session, ProfileSettings& settings, ProfileAccess access);
    void updateVisibility();
    void buildMenu();

    QMainWindow* m_window;
    SessionGetter m_session;
    ProfileSettings& m_settings;
    ProfileAccess m_access;
    QMenu* m_menu = nullptr;  // with the window's menu bar, made when first shown
};

}  // namespace mooring
