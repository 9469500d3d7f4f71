#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QPrinter;
class QWidget;

namespace mooring {

// Every modal question the program asks goes through here, so GUI tests can answer it
// instead of running a real modal loop (CONTRIBUTING.md, "Tests"). In the program the
// queues are empty and test mode is off: the real dialogs open.
class DialogHooks {
public:
    // --- for tests ---
    // Nothing queued in test mode: a message box takes its default button, a file dialog
    // is cancelled, a print dialog is cancelled. Never blocks.
    static void setTestMode(bool on);
    static void queueAnswer(QMessageBox::StandardButton answer);
    // A file name for the next file dialog, or for the next print dialog: the page is then
    // written as a PDF to that file instead of going to a printer. Empty means "cancel".
    static void queueFileName(const QString& fileName);
    static QStringList shownMessages();  // texts of message boxes asked so far
    static void reset();                 // queues, messages and test mode

    // --- for the program ---
    static void inform(QWidget* parent, const QString& title, const QString& text,
                       QMessageBox::Icon icon = QMessageBox::Information);
    static QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    // Empty when cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                const QString& filter);
    // A file to open (the same queue of test file names); empty when cancelled.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    // Shows the print dialog for printer; false when cancelled.
    static bool choosePrinter(QPrinter& printer, QWidget* parent);
};

}  // namespace mooring
