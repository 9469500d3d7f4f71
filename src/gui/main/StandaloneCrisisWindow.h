#pragma once

#include <QWidget>

#include <memory>

namespace mooring {

class CrisisScreen;
class ProfilePaths;
class ProfileSettings;

// "I need help now" on its own, for `mooring --help-now` while the profile is already
// open in another Mooring: the crisis screen needs no profile, so help never waits on a
// lock. It reads settings.ini (region, helplines, text size) but writes nothing.
class StandaloneCrisisWindow : public QWidget {
    Q_OBJECT
public:
    explicit StandaloneCrisisWindow(const ProfilePaths& paths, QWidget* parent = nullptr);
    ~StandaloneCrisisWindow() override;

    CrisisScreen* crisisScreen() const noexcept { return m_crisis; }

private:
    std::unique_ptr<ProfileSettings> m_settings;
    CrisisScreen* m_crisis = nullptr;
};

}  // namespace mooring
