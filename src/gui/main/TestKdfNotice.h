#pragma once

#include "gui/common/MessageBanner.h"
#include "storage/Argon2Params.h"
#include "storage/ProfilePaths.h"

#include <QFileSystemWatcher>

#include <optional>

namespace mooring {

// The note over an open profile whose passphrase has the test-only cost, so that nobody
// keeps personal words behind a weak passphrase by mistake. Never over the help screen,
// which only helps right now. It watches the profile folder only while it is due: a new
// passphrase (the key file replaced) takes it away at once.
class TestKdfNotice : public MessageBanner {
    Q_OBJECT
public:
    // windowCost: the cost the window gives the profiles it makes itself, if set (the test
    // suites), whose window knows what it made and needs no note.
    TestKdfNotice(std::optional<Argon2Params> windowCost, QWidget* parent);
    static QString text();

    void profileOpened(const ProfilePaths& paths);  // reads its key file
    void profileClosed();
    void setHelpOnScreen(bool helpOnScreen);

private:
    void checkKeyFile();
    void refresh();

    std::optional<Argon2Params> m_windowCost;
    std::optional<ProfilePaths> m_open;
    bool m_weak = false;
    bool m_helpOnScreen = false;
    QFileSystemWatcher m_keyFileWatch;
};

}  // namespace mooring
