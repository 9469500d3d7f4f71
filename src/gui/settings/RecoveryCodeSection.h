#pragma once

#include "session/ProfileSession.h"  // QPointer needs the whole class

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace mooring {

class MessageBanner;
class NewRecoveryCodeDialog;

// Settings' "Recovery code": a few plain words and "Make a new recovery code…", which opens
// NewRecoveryCodeDialog (window-modal, not blocking) and says afterwards what came of it.
class RecoveryCodeSection : public QWidget {
    Q_OBJECT
public:
    explicit RecoveryCodeSection(ProfileSession& session, QWidget* parent = nullptr);

    QList<QWidget*> tabOrder() const;
    NewRecoveryCodeDialog* openDialog();  // what the button does; returned for tests
    bool newCodeNotYetKept() const;

private:
    void dialogClosed(bool replaced);

    QPointer<ProfileSession> m_session;  // guarded: the lock closes it before this section goes
    QPushButton* m_button;
    MessageBanner* m_banner;
    QPointer<NewRecoveryCodeDialog> m_dialog;
};

}  // namespace mooring
