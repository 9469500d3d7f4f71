// The settings screen, open while File > Import… runs, shows what the import changed (the
// region that came with the file, the backup made first) without being built again, and
// a passphrase being typed there stays as it is.
#include "FoundationDriver.h"

#include "exchange/Exporter.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/RegionBox.h"
#include "gui/exchange/ImportDialog.h"
#include "gui/settings/SettingsScreen.h"
#include "storage/ProfileSettings.h"
#include "support/ExchangeSamples.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::foundation;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("An import shows in the open settings screen; the passphrase being typed stays",
          "[exchange][settings][gui]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    QTemporaryDir files;
    const QString file = files.filePath(u"moving.json"_s);
    {
        OpenProfile source;
        fillRichProfile(source);  // its region is the UK
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(Exporter(source.db(), *source.settings).readable(ExportContent::Full));
    }

    OpenProfile target;  // no region chosen yet
    target.profile.reset();
    target.settings.reset();
    auto window = openWindow(target.dir.paths());
    typePassphraseAndUnlock(*window, u"sample passphrase"_s);
    REQUIRE(window->settings().region().isEmpty());

    window->showSettings();
    QPointer<SettingsScreen> settings = child<SettingsScreen>(window.get(), "settingsScreen");
    auto* region = child<RegionBox>(settings, "regionBox");
    auto* backups = child<QListWidget>(settings, "backupsList");
    const int backupsBefore = backups->count();
    REQUIRE(region->region().isEmpty());
    auto* current = child<QLineEdit>(settings, "currentPassphraseEdit");
    current->setFocus();
    type(u"half typed"_s);

    DialogHooks::queueFileName(file);
    child<QAction>(window.get(), "importAction")->trigger();
    auto* dialog = child<ImportDialog>(window.get(), "importDialog");
    REQUIRE(waitUntil([&] { return child<QLabel>(dialog, "importPreview")->isVisible(); }));
    child<QPushButton>(dialog, "importNow")->click();
    REQUIRE(waitUntil([&] { return !window->findChild<ImportDialog*>(); }));
    REQUIRE(waitUntil([&] { return window->settings().region() == u"UK"_s && region->region() == u"UK"_s; }));

    window->showSettings();
    REQUIRE(settings);  // the same screen, read again, not built again
    CHECK(window->currentScreen() == settings);
    CHECK(region->region() == u"UK"_s);
    REQUIRE(backups->count() == backupsBefore + 1);
    CHECK(backups->item(0)->text().contains(u"before an import"_s));
    CHECK(current->text() == u"half typed"_s);
    DialogHooks::reset();
}
