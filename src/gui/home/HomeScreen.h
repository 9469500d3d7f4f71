#pragma once

#include <QWidget>

class QVBoxLayout;

namespace mooring {

class HomeTile;
class MessageBanner;

// The calm place after unlocking: a few large tiles leading to what exists, and a plain
// word that Mooring does not replace care. "Lock now" is in the window's top bar.
class HomeScreen : public QWidget {
    Q_OBJECT
public:
    explicit HomeScreen(QWidget* parent = nullptr);

    // For screens still to come (safety plan, toolbox, journal): added above the settings.
    HomeTile* addTile(const QString& title, const QString& description);
    // A calm note above the tiles, hidden while it has nothing to say (the backups taking
    // much of the disk's free space, after the day's backup).
    MessageBanner* notice() const noexcept { return m_notice; }

Q_SIGNALS:
    void helpRequested();
    void settingsRequested();

private:
    QVBoxLayout* m_tiles;
    MessageBanner* m_notice;
    int m_insertAt = 0;
};

}  // namespace mooring
