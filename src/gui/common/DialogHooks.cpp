#include "gui/common/DialogHooks.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QQueue>

namespace mooring {

namespace {

struct HookState {
    bool testMode = false;
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QStringList messages;
};

HookState& state() {
    static HookState s;
    return s;
}

}  // namespace

void DialogHooks::setTestMode(bool on) { state().testMode = on; }
void DialogHooks::queueAnswer(QMessageBox::StandardButton answer) { state().answers.enqueue(answer); }
void DialogHooks::queueFileName(const QString& fileName) { state().fileNames.enqueue(fileName); }
QStringList DialogHooks::shownMessages() { return state().messages; }
void DialogHooks::reset() { state() = HookState(); }

void DialogHooks::inform(QWidget* parent, const QString& title, const QString& text, QMessageBox::Icon icon) {
    state().messages.append(text);
    if (!state().answers.isEmpty()) {
        state().answers.dequeue();
        return;
    }
    if (state().testMode) return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

QMessageBox::StandardButton DialogHooks::ask(QWidget* parent, const QString& title, const QString& text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton) {
    state().messages.append(text);
    if (!state().answers.isEmpty()) return state().answers.dequeue();
    if (state().testMode) return defaultButton;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QString DialogHooks::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                  const QString& filter) {
    if (!state().fileNames.isEmpty()) return state().fileNames.dequeue();
    if (state().testMode) return {};
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString DialogHooks::openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) {
    if (!state().fileNames.isEmpty()) return state().fileNames.dequeue();
    if (state().testMode) return {};
    // A start folder that is not there (no ~/Pictures on this computer) would be offered as
    // a file name to open; start at home instead.
    const QString start = dir.isEmpty() || QFileInfo(dir).isDir() ? dir : QDir::homePath();
    return QFileDialog::getOpenFileName(parent, caption, start, filter);
}

bool DialogHooks::choosePrinter(QPrinter& printer, QWidget* parent) {
    if (!state().fileNames.isEmpty()) {
        const QString fileName = state().fileNames.dequeue();
        if (fileName.isEmpty()) return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(fileName);
        return true;
    }
    if (state().testMode) return false;
    QPrintDialog dialog(&printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

}  // namespace mooring
