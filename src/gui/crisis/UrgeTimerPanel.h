#pragma once

#include "gui/crisis/UrgeTimer.h"
#include "speech/HelpText.h"

#include <QDateTime>
#include <QWidget>

#include <vector>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace mooring {

class LiveNotice;
class ReadAloudButton;

namespace crisis {
class PageStack;
}  // namespace crisis

// "Ride out the urge": pick 5, 10 or 15 minutes, see the time pass with a kind line now and
// then, a gentle check-in every five minutes, and at the end one question: how did it go?
class UrgeTimerPanel : public QWidget {
    Q_OBJECT
public:
    explicit UrgeTimerPanel(QWidget* parent = nullptr);

    // Tests pass a fake clock; the widget's own one-second timer only calls tick().
    void setClock(UrgeTimer::Clock clock);
    const UrgeTimer& timer() const noexcept { return m_timer; }
    // After unlocking only: the answered page offers "Save this in my journal".
    void setJournalOffered(bool offered);
    QDateTime startedAt() const { return m_startedAt; }  // wall-clock time of start()

public Q_SLOTS:
    void start(int minutes);
    void tick();

Q_SIGNALS:
    // The end answer, for the journal to offer saving it once it exists (issue: journal).
    void answered(mooring::UrgeTimer::Outcome outcome);
    void talkRequested();
    void saveToJournalRequested();

private:
    QWidget* buildChoosePage();
    QWidget* buildRunningPage();
    QWidget* buildEndPage();
    QWidget* buildAnsweredPage();
    void showPage(QWidget* page);
    QWidget* focusTarget() const;
    void showRunning();
    void refreshRunning();
    void answerEnd(UrgeTimer::Outcome outcome);
    static speech::HelpText kindLine(int index);
    void afterCheckIn();
    void say(std::vector<speech::HelpText> words);  // what "Read this to me" reads now

    UrgeTimer m_timer;
    QTimer* m_ticker = nullptr;
    crisis::PageStack* m_pages = nullptr;
    QWidget* m_choosePage = nullptr;
    QWidget* m_runningPage = nullptr;
    QWidget* m_endPage = nullptr;
    QWidget* m_answeredPage = nullptr;
    QLabel* m_passed = nullptr;
    QLabel* m_lengthLine = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QFrame* m_checkIn = nullptr;
    QPushButton* m_extend = nullptr;
    QPushButton* m_saveToJournal = nullptr;
    bool m_journalOffered = false;
    QDateTime m_startedAt;
    QLabel* m_reply = nullptr;
    QPushButton* m_talkButton = nullptr;
    QPushButton* m_again = nullptr;
    QPushButton* m_checkInYes = nullptr;
    QPushButton* m_firstChoice = nullptr;
    QPushButton* m_firstEndAnswer = nullptr;
    ReadAloudButton* m_readAloud = nullptr;
    LiveNotice* m_announcer = nullptr;  // kind words and replies, the focus staying
    std::vector<speech::HelpText> m_saying;
};

}  // namespace mooring
