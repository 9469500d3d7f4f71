#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QSpacerItem;
class QSpinBox;
class QTimer;

namespace mooring {

class ReadAloudButton;

// "Breathe": a circle that grows while breathing in and shrinks while breathing out
// (4 s in, 6 s out unless changed). With reduced motion chosen, nothing moves: the words
// and a count change once a second instead.
class BreathingPacer : public QWidget {
    Q_OBJECT
public:
    struct Phase {
        bool breathingIn = true;
        double progress = 0;  // 0..1 through the current phase
        int count = 1;        // 1-based second within the phase, for the counted version
    };
    static Phase phaseAt(qint64 msSinceStart, int inSeconds, int outSeconds);

    explicit BreathingPacer(bool reduceMotion, QWidget* parent = nullptr);

    void setReduceMotion(bool on);
    bool reduceMotion() const noexcept { return m_reduceMotion; }
    bool isRunning() const;
    int inSeconds() const;
    int outSeconds() const;
    Phase currentPhase() const { return m_phase; }

    // Shows the pacer as it is at `ms` after the start: for tests and screenshots.
    void showMoment(qint64 ms);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setRunning(bool on);
    void placeCircle();
    int visibleHeight() const;

    bool m_reduceMotion = false;
    QBoxLayout* m_body = nullptr;      // the circle and, below or beside it, its words and controls
    QBoxLayout* m_phaseRow = nullptr;  // "Breathe in" and the count
    QWidget* m_circle = nullptr;
    QLabel* m_phaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_intro = nullptr;
    QSpinBox* m_in = nullptr;
    QSpinBox* m_out = nullptr;
    QPushButton* m_pause = nullptr;
    ReadAloudButton* m_readAloud = nullptr;  // says each breath's cue as it begins
    QSpacerItem* m_spacer = nullptr;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_offset = 0;  // time already breathed before a pause
    bool m_paused = false;
    Phase m_phase;
};

}  // namespace mooring
