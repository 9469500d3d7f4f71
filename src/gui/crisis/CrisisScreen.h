#pragma once

#include <QWidget>

#include <memory>

namespace mooring {

class ProfileSettings;
class UnlockedProfile;

// "I need help now" (DESIGN.md "The crisis screen in detail"). Needs no database, no key
// derivation and no chart to appear; after unlocking it also shows what the person keeps.
class CrisisScreen : public QWidget {
    Q_OBJECT
public:
    explicit CrisisScreen(ProfileSettings& settings, QWidget* parent = nullptr);
    ~CrisisScreen() override;

    // nullptr while locked. When set, the person's own plan, favourites and contacts appear;
    // cleared again on lock so nothing personal stays in the widgets.
    void setUnlockedProfile(UnlockedProfile* profile);

Q_SIGNALS:
    void leaveRequested();  // "Back": the window returns to where the person was
};

}  // namespace mooring
