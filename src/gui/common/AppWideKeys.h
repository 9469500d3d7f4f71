#pragma once

#include <QKeySequence>
#include <QObject>

#include <optional>

class QKeyEvent;
class QWidget;

namespace mooring {

// One rule for every window: F1 (I need help now), F12 (quick hide) and Ctrl+L (lock) work
// in whichever window or dialog has the keyboard. A window's own shortcuts are dead while
// a modal dialog is open, and a dialog is a window of its own: in "Show large", in the
// plan's note dialog or in a message box the keys did nothing. This application-wide
// filter sees the key first and says so through requested(); the main window acts on it
// (closing dialogs first: OpenDialogs). install() is idempotent; main() installs it.
class AppWideKeys : public QObject {
    Q_OBJECT
public:
    enum class Action { HelpNow, QuickHide, Lock };
    Q_ENUM(Action)

    static AppWideKeys* install();
    static QKeySequence keyFor(Action action);
    static std::optional<Action> actionFor(const QKeyEvent& event);
    // The same as pressing the key with `from` focused: for a button that does the same
    // (the "I need help now" button in a dialog).
    static void request(Action action, QWidget* from);

Q_SIGNALS:
    // `from`: the widget or window the key was pressed in (the window whose it is decides).
    void requested(mooring::AppWideKeys::Action action, QWidget* from);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AppWideKeys();
};

}  // namespace mooring
