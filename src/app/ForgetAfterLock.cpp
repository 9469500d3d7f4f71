#include "ForgetAfterLock.h"

#include "gui/main/MainWindow.h"
#include "session/ProfileSession.h"

#include <QApplication>
#include <QClipboard>
#include <QStyle>
#include <QStyleOptionViewItem>

namespace mooring {

namespace {

// Laying out an item with no text makes the style drop its copy of the last one.
void forgetStyleCache() {
    QStyleOptionViewItem blank;
    blank.features = QStyleOptionViewItem::HasDisplay;
    QApplication::style()->subElementRect(QStyle::SE_ItemViewItemText, &blank, nullptr);
}

// Text copied or selected while unlocked is served to other programs from this process,
// for as long as Mooring owns it: a lock lets go of it. What was pasted elsewhere stays.
void forgetCopiedText() {
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection() && clipboard->ownsSelection()) clipboard->clear(QClipboard::Selection);
    if (clipboard->ownsClipboard()) clipboard->clear(QClipboard::Clipboard);
}

}  // namespace

void forgetAfterEachLock(MainWindow& window) {
    // Destroyed once the database is closed and the key wiped: the screens that showed the
    // person's words are hidden by then and paint no more.
    const auto watch = [&window] {
        if (ProfileSession* session = window.session())
            QObject::connect(session, &QObject::destroyed, &window, [] {
                forgetStyleCache();
                forgetCopiedText();
            });
    };
    // The sample profile opens while the window is made, before this is installed.
    watch();
    QObject::connect(&window, &MainWindow::profileReady, &window, watch);
}

}  // namespace mooring
