#pragma once

#include "gui/common/ProfileAccess.h"
#include "storage/RecoveryCode.h"

#include <QWidget>

#include <memory>
#include <optional>

class QStackedWidget;

namespace Ui {
class WelcomePage;
class PassphrasePage;
}  // namespace Ui

namespace mooring {

class ConfirmGroupPage;
class ProfileSettings;
class RecoveryCodePage;
class UnlockedProfile;

// The first start: welcome and region, a passphrase, the recovery code, one group typed
// back. The profile is created (in the background) when the passphrase is chosen.
class SetupScreen : public QWidget {
    Q_OBJECT
public:
    SetupScreen(ProfileAccess access, ProfileSettings& settings, QWidget* parent = nullptr);
    ~SetupScreen() override;

    // After completed(): the new, unlocked profile (once).
    std::unique_ptr<UnlockedProfile> takeProfile();

    enum class Step { Welcome, Passphrase, RecoveryCode, ConfirmGroup };
    Step step() const;
    int askedGroupIndex() const;  // 0-based, for tests

Q_SIGNALS:
    void completed();

private:
    void createProfile();
    void showStep(Step step);
    void confirmWrittenDown();

    ProfileAccess m_access;
    ProfileSettings& m_settings;
    QString m_region;
    std::unique_ptr<UnlockedProfile> m_profile;
    std::optional<RecoveryCode> m_code;

    QStackedWidget* m_pages;
    QWidget* m_welcomePage;
    QWidget* m_passphrasePage;
    const std::unique_ptr<Ui::WelcomePage> m_welcome;
    const std::unique_ptr<Ui::PassphrasePage> m_passphrase;
    RecoveryCodePage* m_codePage;
    ConfirmGroupPage* m_confirmPage;
};

}  // namespace mooring
