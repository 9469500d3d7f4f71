#pragma once

#include <QWidget>

namespace mooring::crisis {

// Says a change on the help screen to a screen reader when the focus stays where it was:
// the next grounding prompt or plan step, another idea, the urge timer's kind words. A
// sighted person sees the new words at once; without this, a screen reader user would hear
// nothing. On the accessibility bus it is a notification that appears with the words as its
// name, which screen readers speak as it comes (as MessageBanner does for messages). It
// draws nothing and takes no room, no focus and no clicks.
class ChangeAnnouncer : public QWidget {
    Q_OBJECT
public:
    explicit ChangeAnnouncer(QWidget* parent);

    void say(const QString& words);
    QString lastSaid() const { return accessibleName(); }
};

}  // namespace mooring::crisis
