#include "ForgetAfterLock.h"

#include "gui/main/MainWindow.h"
#include "session/ProfileSession.h"

#include <QApplication>
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

}  // namespace

void forgetAfterEachLock(MainWindow& window) {
    QObject::connect(&window, &MainWindow::profileReady, &window, [&window] {
        // Destroyed once the database is closed and the key wiped: the screens that showed
        // the person's words are hidden by then and paint no more.
        if (ProfileSession* session = window.session())
            QObject::connect(session, &QObject::destroyed, &window, [] { forgetStyleCache(); });
    });
}

}  // namespace mooring
