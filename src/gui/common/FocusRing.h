#pragma once

#include <QObject>
#include <QPointer>

class QFocusFrame;
class QWidget;

namespace mooring {

// A clear ring around whatever has the keyboard focus, in every window: the styles' own
// focus marks are a faint line on a button and nothing at all on an empty list, so a
// person moving by keyboard could lose their place. The ring sits just outside the
// widget and takes no clicks. install() is idempotent.
class FocusRing : public QObject {
    Q_OBJECT
public:
    static void install();
    static QWidget* ringedWidget();  // for tests: the widget the ring is drawn round now

private:
    FocusRing();
    void follow(QWidget* now);

    QPointer<QFocusFrame> m_frame;
};

}  // namespace mooring
