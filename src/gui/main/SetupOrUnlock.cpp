#include "gui/main/SetupOrUnlock.h"

#include "gui/main/DropScreen.h"
#include "gui/setup/SetupScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/UnlockedProfile.h"

#include <QDir>
#include <QFile>
#include <QStackedWidget>

#include <utility>

namespace mooring {

SetupOrUnlock::SetupOrUnlock(ProfileAccess access, ProfileSettings& settings, QStackedWidget& stack, Opened opened)
    : m_access(std::move(access)), m_settings(settings), m_stack(stack), m_opened(std::move(opened)) {}

QWidget* SetupOrUnlock::screen() {
    if (UnlockedProfile::probe(m_access.paths) != UnlockedProfile::State::Missing) return unlockScreen();
    if (!m_setup) {
        m_setup = new SetupScreen(m_access, m_settings, &m_stack);
        m_stack.addWidget(m_setup);
        connect(m_setup, &SetupScreen::completed, this, [this] {
            std::unique_ptr<UnlockedProfile> profile = m_setup->takeProfile();
            dropScreen(&m_stack, m_setup);
            m_opened(std::move(profile));
        });
    }
    return m_setup;
}

QWidget* SetupOrUnlock::unlockScreen() {
    if (m_unlock) return m_unlock;
    m_unlock = new UnlockScreen(m_access, &m_stack);
    m_stack.addWidget(m_unlock);
    connect(m_unlock, &UnlockScreen::unlocked, this, [this] {
        std::unique_ptr<UnlockedProfile> profile = m_unlock->takeProfile();
        if (std::exchange(m_hiddenWhileUnlocking, false)) {
            // Hidden with F12 while unlocking: whoever is in the room must not find it open
            // when the window comes back. It closes again at once, as a lock does.
            profile.reset();
            m_unlock->showNotice(
                tr("Mooring stayed locked because it was hidden while unlocking. Unlock again whenever "
                   "you are ready."));
            return;
        }
        dropScreen(&m_stack, m_unlock);
        m_opened(std::move(profile));
    });
    connect(m_unlock, &UnlockScreen::libraryRequested, this, &SetupOrUnlock::libraryRequested);
    if (!QFile::exists(m_access.paths.keyFile()))
        // The journal is there but the file that holds its key is not: never offer to start
        // over on top of it.
        m_unlock->showProblem(tr("Mooring found your data but not its key file (mooring.keys), so it cannot be "
                                 "opened right now. If you have a copy of that file, for example in a backup, "
                                 "please put it back in this folder and start Mooring again: %1. Nothing has "
                                 "been changed.")
                                  .arg(QDir::toNativeSeparators(m_access.paths.dir())));
    return m_unlock;
}

void SetupOrUnlock::showNotice(const QString& text) {
    if (m_unlock) m_unlock->showNotice(text);
}

void SetupOrUnlock::showProblem(const QString& text) {
    if (m_unlock) m_unlock->showProblem(text);
}

void SetupOrUnlock::windowHidden() {
    if (m_unlock && m_unlock->isBusy()) m_hiddenWhileUnlocking = true;
}

}  // namespace mooring
