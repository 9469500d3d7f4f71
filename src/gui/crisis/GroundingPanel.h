#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mooring {

class LiveNotice;
class ReadAloudButton;

namespace crisis {
class PageStack;
}

// "Ground": 5-4-3-2-1, one step at a time. The optional line to type in is never stored:
// it is emptied at every step and whenever the panel is hidden. Enter goes on.
class GroundingPanel : public QWidget {
    Q_OBJECT
public:
    explicit GroundingPanel(QWidget* parent = nullptr);

    static constexpr int kSteps = 5;
    int step() const noexcept { return m_step; }  // 0..kSteps-1, kSteps when done

public Q_SLOTS:
    void next();
    void previous();
    void restart();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void showStep();

    int m_step = 0;
    crisis::PageStack* m_pages = nullptr;
    QWidget* m_stepPage = nullptr;
    QWidget* m_donePage = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_instruction = nullptr;
    QLabel* m_hint = nullptr;
    QLineEdit* m_notes = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_again = nullptr;
    ReadAloudButton* m_readAloud = nullptr;  // reads each step as it is shown
    LiveNotice* m_announcer = nullptr;
};

}  // namespace mooring
