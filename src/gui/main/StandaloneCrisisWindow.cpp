#include "gui/main/StandaloneCrisisWindow.h"

#include "gui/common/FocusRing.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/main/WindowSize.h"
#include "storage/ProfileSettings.h"

#include <QVBoxLayout>

namespace mooring {

StandaloneCrisisWindow::StandaloneCrisisWindow(const ProfilePaths& paths, QWidget* parent)
    : QWidget(parent), m_settings(std::make_unique<ProfileSettings>(paths)) {
    setWindowTitle(m_settings->neutralWindowTitle() ? tr("Notes") : tr("Mooring"));
    FocusRing::install();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_crisis = new CrisisScreen(*m_settings, this);
    layout->addWidget(m_crisis);
    // "Back" has nowhere to go back to here: the person's Mooring is in its own window.
    connect(m_crisis, &CrisisScreen::leaveRequested, this, &QWidget::close);
    resize(kDefaultWindowSize);
}

StandaloneCrisisWindow::~StandaloneCrisisWindow() = default;

}  // namespace mooring
