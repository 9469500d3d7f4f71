#include "gui/common/OpenDialogs.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QThread>
#include <QVariant>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace mooring {

namespace {

QPointer<OpenDialogs> g_dialogs;

const char* const kShownAtLevel = "mooringShownAtLoopLevel";
const char* const kShownOrder = "mooringShownOrder";

int loopLevel() { return QThread::currentThread()->loopLevel(); }

// The loop level a window was shown at: an exec() for it runs one level deeper, and the
// code that called exec() carries on at this level once it returns.
int shownAtLevel(const QWidget* window) {
    const QVariant level = window->property(kShownAtLevel);
    return level.isValid() ? level.toInt() : loopLevel();
}

}  // namespace

OpenDialogs::OpenDialogs() : QObject(qApp) {
    m_retry.setSingleShot(true);
    // A real timer, not a posted call: a posted call may come back inside the very loop
    // that is about to end, again and again, before that loop gets to end.
    m_retry.setInterval(10);
    connect(&m_retry, &QTimer::timeout, this, &OpenDialogs::tryToFinish);
}

void OpenDialogs::install() {
    if (g_dialogs) return;
    g_dialogs = new OpenDialogs();
    qApp->installEventFilter(g_dialogs);
}

OpenDialogs& OpenDialogs::self() {
    install();
    return *g_dialogs;
}

bool OpenDialogs::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show && watched->isWidgetType() && static_cast<QWidget*>(watched)->isWindow()) {
        watched->setProperty(kShownAtLevel, loopLevel());
        watched->setProperty(kShownOrder, ++m_shown);
    }
    return false;
}

void OpenDialogs::closeAll() { self().close(); }

void OpenDialogs::afterUnwinding(QObject* context, std::function<void()> next) {
    OpenDialogs& dialogs = self();
    dialogs.m_next.append({context, std::move(next)});
    dialogs.tryToFinish();
}

void OpenDialogs::close() {
    // Menus first: each runs a loop of its own while it is open.
    for (int i = 0; i < 16; ++i) {
        QWidget* popup = QApplication::activePopupWidget();
        if (!popup) break;
        m_unwindTo = std::min(m_unwindTo, shownAtLevel(popup));
        popup->close();
    }
    QList<QPointer<QDialog>> dialogs;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(window); dialog && dialog->isVisible()) dialogs.append(dialog);
    }
    // The newest first: a question asked from inside a dialog closes before that dialog.
    std::sort(dialogs.begin(), dialogs.end(), [](const QPointer<QDialog>& a, const QPointer<QDialog>& b) {
        return a->property(kShownOrder).toInt() > b->property(kShownOrder).toInt();
    });
    for (const QPointer<QDialog>& dialog : std::as_const(dialogs)) {
        if (!dialog || !dialog->isVisible()) continue;
        m_unwindTo = std::min(m_unwindTo, shownAtLevel(dialog));
        if (dialog->testAttribute(Qt::WA_DeleteOnClose)) {
            dialog->setAttribute(Qt::WA_DeleteOnClose, false);
            m_toDelete.append(dialog.data());
        }
        // QDialog's own done(), not a reject() a dialog may have made to ask first: nobody
        // is asked anything now. exec() returns Rejected (a message box: no button).
        dialog->QDialog::done(QDialog::Rejected);
    }
}

void OpenDialogs::tryToFinish() {
    if (loopLevel() > m_unwindTo) {
        close();  // what the code after an exec() may have opened meanwhile goes too
        m_retry.start();
        return;
    }
    m_unwindTo = INT_MAX;
    m_retry.stop();
    // Only now: no code of theirs is running any more.
    for (const QPointer<QWidget>& dialog : std::exchange(m_toDelete, {})) {
        if (dialog) dialog->deleteLater();
    }
    for (Next& next : std::exchange(m_next, {})) {
        if (next.context) next.run();
    }
}

}  // namespace mooring
