// The home screen's tiles: where each leads, and the words that say so.
#include "gui/main/HomeTiles.h"

#include "gui/home/HomeScreen.h"
#include "gui/home/HomeTile.h"
#include "gui/main/MainWindow.h"

#include <QPushButton>

namespace mooring {

HomeScreen* makeHomeScreen(MainWindow* window) {
    auto* home = new HomeScreen;
    QObject::connect(home, &HomeScreen::helpRequested, window, &MainWindow::showHelpNow);
    QObject::connect(home, &HomeScreen::settingsRequested, window, &MainWindow::showSettings);
    HomeTile* toolbox = home->addTile(MainWindow::tr("My coping toolbox"),
                                      MainWindow::tr("Things to do instead when the urge comes, and your safety box."));
    toolbox->setObjectName(QStringLiteral("toolboxTile"));
    QObject::connect(toolbox, &QPushButton::clicked, window, &MainWindow::showToolbox);
    HomeTile* plan =
        home->addTile(MainWindow::tr("My safety plan"),
                      MainWindow::tr("The steps to follow when things get hard, made with care ahead of time."));
    plan->setObjectName(QStringLiteral("planTile"));
    QObject::connect(plan, &QPushButton::clicked, window, &MainWindow::showPlan);
    HomeTile* journal = home->addTile(
        MainWindow::tr("My journal"),
        MainWindow::tr("What happened before an urge and what helped. Ctrl+J starts a new entry from anywhere."));
    journal->setObjectName(QStringLiteral("journalTile"));
    QObject::connect(journal, &QPushButton::clicked, window, &MainWindow::showJournal);
    HomeTile* review = home->addTile(MainWindow::tr("My week"),
                                     MainWindow::tr("A look back at the week: patterns, what helped, and a note for "
                                                    "what you want to change. Printable for your next session."));
    review->setObjectName(QStringLiteral("reviewTile"));
    QObject::connect(review, &QPushButton::clicked, window, &MainWindow::showReview);
    HomeTile* library = home->addTile(MainWindow::tr("Understand self-harm and recovery"),
                                      MainWindow::tr("Short pages in plain words, for you and the people around you."));
    library->setObjectName(QStringLiteral("libraryTile"));
    QObject::connect(library, &QPushButton::clicked, window, &MainWindow::showLibrary);
    HomeTile* recovery =
        home->addTile(MainWindow::tr("Where I am in recovery"),
                      MainWindow::tr("Say where you feel you are, in your own words, with ideas for next "
                                     "steps."));
    recovery->setObjectName(QStringLiteral("recoveryTile"));
    QObject::connect(recovery, &QPushButton::clicked, window, &MainWindow::showRecovery);
    HomeTile* setback = home->addTile(MainWindow::tr("I had a setback"),
                                      MainWindow::tr("Care for right now, your plan and your people, and later, if you "
                                                     "like, a gentle look back."));
    setback->setObjectName(QStringLiteral("setbackTile"));
    QObject::connect(setback, &QPushButton::clicked, window, [window] { window->showSetback(); });
    return home;
}

}  // namespace mooring
