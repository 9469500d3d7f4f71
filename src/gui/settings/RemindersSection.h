#pragma once

#include <QList>
#include <QWidget>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace mooring {

class MessageBanner;
class ProfilePaths;
class ProfileSettings;
struct ReminderPlan;

// "Reminders" in settings: a gentle reminder to check in on chosen days, one to look back
// at the week, a pause for a week, and starting Mooring in the tray at log-in. All off until
// chosen. Without a tray on the desktop it says so, and that Mooring works fully without.
// Each change is kept at once through `store` (settings.ini: reminders come while locked).
class RemindersSection : public QWidget {
    Q_OBJECT
public:
    using Store = std::function<void(const std::function<void(ProfileSettings&)>&)>;

    // `paths`: a profile outside the usual folder is named in the autostart entry (--profile).
    RemindersSection(ProfileSettings& settings, Store store, const ProfilePaths& paths, QWidget* parent = nullptr);

    QList<QWidget*> tabOrder() const;

private:
    void keepPlan();
    void setStartInTray(bool on);
    void togglePause();
    void updateControls();
    ReminderPlan planShown() const;

    ProfileSettings& m_settings;
    Store m_store;
    QString m_profileDir;
    const bool m_trayAvailable;
    QLabel* m_noTray;
    QCheckBox* m_checkIn;
    std::array<QCheckBox*, 7> m_days{};
    QTimeEdit* m_checkInTime;
    QCheckBox* m_review;
    QComboBox* m_reviewDay;
    QTimeEdit* m_reviewTime;
    QLabel* m_pausedNote;
    QPushButton* m_pause;
    QCheckBox* m_startInTray;
    MessageBanner* m_banner;
};

}  // namespace mooring
