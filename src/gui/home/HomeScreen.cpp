#include "gui/home/HomeScreen.h"

#include "gui/common/Appearance.h"
#include "gui/common/FocusLanding.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/ReadingColumn.h"
#include "gui/home/HomeTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mooring {

HomeScreen::HomeScreen(QWidget* parent) : QWidget(parent), m_tiles(new QVBoxLayout), m_notice(new MessageBanner) {
    setObjectName(QStringLiteral("homeScreen"));
    auto* content = new QWidget;
    auto* heading = new QLabel(tr("Good to see you"), content);
    heading->setWordWrap(true);
    Appearance::makeHeading(heading);
    auto* intro = new QLabel(tr("This is your space. Everything here stays on this computer, locked with your "
                                "passphrase. Take whatever time you need."),
                             content);
    intro->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("homeNotice"));

    m_tiles->setSpacing(12);
    auto* help =
        new HomeTile(tr("Help for hard moments"),
                     tr("Breathing, grounding, an urge timer and helplines. F1 opens it from anywhere."), content);
    help->setObjectName(QStringLiteral("helpTile"));
    auto* settings =
        new HomeTile(tr("Settings"), tr("Your passphrase, where you live, text size, colours and privacy."), content);
    settings->setObjectName(QStringLiteral("settingsTile"));
    m_tiles->addWidget(help);
    m_tiles->addWidget(settings);
    m_insertAt = 1;

    auto* careNote = new QLabel(tr("Mooring doesn't replace care from people. If you might be in danger, call your "
                                   "local emergency number, or use \u201cI need help now\u201d at the top for "
                                   "helplines."),
                                content);
    careNote->setWordWrap(true);
    careNote->setObjectName(QStringLiteral("careNote"));

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addSpacing(8);
    layout->addLayout(m_tiles);
    layout->addSpacing(8);
    layout->addWidget(careNote);

    setTabOrder(help, settings);
    FocusLanding::install(
        this, [help] { return help; }, FocusLanding::When::Shown);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(new ReadingColumn(content));

    connect(help, &QPushButton::clicked, this, &HomeScreen::helpRequested);
    connect(settings, &QPushButton::clicked, this, &HomeScreen::settingsRequested);
}

HomeTile* HomeScreen::addTile(const QString& title, const QString& description) {
    auto* tile = new HomeTile(title, description);
    m_tiles->insertWidget(m_insertAt++, tile);
    // Tab follows the tiles as they stand, not the order they were made in.
    if (QWidget* before = m_tiles->itemAt(m_insertAt - 2)->widget()) setTabOrder(before, tile);
    return tile;
}

}  // namespace mooring
