#pragma once

#include "domain/Medium.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace mooring {

// A recording or sound of the hope box in "What keeps me going": what it is, its caption
// in the panel's large calm text, a Play button and a line saying whether it plays. It
// shows; the panel plays (it holds the one player), so nothing here ever starts a sound.
class SoundTile : public QFrame {
    Q_OBJECT
public:
    explicit SoundTile(QWidget* parent = nullptr);

    void showMedium(const Medium& medium);
    // What the button offers and the line under it says: Play, Stop, or why it could not play.
    void setPlaying(bool playing);
    void setStateLine(const QString& line);
    QPushButton* playButton() const { return m_play; }
    QString caption() const;

Q_SIGNALS:
    void playPressed();

private:
    QLabel* m_kind;
    QLabel* m_caption;
    QPushButton* m_play;
    QLabel* m_state;
    QString m_name;  // the caption or its kind fallback, for the button's accessible name
    bool m_playing = false;
};

}  // namespace mooring
