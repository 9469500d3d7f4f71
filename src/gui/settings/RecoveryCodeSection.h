#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QPushButton;

namespace mooring {

class MessageBanner;
class NewRecoveryCodeDialog;
class UnlockedProfile;

// Settings' "Recovery code": a few plain words and "Make a new recovery code…", which opens
// NewRecoveryCodeDialog (window-modal, not blocking) and says afterwards what came of it.
class RecoveryCodeSection : public QWidget {
    Q_OBJECT
public:
    explicit RecoveryCodeSection(std::weak_ptr<UnlockedProfile> profile, QWidget* parent = nullptr);

    QList<QWidget*> tabOrder() const;
    NewRecoveryCodeDialog* openDialog();  // what the button does; returned for tests
    bool newCodeNotYetKept() const;

private:
    void dialogClosed(bool replaced);

    std::weak_ptr<UnlockedProfile> m_profile;
    QPushButton* m_button;
    MessageBanner* m_banner;
    QPointer<NewRecoveryCodeDialog> m_dialog;
};

}  // namespace mooring
