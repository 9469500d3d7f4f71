#pragma once

#include <QWidget>

class QVBoxLayout;

namespace mooring {

class HomeTile;

// The calm place after unlocking: a few large tiles leading to what exists, and a plain
// word that Mooring does not replace care. "Lock now" is in the window's top bar.
class HomeScreen : public QWidget {
    Q_OBJECT
public:
    explicit HomeScreen(QWidget* parent = nullptr);

    // For screens still to come (safety plan, toolbox, journal): added above the settings.
    HomeTile* addTile(const QString& title, const QString& description);

Q_SIGNALS:
    void helpRequested();
    void settingsRequested();

private:
    QVBoxLayout* m_tiles;
    int m_insertAt = 0;
};

}  // namespace mooring
