#pragma once

#include "domain/Clock.h"
#include "domain/ReminderSchedule.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace mooring {

class MainWindow;
class ProfileSettings;
class TrayIcon;

// The tray icon and the gentle reminders it shows (docs/user-guide.md, "Reminders"). The
// icon is there only while the person asked for it (reminders on, starting in the tray, or
// --tray): an icon nobody chose would tell anyone glancing at the panel that Mooring is
// used. A reminder says nothing private; clicking it opens the check-in or My week, after
// the unlock screen when Mooring is locked.
class TrayReminders : public QObject {
    Q_OBJECT
public:
    TrayReminders(MainWindow& window, ProfileSettings& settings, bool startedInTray, Clock clock);
    ~TrayReminders() override;

    // The reminder settings or the window's title changed: the icon comes or goes, and the
    // next reminder is looked for again.
    void settingsChanged();
    // Shows a reminder if one is due now; the timer calls it too.
    void check();
    // The check-in or My week in front, through the unlock screen first when locked.
    void open(ReminderKind kind);
    // "Pause reminders for a week": nothing is shown before the same weekday next week.
    void pauseForAWeek();

    bool iconShown() const;
    QMenu* menu() const { return m_menu.get(); }

Q_SIGNALS:
    void reminderShown(ReminderKind kind);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateIcon();
    void scheduleNext();
    void openWindow();
    void quit();
    QString name() const;  // "Mooring", or "Notes" under the neutral title

    MainWindow& m_window;
    ProfileSettings& m_settings;
    const bool m_startedInTray;
    Clock m_clock;
    QTimer m_timer;
    std::unique_ptr<QMenu> m_menu;
    QAction* m_openAction;
    QAction* m_pauseAction;
    std::unique_ptr<TrayIcon> m_icon;  // null while not shown, or without a tray
    ReminderKind m_lastShown = ReminderKind::CheckIn;
    std::optional<ReminderKind> m_afterUnlock;  // asked for while locked
    ReminderPlan m_plan;                        // as last read, to notice a change
    // Changed in settings at this moment: a time already past today is not shown late.
    QDateTime m_changedAt;
    bool m_quitting = false;
};

}  // namespace mooring
