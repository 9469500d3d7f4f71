#pragma once

// Helpers for the [journal] GUI tests: a real, unlocked profile and keyboard-only driving.
#include "gui/journal/JournalScreen.h"
#include "session/ProfileSession.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QApplication>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace mooring::test {

// A new profile open in a session whose clock is `clock` (tests move it).
struct JournalProfile {
    TempProfile folder;
    QDateTime clock = QDateTime::currentDateTime();
    std::unique_ptr<ProfileSession> session;

    JournalProfile();
    Database& db() { return session->database(); }
    Clock clockFunction() {
        return [this] { return clock; };
    }
};

// A shown, active JournalScreen over the profile, so key presses reach the focus.
std::unique_ptr<JournalScreen> openJournal(JournalProfile& p, QSize size = QSize(900, 760));

QWidget* focusWidget();
QString focusName();
void keys(const QString& text);
void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Presses Tab until the widget called `name` has the focus; false if it never comes.
bool tabTo(const QString& name, int most = 80);

template <typename T = QWidget>
T* find(QWidget* root, const QString& name) {
    T* found = root->findChild<T*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

}  // namespace mooring::test
