#pragma once

#include "session/ProfileSession.h"  // QPointer needs the whole class
#include "storage/RecoveryCode.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace mooring {

class ConfirmGroupPage;
class MessageBanner;
class RecoveryCodePage;

// Settings' "Make a new recovery code…": says first what will happen, asks for the current
// passphrase (so nobody passing an unlocked screen can take the profile over), replaces the
// recovery code in the key file, then shows the new code once and asks for one group back,
// with setup's own pages. The code is wiped from the pages when the dialog closes.
class NewRecoveryCodeDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewRecoveryCodeDialog(ProfileSession& session, QWidget* parent = nullptr);
    ~NewRecoveryCodeDialog() override;

    enum class Step { Ask, Code, Confirm };
    Step step() const;
    bool isBusy() const noexcept { return m_busy; }
    bool codeReplaced() const noexcept { return m_replaced; }
    // Being made, or in use already but not yet typed back: closing now would lose it.
    bool codeNotYetKept() const noexcept { return m_busy || (m_replaced && m_code.has_value()); }

    void reject() override;

private:
    void makeNewCode();
    void showStep(Step step);
    void askForOneGroup();
    void setBusy(bool busy);
    void forgetCode();

    QPointer<ProfileSession> m_session;  // guarded: the lock closes it before this dialog goes
    std::optional<RecoveryCode> m_code;
    bool m_busy = false;
    bool m_replaced = false;

    QStackedWidget* m_pages;
    QLineEdit* m_passphrase;
    MessageBanner* m_problem;
    QPushButton* m_make;
    QPushButton* m_cancel;
    RecoveryCodePage* m_codePage;
    ConfirmGroupPage* m_confirmPage;
};

}  // namespace mooring
