#include "JournalGuiSupport.h"

#include "gui/common/DialogHooks.h"
#include "support/TestSession.h"

namespace mooring::test {

using namespace Qt::StringLiterals;

JournalProfile::JournalProfile() : session(openTestSession(folder, clockFunction())) {}

std::unique_ptr<JournalScreen> openJournal(JournalProfile& p, QSize size) {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    auto screen = std::make_unique<JournalScreen>(*p.session);
    screen->resize(size);
    screen->show();
    QApplication::setActiveWindow(screen.get());
    REQUIRE(QTest::qWaitForWindowActive(screen.get()));
    screen->setFocus();
    return screen;
}

QWidget* focusWidget() {
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

QString focusName() {
    QWidget* widget = focusWidget();
    // A spin box's or combo box's inner line edit stands for the box itself.
    if (widget->objectName().isEmpty() || widget->objectName() == u"qt_spinbox_lineedit"_s)
        if (widget->parentWidget()) return widget->parentWidget()->objectName();
    return widget->objectName();
}

// After each key the queued work runs (new rows are shown, say), as in the real event loop.
void keys(const QString& text) {
    QTest::keyClicks(focusWidget(), text);
    QCoreApplication::processEvents();
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers) {
    QTest::keyClick(focusWidget(), k, modifiers);
    QCoreApplication::processEvents();
}

bool tabTo(const QString& name, int most) {
    for (int i = 0; i < most; ++i) {
        if (focusName() == name) return true;
        key(Qt::Key_Tab);
        if (qEnvironmentVariableIsSet("JOURNAL_TAB_TRACE"))
            qInfo("tab -> %s (%s)", qPrintable(focusName()), focusWidget()->metaObject()->className());
    }
    return focusName() == name;
}

}  // namespace mooring::test
