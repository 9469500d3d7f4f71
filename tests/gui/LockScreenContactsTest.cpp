#include "FoundationDriver.h"

#include "gui/crisis/CrisisScreen.h"
#include "gui/main/MainWindow.h"
#include "storage/HelplineSettings.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;
using namespace Qt::StringLiterals;

namespace {

QWidget* focusedWidget() { return QApplication::focusWidget(); }

QString visibleLabels(QWidget* root) {
    QStringList texts;
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root)) texts << label->text();
    return texts.join(u'\n');
}

}  // namespace

TEST_CASE("Settings: the person opts in to contacts on the lock screen, warned plainly", "[foundation][crisis]") {
    TempProfile tmp;
    const QString passphrase = u"harbour lights at dusk"_s;
    makeProfile(tmp.paths(), passphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, passphrase);
    window->showSettings();
    auto* warning = child<QLabel>(window.get(), "lockScreenWarning");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(u"unencrypted"_s));

    // Only a name: a kind note, nothing stored.
    auto* name = child<QLineEdit>(window.get(), "lockContactName");
    name->setFocus();
    QTest::keyClicks(focusedWidget(), u"Aoife"_s);
    QTest::keyClick(focusedWidget(), Qt::Key_Tab);
    QTest::keyClick(focusedWidget(), Qt::Key_Return);
    CHECK(child<QLabel>(window.get(), "lockContactProblem")->isVisible());
    CHECK(HelplineSettings(window->settings()).lockScreenContacts().isEmpty());

    // Name and number, Enter: stored in settings.ini and shown before unlocking.
    QTest::keyClicks(focusedWidget(), u"087 555 0199"_s);
    QTest::keyClick(focusedWidget(), Qt::Key_Return);
    CHECK_FALSE(child<QLabel>(window.get(), "lockContactProblem")->isVisible());
    {
        ProfileSettings reread(tmp.paths());
        const QList<LockScreenContact> stored = HelplineSettings(reread).lockScreenContacts();
        REQUIRE(stored.size() == 1);
        CHECK(stored.at(0).name == u"Aoife"_s);
        CHECK(stored.at(0).phone == u"087 555 0199"_s);
    }
    window->lockNow();
    REQUIRE(window->profile() == nullptr);
    window->showHelpNow();
    auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
    crisis->showPanel(CrisisScreen::Panel::Talk);
    CHECK(visibleLabels(crisis).contains(u"Aoife"_s));

    // Taken off again: gone from settings.ini and from the lock screen.
    crisis->leaveRequested();
    typePassphraseAndUnlock(*window, passphrase);
    window->showSettings();
    auto* list = child<QListWidget>(window.get(), "lockContactList");
    REQUIRE(list->count() == 1);
    list->setCurrentRow(0);
    child<QPushButton>(window.get(), "lockContactRemove")->click();
    CHECK(HelplineSettings(window->settings()).lockScreenContacts().isEmpty());
    ProfileSettings reread(tmp.paths());
    CHECK(HelplineSettings(reread).lockScreenContacts().isEmpty());
}
