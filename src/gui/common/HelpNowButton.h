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
};

}  // namespace mooring
