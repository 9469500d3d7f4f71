#include "FoundationDriver.h"
#include "ScreenshotLooks.h"

#include "gui/common/DialogHooks.h"
#include "gui/common/MessageBanner.h"
#include "gui/main/MainWindow.h"
#include "gui/settings/BackupsSection.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/UnlockedProfile.h"
#include "support/JournalSamples.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::foundation;
using mooring::test::TempProfile;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"harbour lights at dusk"_s;

std::size_t backupCount(const ProfilePaths& paths) { return Backups(paths).list().size(); }

int journalCount(MainWindow& window) { return JournalStore(window.profile()->database()).count(); }

void addEntry(MainWindow& window, const QString& situation) {
    JournalStore(window.profile()->database())
        .add(mooring::test::quickEntry(QDateTime(QDate(2026, 11, 20), QTime(9, 30)), 3, situation));
}

}  // namespace

TEST_CASE("Backups: a daily one on unlocking; 'Back up now'; restoring an earlier one through settings",
          "[backups][gui]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kPassphrase);

    // The day's first unlock makes a daily backup, off the GUI thread.
    REQUIRE(waitUntil([&] { return backupCount(tmp.paths()) == 1; }));
    CHECK(Backups(tmp.paths()).list()[0].kind == BackupKind::Daily);

    addEntry(*window, u"written after the daily backup"_s);
    REQUIRE(journalCount(*window) == 1);

    window->showSettings();
    auto* section = child<BackupsSection>(window.get(), "backupsSection");
    auto* list = child<QListWidget>(section, "backupsList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(u"first unlock"_s));

    // "Back up now" by keyboard: the list grows by one, newest first.
    auto* backUp = child<QPushButton>(section, "backUpNowButton");
    backUp->setFocus();
    QTest::keyClick(backUp, Qt::Key_Space);
    REQUIRE(waitUntil([&] { return !section->isBusy() && list->count() == 2; }));
    CHECK(list->item(0)->text().contains(u"you asked"_s));
    CHECK(child<MessageBanner>(section, "backupsBanner")->tone() == MessageBanner::Tone::Info);

    for (const mooring::test::Look& look : mooring::test::screenshotLooks()) {
        Appearance::apply(look.percent, look.theme);
        QCoreApplication::processEvents();
        child<QWidget>(window.get(), "settingsScreen")->findChild<QScrollArea*>()->ensureWidgetVisible(section);
        QCoreApplication::processEvents();
        mooring::test::saveScreenshot(window.get(), u"settings-backups"_s + look.suffix);
        mooring::test::saveScreenshot(section, u"settings-backups-section"_s + look.suffix);
    }
    Appearance::apply(100, ProfileSettings::Theme::System);

    // Choosing the daily one (second row) and answering "Cancel" changes nothing.
    list->setCurrentRow(1);
    auto* restore = child<QPushButton>(section, "restoreButton");
    DialogHooks::queueAnswer(QMessageBox::Cancel);
    QTest::mouseClick(restore, Qt::LeftButton);
    REQUIRE(window->profile() != nullptr);
    CHECK(DialogHooks::shownMessages().last().contains(u"saved as a backup of its own"_s));

    // "Yes": Mooring locks, puts the daily backup back, and asks for the passphrase.
    DialogHooks::queueAnswer(QMessageBox::Yes);
    QTest::mouseClick(restore, Qt::LeftButton);
    REQUIRE(window->profile() == nullptr);
    auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
    REQUIRE(window->currentScreen() == unlock);
    CHECK(unlock->problem().contains(u"back in place"_s));
    mooring::test::saveScreenshot(window.get(), u"settings-backups-restored-100-light"_s);

    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    CHECK(journalCount(*window) == 0);  // the earlier state

    const auto backups = Backups(tmp.paths()).list();
    REQUIRE(backups.size() == 3);  // no second daily on the same day; the state before restoring kept
    CHECK(backups[0].kind == BackupKind::BeforeRisky);
    CHECK(backups[0].reason == u"restore"_s);
    window->showSettings();
    CHECK(child<QListWidget>(window.get(), "backupsList")->item(0)->text().contains(u"before a restore"_s));
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
}
