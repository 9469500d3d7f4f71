#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <climits>
#include <functional>

class QWidget;

namespace mooring {

// The dialogs and menus open in front of Mooring's windows, and a safe way to close them
// all when help, the quick hide or the lock must come first. A modal dialog opened with
// exec() runs an event loop of its own inside the code that opened it, and that code
// carries on once the dialog is closed: nothing it uses may be torn down before then.
// So closeAll() only hides (each dialog as Escape would, without its own questions), and
// afterUnwinding() runs the next step once every loop of those dialogs has returned.
// install() is idempotent; AppWideKeys installs it.
class OpenDialogs : public QObject {
public:
    static void install();

    // Closes every dialog and menu at once. A dialog that deletes itself when closed is
    // deleted only after the loops have returned (its own code may still be running).
    static void closeAll();
    // Runs `next` once no loop of a closed dialog or menu is running any more: at once when
    // none was. Not run if `context` is gone by then.
    static void afterUnwinding(QObject* context, std::function<void()> next);
    static void closeAllThen(QObject* context, std::function<void()> next) {
        closeAll();
        afterUnwinding(context, std::move(next));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    OpenDialogs();
    static OpenDialogs& self();
    void close();
    void tryToFinish();

    struct Next {
        QPointer<QObject> context;
        std::function<void()> run;
    };
    QList<Next> m_next;
    QList<QPointer<QWidget>> m_toDelete;
    int m_unwindTo = INT_MAX;  // the loop level to come back to
    int m_shown = 0;           // counts windows shown, to close the newest first
    QTimer m_retry;
};

}  // namespace mooring
