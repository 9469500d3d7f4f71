#include "gui/main/TestKdfNotice.h"

#include "domain/Error.h"
#include "storage/KeyFile.h"

#include <utility>

namespace mooring {

TestKdfNotice::TestKdfNotice(std::optional<Argon2Params> windowCost, QWidget* parent)
    : MessageBanner(parent), m_windowCost(std::move(windowCost)) {
    setObjectName(QStringLiteral("testKdfNotice"));
    connect(&m_keyFileWatch, &QFileSystemWatcher::directoryChanged, this, [this] {
        checkKeyFile();
        refresh();
    });
}

QString TestKdfNotice::text() {
    return tr(
        "This profile was made with quick test settings, so its passphrase is only weakly protected. "
        "Before you keep anything personal here, please change your passphrase in Settings: Mooring "
        "then protects it properly.");
}

void TestKdfNotice::profileOpened(const ProfilePaths& paths) {
    m_open = paths;
    checkKeyFile();
    refresh();
}

void TestKdfNotice::profileClosed() {
    m_open.reset();
    checkKeyFile();  // nothing open: no note, no watching
    refresh();
}

void TestKdfNotice::setHelpOnScreen(bool helpOnScreen) {
    m_helpOnScreen = helpOnScreen;
    refresh();
}

void TestKdfNotice::checkKeyFile() {
    m_weak = false;
    if (m_open && !(m_windowCost && m_windowCost->isBelowFloor())) {
        try {
            m_weak = KeyFile::load(m_open->keyFile()).passphraseSlot().params.isBelowFloor();
        } catch (const Error&) {
            // It opened a moment ago; a key file being replaced right now is checked next time.
        }
    }
    const QStringList watched = m_keyFileWatch.directories();
    if (m_weak && watched.isEmpty())
        m_keyFileWatch.addPath(m_open->dir());
    else if (!m_weak && !watched.isEmpty())
        m_keyFileWatch.removePaths(watched);
}

void TestKdfNotice::refresh() {
    // Its words are set (and announced) only when it appears: not on the way to the first paint.
    if (!m_weak || m_helpOnScreen)
        clearMessage();
    else if (isHidden())
        showMessage(text(), Tone::Attention);
}

}  // namespace mooring
