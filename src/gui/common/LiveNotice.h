#pragma once

#include <QWidget>

namespace mooring {

// A line a screen reader says when it changes, with nothing drawn on screen: for a change
// the person asked for that moves no focus (another week shown by a key, say), where a
// sighted person sees the new heading at once. On the accessibility bus it is a notification
// that appears with the words as its name, which screen readers speak as it comes.
class LiveNotice : public QWidget {
    Q_OBJECT
public:
    explicit LiveNotice(QWidget* parent = nullptr);

    void say(const QString& words);
    QString lastSaid() const { return accessibleName(); }
};

}  // namespace mooring
