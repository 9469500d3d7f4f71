// "How much room Mooring takes" in settings, and the calm word on the start page when the
// backups take more than a tenth of the free space. On a small tmpfs of its own
// (SmallDisk), so the free space is real and nothing else writes there.
#include "FoundationDriver.h"
#include "ScreenshotLooks.h"

#include "gui/common/Appearance.h"
#include "gui/common/MessageBanner.h"
#include "gui/settings/RoomSection.h"
#include "session/ProfileSession.h"
#include "storage/Backups.h"
#include "support/Screenshot.h"
#include "support/SmallDisk.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStorageInfo>
#include <QTest>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::SmallDisk;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"harbour lights at dusk"_s;

QString inUnits(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat); }

qint64 freeOn(const QString& path) { return QStorageInfo(path).bytesAvailable(); }

QString textOf(const QWidget* root, const char* name) { return child<QLabel>(root, name)->text(); }

// A tmpfs of its own needs root, as CI runs; elsewhere the case says it was skipped.
bool canMountSmallDisk() {
    if (geteuid() == 0) return true;
    WARN("skipped: a tmpfs of its own needs root (CI runs as root)");
    return false;
}

ProfilePaths profileOn(const SmallDisk& disk) {
    INFO(disk.whyNot().toStdString());
    REQUIRE(disk.mounted());
    const ProfilePaths paths(disk.path() + u"/profile"_s);
    makeProfile(paths, kPassphrase);
    return paths;
}

// Unlocks and waits until the day's backup is whole and its job has reported back.
void unlockAndBackUp(MainWindow& window, const ProfilePaths& paths) {
    typePassphraseAndUnlock(window, kPassphrase);
    REQUIRE(waitUntil([&] { return Backups(paths).list().size() == 1 && !window.session()->jobsRunning(); }));
    QCoreApplication::processEvents();  // the job's answer, posted as it ended
}

}  // namespace

TEST_CASE("Settings shows the room the data, the backups and the free space take, again each time it changes",
          "[settings][backups][room][gui]") {
    if (!canMountSmallDisk()) return;
    SmallDisk disk(8);
    const ProfilePaths paths = profileOn(disk);
    auto window = openWindow(paths);
    unlockAndBackUp(*window, paths);
    CHECK_FALSE(child<MessageBanner>(window.get(), "homeNotice")->isVisible());  // 8 MB free: plenty

    window->showSettings();
    auto* section = child<RoomSection>(window.get(), "roomSection");
    REQUIRE(waitUntil([&] { return !section->isMeasuring() && textOf(section, "roomBackups").contains(u'1'); }));
    CHECK(textOf(section, "roomDatabase") == u"Your data: "_s + inUnits(QFileInfo(paths.database()).size()));
    CHECK(textOf(section, "roomBackups") == u"Backups: 1, together "_s + inUnits(Backups(paths).totalBytes()));
    CHECK(textOf(section, "roomFree") == u"Free on this disk: "_s + inUnits(freeOn(paths.dir())));
    CHECK(child<MessageBanner>(section, "roomBanner")->isHidden());

    // "Back up now": the figures follow, without leaving Settings.
    auto* backUp = child<QPushButton>(window.get(), "backUpNowButton");
    backUp->setFocus();
    QTest::keyClick(backUp, Qt::Key_Space);
    REQUIRE(waitUntil([&] { return !section->isMeasuring() && textOf(section, "roomBackups").contains(u'2'); }));
    CHECK(textOf(section, "roomBackups") == u"Backups: 2, together "_s + inUnits(Backups(paths).totalBytes()));
    CHECK(textOf(section, "roomFree") == u"Free on this disk: "_s + inUnits(freeOn(paths.dir())));

    // Leave the disk nearly full: the next look at Settings says so, with the figures, calmly.
    disk.leaveFree(200);
    window->showHome();
    window->showSettings();
    auto* banner = child<MessageBanner>(section, "roomBanner");
    REQUIRE(waitUntil([&] { return !section->isMeasuring() && banner->isVisible(); }));
    CHECK(banner->tone() == MessageBanner::Tone::Info);
    CHECK(banner->text().contains(inUnits(Backups(paths).totalBytes())));
    CHECK(banner->text().contains(inUnits(freeOn(paths.dir()))));
    CHECK(banner->text().contains(u"larger one"_s));

    for (const mooring::test::Look& look : mooring::test::screenshotLooks()) {
        Appearance::apply(look.percent, look.theme);
        QCoreApplication::processEvents();
        child<QWidget>(window.get(), "settingsScreen")->findChild<QScrollArea*>()->ensureWidgetVisible(section);
        QCoreApplication::processEvents();
        mooring::test::saveScreenshot(section, u"settings-room"_s + look.suffix);
    }
    Appearance::apply(100, ProfileSettings::Theme::System);
    window->lockNow();
    disk.unfill();
}

TEST_CASE("After the day's backup, backups over a tenth of the free space are said calmly on the start page",
          "[backups][room][gui]") {
    if (!canMountSmallDisk()) return;
    SmallDisk disk(6);
    const ProfilePaths paths = profileOn(disk);
    disk.leaveFree(700);  // room for the backup, but it will take more than a tenth of what is left
    auto window = openWindow(paths);
    unlockAndBackUp(*window, paths);

    auto* notice = child<MessageBanner>(window.get(), "homeNotice");
    REQUIRE(waitUntil([&] { return notice->isVisible(); }));
    CHECK(window->currentScreen() == child<QWidget>(window.get(), "homeScreen"));
    CHECK(notice->tone() == MessageBanner::Tone::Info);
    const qint64 backups = Backups(paths).totalBytes();
    CHECK(backups * 10 > freeOn(paths.dir()));
    CHECK(notice->text().contains(inUnits(backups)));
    CHECK(notice->text().contains(inUnits(freeOn(paths.dir()))));
    CHECK(notice->text().contains(u"Settings shows how much room Mooring takes."_s));
    CHECK(notice->accessibleName() == notice->text());  // what a screen reader hears as it appears
    mooring::test::saveScreenshot(window.get(), u"home-backups-need-room-100-light"_s);

    // The help screen stays as it is: the word waits on the start page.
    window->showHelpNow();
    CHECK_FALSE(notice->isVisible());
    window->lockNow();
    disk.unfill();
}
