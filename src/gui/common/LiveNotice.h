#pragma once

#include <QWidget>

namespace mooring {

// A line a screen reader says when it changes, with nothing drawn on screen: for a change
// the person asked for that moves no focus (another week shown by a key, the help screen's
// next grounding prompt or idea, the urge timer's kind words), where a sighted person sees
// the new words at once. On the accessibility bus it is a notification that appears with the
// words as its name, which screen readers speak as it comes. It takes no room, no focus and
// no clicks, and says nothing while its window or panel is hidden.
class LiveNotice : public QWidget {
    Q_OBJECT
public:
    explicit LiveNotice(QWidget* parent = nullptr);

    void say(const QString& words);
    QString lastSaid() const { return accessibleName(); }

signals:
    // The words went out on the accessibility bus (not while hidden).
    void announced(const QString& words);
};

}  // namespace mooring
