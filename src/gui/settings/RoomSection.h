#pragma once

#include "session/ProfileSession.h"  // QPointer needs the whole class

#include <QPointer>
#include <QWidget>

class QLabel;

namespace mooring {

class MessageBanner;

// Settings' "How much room Mooring takes": the database, the backups (how many, and
// together) and what is free on the disk that holds them, with the same calm word as the
// start page when the backups take more than a tenth of it. Measured as a job of the
// session (many backups are many files to size) each time Settings is shown, and when the
// list of backups changes while it is.
class RoomSection : public QWidget {
    Q_OBJECT
public:
    explicit RoomSection(ProfileSession& session, QWidget* parent = nullptr);

    void refresh();  // measures again if shown (else when it is next shown)
    bool isMeasuring() const noexcept { return m_measuring; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showRoom(const BackupRoom& room);

    QPointer<ProfileSession> m_session;  // guarded: the lock closes it before this section goes
    QLabel* m_database;
    QLabel* m_backups;
    QLabel* m_free;
    MessageBanner* m_banner;
    bool m_measuring = false;
    bool m_again = false;  // shown again while measuring: measure once more when done
};

}  // namespace mooring
