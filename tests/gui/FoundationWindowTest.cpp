// The window around the screens: a fast, lazy start; F1 and "I need help now"; the
// neutral title; locking by itself; keyboard reach and accessible names.
#include "FoundationDriver.h"

#include "gui/common/Appearance.h"
#include "gui/common/DialogHooks.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/setup/SetupScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/Backups.h"
#include "storage/ProfileSettings.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;

namespace {

const QString kPassphrase = QStringLiteral("harbour lights at dusk");

int countWidgets(const char* className) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    int count = 0;
    for (QWidget* widget : QApplication::allWidgets()) count += widget->inherits(className) ? 1 : 0;
    return count;
}

// Every control a person can reach by Tab on this screen has a name a screen reader can say.
void requireAccessibleNames(QWidget* screen) {
    for (QWidget* widget : screen->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(screen) || widget->focusPolicy() == Qt::NoFocus) continue;
        if (!qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QLineEdit*>(widget) &&
            !qobject_cast<QComboBox*>(widget))
            continue;
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        INFO("control without a name: " << widget->objectName().toStdString());
        CHECK(named);
    }
}

// Tab walks through these (and maybe other controls) in this order.
void requireTabOrder(const QStringList& names) {
    int found = 0;
    for (int step = 0; step < 40 && found < names.size(); ++step) {
        if (focused()->objectName() == names.at(found)) ++found;
        pressTab();
    }
    INFO("reached in order: " << found << " of " << names.size());
    CHECK(found == names.size());
}

}  // namespace

TEST_CASE("Start-up builds only the first screen and touches neither database nor key", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    const auto before = snapshot(tmp.dir());
    const QDateTime modified = QFileInfo(tmp.paths().database()).lastModified();
    auto window = openWindow(tmp.paths());
    CHECK(countWidgets("mooring::UnlockScreen") == 1);
    CHECK(countWidgets("mooring::SetupScreen") == 0);
    CHECK(countWidgets("mooring::HomeScreen") == 0);
    CHECK(countWidgets("mooring::SettingsScreen") == 0);
    CHECK(countWidgets("mooring::CrisisScreen") == 0);
    CHECK(window->profile() == nullptr);
    CHECK(snapshot(tmp.dir()) == before);
    CHECK(QFileInfo(tmp.paths().database()).lastModified() == modified);
}

TEST_CASE("F1 opens help from any screen, and Back returns to where the person was", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
    type(QStringLiteral("half typ"));
    QTest::keyClick(focused(), Qt::Key_F1);
    auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
    REQUIRE(window->currentScreen() == crisis);
    CHECK(crisis->session() == nullptr);
    CHECK_FALSE(child<QWidget>(window.get(), "topBar")->isVisible());

    Q_EMIT crisis->leaveRequested();
    CHECK(window->currentScreen() == unlock);
    // What was half typed did not wait in the hidden field.
    CHECK(child<QLineEdit>(unlock, "passphraseEdit")->text().isEmpty());

    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    window->showSettings();
    QWidget* settings = window->currentScreen();
    QTest::mouseClick(child<QPushButton>(window.get(), "helpNowButton"), Qt::LeftButton);
    REQUIRE(window->currentScreen() == crisis);
    CHECK(crisis->session() == window->session());
    Q_EMIT crisis->leaveRequested();
    CHECK(window->currentScreen() == settings);

    // Locking clears what the help screen knew.
    window->showHelpNow();
    QTest::keyClick(focused(), Qt::Key_L, Qt::ControlModifier);
    CHECK(window->profile() == nullptr);
    CHECK(crisis->session() == nullptr);
}

TEST_CASE("--help-now opens straight onto help; Back leads to setup or unlock", "[foundation]") {
    TempProfile tmp;
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    MainWindowOptions options = foundationOptions(tmp.paths());
    options.startWithHelpNow = true;
    MainWindow window(options);
    window.show();
    REQUIRE(window.currentScreen() != nullptr);
    CHECK(window.currentScreen()->objectName().toStdString() == "crisisScreen");
    CHECK(countWidgets("mooring::SetupScreen") == 0);
    Q_EMIT static_cast<CrisisScreen*>(window.currentScreen())->leaveRequested();
    CHECK(window.currentScreen()->objectName().toStdString() == "setupScreen");
}

TEST_CASE("A neutral window title, when asked for", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    {
        ProfileSettings settings(tmp.paths());
        settings.setNeutralWindowTitle(true);
        settings.save();
    }
    auto window = openWindow(tmp.paths());
    CHECK(window->windowTitle().toStdString() == "Notes");
    typePassphraseAndUnlock(*window, kPassphrase);
    window->showSettings();
    QTest::mouseClick(child<QAbstractButton>(window.get(), "neutralTitleCheck"), Qt::LeftButton);
    CHECK(window->windowTitle().toStdString() == "Mooring");
    CHECK_FALSE(ProfileSettings(tmp.paths()).neutralWindowTitle());
}

TEST_CASE("Locks by itself when left alone, not while in use", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    {
        // Today's backup made beforehand: the one unlocking starts could take longer than
        // the short idle time on a loaded machine and lock the window before the test begins.
        auto profile = UnlockedProfile::unlock(tmp.paths(), SecureBuffer::fromUtf8(kPassphrase));
        REQUIRE(Backups(tmp.paths()).makeDailyIfDue(profile->database(), profile->dataKey()).has_value());
    }
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    MainWindowOptions options = foundationOptions(tmp.paths());
    options.idleLockOverride = std::chrono::milliseconds(600);
    MainWindow window(options);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    typePassphraseAndUnlock(window, kPassphrase);
    REQUIRE(window.profile() != nullptr);
    // Keys pressed keep it open well past the idle time...
    for (int i = 0; i < 12; ++i) {
        QTest::qWait(100);
        QTest::keyClick(focused(), Qt::Key_Shift);
    }
    CHECK(window.profile() != nullptr);
    // ...and leaving it alone locks it.
    REQUIRE(waitUntil([&] { return window.profile() == nullptr; }, 5000));
    CHECK(window.currentScreen()->objectName().toStdString() == "unlockScreen");

    // Left alone on "I need help now" (an urge timer running, say): it locks, but stays there.
    typePassphraseAndUnlock(window, kPassphrase);
    REQUIRE(window.profile() != nullptr);
    window.showHelpNow();
    auto* crisis = child<CrisisScreen>(&window, "crisisScreen");
    REQUIRE(crisis->session() == window.session());
    REQUIRE(waitUntil([&] { return window.profile() == nullptr; }, 5000));
    CHECK(window.currentScreen() == crisis);
    CHECK(crisis->session() == nullptr);
    Q_EMIT crisis->leaveRequested();
    CHECK(window.currentScreen()->objectName().toStdString() == "unlockScreen");
}

TEST_CASE("Keyboard reach and accessible names on every foundation screen", "[foundation]") {
    TempProfile tmp;
    auto window = openWindow(tmp.paths());
    requireAccessibleNames(window.get());
    requireTabOrder({QStringLiteral("regionBox"), QStringLiteral("beginButton")});
    auto* setup = child<SetupScreen>(window.get(), "setupScreen");
    child<QPushButton>(setup, "beginButton")->click();
    requireAccessibleNames(setup);
    requireTabOrder({QStringLiteral("newPassphraseEdit"), QStringLiteral("confirmPassphraseEdit"),
                     QStringLiteral("continueButton"), QStringLiteral("backButton")});
    window.reset();

    makeProfile(tmp.paths(), kPassphrase);
    window = openWindow(tmp.paths());
    requireAccessibleNames(window.get());
    requireTabOrder({QStringLiteral("passphraseEdit"), QStringLiteral("unlockButton"),
                     QStringLiteral("useRecoveryButton"), QStringLiteral("helpNowButton")});
    typePassphraseAndUnlock(*window, kPassphrase);
    requireAccessibleNames(window.get());
    requireTabOrder({QStringLiteral("helpTile"), QStringLiteral("settingsTile"), QStringLiteral("helpNowButton"),
                     QStringLiteral("lockButton")});
    window->showSettings();
    requireAccessibleNames(window.get());
    requireTabOrder({QStringLiteral("currentPassphraseEdit"), QStringLiteral("newPassphraseEdit"),
                     QStringLiteral("confirmPassphraseEdit"), QStringLiteral("changePassphraseButton"),
                     QStringLiteral("regionBox"), QStringLiteral("lockContactName"), QStringLiteral("lockContactPhone"),
                     QStringLiteral("lockContactAdd"), QStringLiteral("textSizeBox"), QStringLiteral("themeBox"),
                     QStringLiteral("reduceMotionCheck"), QStringLiteral("neutralTitleCheck"),
                     QStringLiteral("idleLockBox"), QStringLiteral("backButton")});
    // English has no plural catalogue: a "%n minute(s)" would show its brackets as written.
    for (auto* box : window->currentScreen()->findChildren<QComboBox*>())
        for (int i = 0; i < box->count(); ++i) CHECK_FALSE(box->itemText(i).contains(QStringLiteral("(s)")));
    // Tab went on from "Back" to the window's own buttons; Esc is the screen's key, pressed in it.
    window->currentScreen()->findChild<QPushButton*>(QStringLiteral("backButton"))->setFocus();
    QTest::keyClick(focused(), Qt::Key_Escape);
    CHECK(window->currentScreen()->objectName().toStdString() == "homeScreen");
}

TEST_CASE("Text size and colours from settings apply to the whole application", "[foundation]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    Appearance::apply(100, ProfileSettings::Theme::Light);
    const qreal normal = QApplication::font().pointSizeF();
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    window->showSettings();
    auto* size = child<QComboBox>(window.get(), "textSizeBox");
    size->setCurrentIndex(size->findData(200));
    Q_EMIT size->activated(size->currentIndex());
    CHECK(QApplication::font().pointSizeF() == Approx(normal * 2));
    // ...and reaches the widgets already on screen, not only new ones.
    CHECK(child<QLabel>(window.get(), "textSizeLabel")->font().pointSizeF() == Approx(normal * 2));
    CHECK(child<QLabel>(window.get(), "heading")->font().pointSizeF() > normal * 2);
    CHECK(ProfileSettings(tmp.paths()).textScalePercent() == 200);
    auto* theme = child<QComboBox>(window.get(), "themeBox");
    theme->setCurrentIndex(theme->findData(int(ProfileSettings::Theme::Dark)));
    Q_EMIT theme->activated(theme->currentIndex());
    CHECK(Appearance::isDark());
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 100);
    CHECK(window->palette().color(QPalette::Window).lightness() < 100);
    CHECK(ProfileSettings(tmp.paths()).theme() == ProfileSettings::Theme::Dark);
    Appearance::apply(100, ProfileSettings::Theme::Light);
}
