#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace mooring {

class MessageBanner;
class UnlockedProfile;

// Settings' "Backups": the backups there are (when, why), "Back up now" (made off the GUI
// thread, checked), and "Restore…", which asks first and then hands the chosen name to
// the window (restoreRequested): the window locks, restores and asks for the passphrase.
class BackupsSection : public QWidget {
    Q_OBJECT
public:
    explicit BackupsSection(std::weak_ptr<UnlockedProfile> profile, QWidget* parent = nullptr);

    QList<QWidget*> tabOrder() const;
    bool isBusy() const noexcept { return m_busy; }
    void refresh();

Q_SIGNALS:
    void restoreRequested(const QString& name);

private:
    void backUpNow();
    void askToRestore();
    void updateButtons();

    std::weak_ptr<UnlockedProfile> m_profile;
    QLabel* m_heading;
    QLabel* m_intro;
    QListWidget* m_list;
    QPushButton* m_backUp;
    QPushButton* m_restore;
    MessageBanner* m_banner;
    bool m_busy = false;
};

}  // namespace mooring
