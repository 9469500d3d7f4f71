#pragma once

#include "gui/common/ProfileAccess.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;

namespace Ui {
class UnlockScreen;
}

namespace mooring {

class Error;
class MessageBanner;
class UnlockedProfile;

// Every later start: the passphrase, or "Use my recovery code instead" (the code and a
// new passphrase twice). Key derivation runs in the background while "Unlocking…" shows.
class UnlockScreen : public QWidget {
    Q_OBJECT
public:
    explicit UnlockScreen(ProfileAccess access, QWidget* parent = nullptr);
    ~UnlockScreen() override;

    // A calm note at the top, e.g. "the key file is missing", shown before any attempt.
    void showProblem(const QString& text);
    void showNotice(const QString& text);  // good news in the same place (a restore went through)
    QString problem() const;
    bool isBusy() const noexcept { return m_busy; }
    bool isShowingRecovery() const;

    // After unlocked(): the unlocked profile (once).
    std::unique_ptr<UnlockedProfile> takeProfile();

Q_SIGNALS:
    void unlocked();
    void libraryRequested();  // "Understand self-harm and recovery": needs no passphrase

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void unlock();
    void resetWithRecoveryCode();
    void showPage(QWidget* page);
    void showPassphrasePage();
    void showRecoveryPage();
    void setBusy(bool busy, QPushButton* button, const QString& busyText);
    void showFailure(const Error& error, QLineEdit* field, MessageBanner* fieldBanner);
    void clearMessages();

    ProfileAccess m_access;
    const std::unique_ptr<Ui::UnlockScreen> m_ui;
    QWidget* m_content;
    std::unique_ptr<UnlockedProfile> m_profile;
    bool m_busy = false;
    bool m_recoveryFontSet = false;
    QString m_idleText;
};

}  // namespace mooring
