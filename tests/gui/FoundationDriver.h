#pragma once

// Drives the foundation screens the way a person would (typing with QTest), for the
// [foundation] tests, the screenshots and nothing else.
#include "gui/main/MainWindow.h"
#include "storage/ProfilePaths.h"

#include <QApplication>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace mooring::foundation {

MainWindowOptions foundationOptions(const ProfilePaths& paths);

// A MainWindow shown, active and focused, as at the start of the program.
std::unique_ptr<MainWindow> openWindow(const ProfilePaths& paths, QSize size = QSize(900, 720));

// Waits (processing events) until done() holds; no sleeps.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 30000);

template <typename T = QWidget>
T* child(const QObject* root, const char* name) {
    T* found = root->findChild<T*>(QString::fromLatin1(name));
    INFO("looking for " << name);
    REQUIRE(found != nullptr);
    return found;
}

// Keys go where the person's keyboard would send them: to the focused widget.
QWidget* focused();
std::string focusName();  // the focused widget's objectName
void type(const QString& text);
void pressEnter();
void pressTab();

// The whole first-time setup by keyboard; returns the recovery code's groups.
QStringList completeSetup(MainWindow& window, const QString& passphrase);
// Types the passphrase on the unlock screen and presses Enter; waits until it is done.
void typePassphraseAndUnlock(MainWindow& window, const QString& passphrase);

// File mode bits (e.g. 0600), or -1 if the file is missing.
int fileMode(const QString& path);

// A profile made directly through storage (fast test parameters), closed again; returns
// the recovery code as shown at setup ("K7QM-2XRT-...").
QString makeProfile(const ProfilePaths& paths, const QString& passphrase);

// Every file under dir with its bytes: "nothing on disk changed" is an equal snapshot.
QMap<QString, QByteArray> snapshot(const QString& dir);

}  // namespace mooring::foundation
