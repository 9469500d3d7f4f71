// Gentle reminders in the real window: turned on in settings, shown through the tray when
// their time comes (a stand-in tray: the offscreen platform has none), and a click that
// opens the check-in, through the unlock screen when locked; the tray's menu; "Start
// Mooring in the tray when I log in"; and what settings says on a desktop without a tray.
#include "FoundationDriver.h"

#include "gui/checkin/CheckInScreen.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/common/TrayIcon.h"
#include "gui/main/TrayReminders.h"
#include "gui/review/ReviewScreen.h"
#include "storage/AutostartEntry.h"
#include "storage/ProfileSettings.h"
#include "support/TempProfile.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a calm harbour at dusk"_s;

struct Shown {
    QString title;
    QString body;
};

// The tray as tests see it: whether the icon is there and every notification shown.
class FakeTray : public TrayIcon {
public:
    explicit FakeTray(QList<Shown>& shown) : m_shown(shown) {}
    void setIcon(const QIcon&) override {}
    void setToolTip(const QString& text) override { toolTip = text; }
    void setContextMenu(QMenu* menu) override { this->menu = menu; }
    void setVisible(bool visible) override { m_visible = visible; }
    bool isVisible() const override { return m_visible; }
    void showMessage(const QString& title, const QString& body) override { m_shown.append({title, body}); }

    QString toolTip;
    QMenu* menu = nullptr;

private:
    QList<Shown>& m_shown;
    bool m_visible = false;
};

// A desktop with a tray and an autostart folder of its own, for one test.
class TrayDesktop {
public:
    explicit TrayDesktop(bool withTray = true) : m_oldConfig(qgetenv("XDG_CONFIG_HOME")) {
        REQUIRE(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        if (withTray) {
            TrayIcon::useForTests([this] {
                auto icon = std::make_unique<FakeTray>(shown);
                last = icon.get();
                return icon;
            });
        }
    }
    ~TrayDesktop() {
        TrayIcon::useForTests({});
        qputenv("XDG_CONFIG_HOME", m_oldConfig);
    }
    QString configDir() const { return m_config.path(); }

    QList<Shown> shown;
    FakeTray* last = nullptr;  // the icon made last (it is gone once the tray is turned off)

private:
    QByteArray m_oldConfig;
    QTemporaryDir m_config;
};

// The window as the program makes it, with the time reminders go by given by the test.
std::unique_ptr<MainWindow> openWindowAt(const ProfilePaths& paths, Clock clock) {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    MainWindowOptions options = foundationOptions(paths);
    options.reminderClock = std::move(clock);
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->resize(900, 720);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

// A check box is turned on or off as by keyboard: focus, then Space.
void toggle(QCheckBox* box) {
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

// The time reminders go by: set by the test, running on from there as real time does.
class TestClock {
public:
    TestClock() { set(QDateTime(QDate(2026, 12, 7), QTime(18, 59, 59))); }  // a Monday
    void set(const QDateTime& at) {
        m_state->base = at;
        m_state->since.start();
    }
    Clock clock() const {
        return [state = m_state] { return state->base.addMSecs(state->since.elapsed()); };
    }

private:
    struct State {
        QDateTime base;
        QElapsedTimer since;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

}  // namespace

TEST_CASE("A check-in reminder comes at its time and its click opens the check-in, after unlocking",
          "[reminders][gui]") {
    TrayDesktop desktop;
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    TestClock time;
    auto window = openWindowAt(folder.paths(), time.clock());
    CHECK_FALSE(window->tray().iconShown());  // nothing in the panel until asked for
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);

    window->showSettings();
    auto* checkIn = child<QCheckBox>(window.get(), "checkInReminderCheck");
    REQUIRE(checkIn->isEnabled());
    CHECK_FALSE(checkIn->isChecked());
    // An hour before the reminder's time: the steps below must not reach it, however slowly
    // they run (under a sanitizer on a busy machine, a second did not suffice).
    time.set(QDateTime(QDate(2026, 12, 7), QTime(18, 0)));
    toggle(checkIn);
    REQUIRE(checkIn->isChecked());
    // Turned on with no day chosen: every day, at seven in the evening.
    for (int day = 1; day <= 7; ++day)
        CHECK(child<QCheckBox>(window.get(), u"reminderDay%1"_s.arg(day).toLatin1().constData())->isChecked());
    QSettings ini(folder.paths().settings(), QSettings::IniFormat);
    CHECK(ini.value(u"reminders/checkIn"_s).toBool());
    CHECK(ini.value(u"reminders/checkInDays"_s).toString() == u"1,2,3,4,5,6,7"_s);
    REQUIRE(window->tray().iconShown());
    REQUIRE(desktop.last != nullptr);
    CHECK(desktop.last->toolTip == u"Mooring"_s);

    // A week's pause from settings, and back again, by keyboard.
    auto* pause = child<QPushButton>(window.get(), "remindersPauseButton");
    auto* paused = child<QLabel>(window.get(), "remindersPausedNote");
    REQUIRE(pause->isEnabled());
    CHECK_FALSE(paused->isVisibleTo(window.get()));
    pause->setFocus();
    QTest::keyClick(pause, Qt::Key_Space);
    CHECK(ProfileSettings(folder.paths()).reminderPlan().quietUntil == QDate::currentDate().addDays(7));
    CHECK(paused->isVisibleTo(window.get()));
    CHECK(paused->text().startsWith(u"Reminders are resting until "_s));
    QTest::keyClick(pause, Qt::Key_Space);
    CHECK_FALSE(ProfileSettings(folder.paths()).reminderPlan().quietUntil.isValid());
    CHECK_FALSE(paused->isVisibleTo(window.get()));
    time.set(QDateTime(QDate(2026, 12, 7), QTime(18, 59, 59)));

    // Its time comes on the clock; the timer shows it, once. (Its wait was planned on the
    // clock of the last change; a look now plans it again from the new time.)
    QSignalSpy reminded(&window->tray(), &TrayReminders::reminderShown);
    window->tray().check();
    CHECK(reminded.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return reminded.count() > 0; }, 10000));
    REQUIRE(desktop.shown.size() == 1);
    CHECK(desktop.shown.first().title == u"Mooring"_s);
    CHECK(desktop.shown.first().body == u"A moment to check in, if you would like to."_s);
    window->tray().check();
    CHECK(desktop.shown.size() == 1);

    // Clicked while locked: the unlock screen first, then the check-in.
    window->lockNow();
    REQUIRE(window->profile() == nullptr);
    Q_EMIT desktop.last->messageClicked();
    REQUIRE(window->currentScreen()->objectName() == u"unlockScreen"_s);
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(QTest::qWaitFor([&] { return qobject_cast<CheckInScreen*>(window->currentScreen()) != nullptr; }));

    // Unlocked already: straight there, from the tray's menu too.
    window->showHome();
    REQUIRE(desktop.last->menu != nullptr);
    desktop.last->menu->findChild<QAction*>(u"trayCheckIn"_s)->trigger();
    CHECK(qobject_cast<CheckInScreen*>(window->currentScreen()) != nullptr);
}

TEST_CASE("The week's reminder opens My week, and the tray's menu helps without unlocking", "[reminders][gui]") {
    TrayDesktop desktop;
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    {
        ProfileSettings settings(folder.paths());
        ReminderPlan plan;
        plan.weeklyReview = true;
        plan.reviewDay = Qt::Monday;
        plan.reviewTime = QTime(19, 0);
        settings.setReminderPlan(plan);
        settings.setNeutralWindowTitle(true);
        settings.save();
    }
    TestClock time;
    auto window = openWindowAt(folder.paths(), time.clock());
    REQUIRE(window->tray().iconShown());  // reminders were chosen: the icon is there while locked
    QSignalSpy reminded(&window->tray(), &TrayReminders::reminderShown);
    REQUIRE(QTest::qWaitFor([&] { return reminded.count() > 0; }, 10000));
    REQUIRE(desktop.shown.size() == 1);
    CHECK(desktop.shown.first().title == u"Notes"_s);  // the plain title the person chose
    CHECK(desktop.shown.first().body == u"A moment to look back at your week, if you would like to."_s);

    // "I need help now" needs no passphrase.
    QMenu* menu = desktop.last->menu;
    REQUIRE(menu != nullptr);
    menu->findChild<QAction*>(u"trayHelpNow"_s)->trigger();
    REQUIRE(window->currentScreen()->objectName() == u"crisisScreen"_s);
    CHECK(window->profile() == nullptr);

    // Clicked from the help screen while locked: back to the unlock screen, then My week.
    Q_EMIT desktop.last->messageClicked();
    CHECK(window->profile() == nullptr);
    child<QPushButton>(window->currentScreen(), "crisisBack")->click();
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(QTest::qWaitFor([&] { return qobject_cast<ReviewScreen*>(window->currentScreen()) != nullptr; }));

    // A week's pause, from the menu: kept in settings.ini, and nothing is shown meanwhile.
    QAction* pause = menu->findChild<QAction*>(u"trayPause"_s);
    REQUIRE(pause->isEnabled());
    pause->trigger();
    CHECK(ProfileSettings(folder.paths()).reminderPlan().quietUntil == QDate(2026, 12, 14));
    CHECK_FALSE(pause->isEnabled());
}

TEST_CASE("Starting in the tray at log-in writes an autostart entry, and turning it off removes it",
          "[reminders][gui]") {
    TrayDesktop desktop;
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    window->showSettings();
    auto* startInTray = child<QCheckBox>(window.get(), "startInTrayCheck");
    REQUIRE(startInTray->isEnabled());
    CHECK_FALSE(startInTray->isChecked());
    const QString entry = desktop.configDir() + u"/autostart/org.mooring.Mooring.desktop"_s;
    CHECK(AutostartEntry::path() == entry);

    toggle(startInTray);
    REQUIRE(QFile::exists(entry));
    CHECK(window->tray().iconShown());
    QFile file(entry);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(u"[Desktop Entry]\n"_s));
    CHECK(text.contains(u"\nExec="_s + QCoreApplication::applicationFilePath() + u" --profile "_s));
    CHECK(text.contains(u" --tray\n"_s));
    const QString validate = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (!validate.isEmpty()) {
        QProcess check;
        check.start(validate, {entry});
        REQUIRE(check.waitForFinished());
        INFO(check.readAllStandardOutput().toStdString());
        CHECK(check.exitCode() == 0);
    }

    toggle(startInTray);
    CHECK_FALSE(startInTray->isChecked());
    CHECK_FALSE(QFile::exists(entry));
    CHECK_FALSE(window->tray().iconShown());  // nothing else asked for it

    // A folder that cannot be made: a kind message, and the switch goes back.
    QFile blocker(desktop.configDir() + u"/autostart"_s);
    REQUIRE(QDir(desktop.configDir() + u"/autostart"_s).removeRecursively());
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    toggle(startInTray);
    CHECK_FALSE(startInTray->isChecked());
    auto* banner = child<MessageBanner>(window.get(), "remindersBanner");
    CHECK(banner->isVisibleTo(window.get()));
    CHECK(banner->text().contains(u"could not change how it starts"_s));
}

TEST_CASE("Without a tray, settings says reminders need one and that Mooring works fully without them",
          "[reminders][gui]") {
    TrayDesktop desktop(false);
    REQUIRE_FALSE(TrayIcon::available());  // the offscreen platform has none
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    window->showSettings();
    auto* note = child<QLabel>(window.get(), "remindersNoTray");
    CHECK(note->isVisibleTo(window.get()));
    CHECK(note->text().contains(u"Reminders need a tray"_s));
    CHECK(note->text().contains(u"Mooring works fully without them"_s));
    for (const char* name :
         {"checkInReminderCheck", "reminderDay1", "checkInReminderTime", "remindersPauseButton", "startInTrayCheck"})
        CHECK_FALSE(child<QWidget>(window.get(), name)->isEnabled());
    CHECK_FALSE(window->tray().iconShown());
}
