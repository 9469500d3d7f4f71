#pragma once

#include "sound/PcmSource.h"

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mooring {

class SoundPlayback;

namespace sound {
class VoiceRecorder;
}

// Records a voice note from the microphone, in memory only: Record, Stop and Play, a level
// meter, the time so far and the limit, a caption, then Save or Cancel. Without a microphone
// or sound server it says so kindly and nothing else changes. Opened with open(), so
// locking closes it like any other window (what was recorded goes with it).
class VoiceNoteDialog : public QDialog {
    Q_OBJECT
public:
    explicit VoiceNoteDialog(QWidget* parent = nullptr);
    ~VoiceNoteDialog() override;

    QByteArray recording() const;  // Ogg Opus, once recorded
    QString caption() const;
    sound::VoiceRecorder* recorder() const noexcept { return m_recorder; }

    // Tests: where sound is recorded from instead of the microphone (empty: the real one).
    static void setInputForTests(sound::PcmSourceFactory sources);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void record();
    void stop();
    void play();
    void update();
    void showTime(std::chrono::milliseconds elapsed);

    sound::VoiceRecorder* m_recorder = nullptr;
    SoundPlayback* m_playback;
    QLabel* m_intro;
    QLabel* m_problem;
    QPushButton* m_record;
    QPushButton* m_stop;
    QPushButton* m_play;
    QProgressBar* m_level;
    QLabel* m_time;
    QLineEdit* m_caption;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

}  // namespace mooring
