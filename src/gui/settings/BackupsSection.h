#pragma once

#include "session/ProfileSession.h"  // QPointer needs the whole class

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace mooring {

class MessageBanner;

// Settings' "Backups": the backups there are (when, why), "Back up now" (a job of the
// session, so a lock waits until the backup is whole), and "Restore…", which asks first and then hands the chosen name
// to the window (restoreRequested): the window locks, restores and asks for the passphrase.
class BackupsSection : public QWidget {
    Q_OBJECT
public:
    explicit BackupsSection(ProfileSession& session, QWidget* parent = nullptr);

    QList<QWidget*> tabOrder() const;
    bool isBusy() const noexcept { return m_busy; }
    void refresh();

Q_SIGNALS:
    void restoreRequested(const QString& name);
    void refreshed();  // the list was read again: a backup was made, or an import made one

private:
    void backUpNow();
    void askToRestore();
    void updateButtons();

    // Guarded: a finished backup may report back after the lock has closed the session.
    QPointer<ProfileSession> m_session;
    QLabel* m_heading;
    QLabel* m_intro;
    QListWidget* m_list;
    QPushButton* m_backUp;
    QPushButton* m_restore;
    MessageBanner* m_banner;
    bool m_busy = false;
};

}  // namespace mooring
