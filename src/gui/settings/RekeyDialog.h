#pragma once

#include "gui/common/ProfileAccess.h"
#include "session/ProfileSession.h"  // QPointer needs the whole class
#include "storage/RecoveryCode.h"
#include "storage/SecureBuffer.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace mooring {

class ConfirmGroupPage;
class MessageBanner;
class NewPassphraseForm;
class RecoveryCodePage;

// Settings' "I think someone knows my passphrase…": new key material, not just a new
// wrapping (storage/Rekey.h). Says first what will happen, asks for the current
// passphrase and a new one, and whether old backups are copied under the new keys or
// removed. The current passphrase is checked before anything else; then the window locks
// (the database file is replaced, so nothing may hold it open), the work runs off the GUI
// thread, and the new recovery code is shown once with setup's own pages.
class RekeyDialog : public QDialog {
    Q_OBJECT
public:
    // `lockWindow` closes everything that holds the database, as Ctrl+L does; it returns
    // false when the person chose to stay (unsaved changes), and then nothing happens.
    RekeyDialog(ProfileAccess access, ProfileSession& session, std::function<bool()> lockWindow,
                QWidget* parent = nullptr);
    ~RekeyDialog() override;

    enum class Step { Ask, Code, Confirm };
    Step step() const;
    bool isBusy() const noexcept { return m_busy; }
    bool rekeyed() const noexcept { return m_rekeyed; }
    // Working, or the new code is in use but not yet typed back: closing now would lose it.
    bool codeNotYetKept() const noexcept { return m_busy || (m_rekeyed && m_code.has_value()); }

    // What the unlock screen says afterwards.
    static QString doneNotice();

    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void start();
    void rekey(SecureBuffer current);
    void stoppedAfterLock(const QString& message);
    void showStep(Step step);
    void askForOneGroup();
    void setBusy(bool busy, const QString& buttonText = {});
    void forgetCode();

    ProfileAccess m_access;
    QPointer<ProfileSession> m_session;  // closed by the lock; this dialog stays
    std::function<bool()> m_lockWindow;
    std::optional<SecureBuffer> m_newPassphrase;  // only between the check and the work
    std::optional<RecoveryCode> m_code;
    bool m_busy = false;
    bool m_rekeyed = false;

    QStackedWidget* m_pages;
    QLineEdit* m_current;
    MessageBanner* m_currentProblem;
    NewPassphraseForm* m_newForm;
    QRadioButton* m_copyBackups;
    QRadioButton* m_removeBackups;
    MessageBanner* m_problem;
    QPushButton* m_start;
    QPushButton* m_cancel;
    RecoveryCodePage* m_codePage;
    ConfirmGroupPage* m_confirmPage;
};

}  // namespace mooring
