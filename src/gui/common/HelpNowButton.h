#pragma once

#include <QKeySequence>
#include <QPushButton>

namespace mooring {

// The one large "I need help now" button kept at the top of the lock, setup and every
// unlocked screen. Its key is the same everywhere and is shown on the button.
class HelpNowButton : public QPushButton {
    Q_OBJECT
public:
    explicit HelpNowButton(QWidget* parent = nullptr);
    static QKeySequence shortcut();  // F1

protected:
    // The font follows the window's text size (settings) at every showing.
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;

private:
    void applyFont();
    bool m_applyingFont = false;
};

}  // namespace mooring
