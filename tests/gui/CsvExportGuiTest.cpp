// File > Journal as a spreadsheet (CSV)…: the plain warning first, then the file.
#include "FoundationDriver.h"
#include "gui/common/DialogHooks.h"
#include "gui/exchange/CsvExportDialog.h"
#include "support/ExchangeSamples.h"
#include "support/Screenshot.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::foundation;
using namespace mooring::test;
using namespace Qt::StringLiterals;

TEST_CASE("The journal as a spreadsheet is saved only after the warning is understood", "[exchange][gui][csv]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    QTemporaryDir files;
    const QString file = files.filePath(u"journal.csv"_s);

    OpenProfile p;
    fillRichProfile(p);
    p.profile.reset();
    p.settings.reset();
    auto window = openWindow(p.dir.paths());
    typePassphraseAndUnlock(*window, u"sample passphrase"_s);
    REQUIRE(waitUntil([&] { return window->menuBar()->isVisible(); }));

    child<QAction>(window.get(), "csvExportAction")->trigger();
    auto* dialog = child<CsvExportDialog>(window.get(), "csvExportDialog");
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    CHECK(child<QLabel>(dialog, "csvWarning")->isVisible());
    CHECK(child<QLabel>(dialog, "csvWarning")->text().contains(u"anyone who opens it can read everything"_s));
    auto* save = child<QPushButton>(dialog, "csvSave");
    CHECK_FALSE(save->isEnabled());
    saveScreenshot(dialog, u"exchange-csv-export"_s);

    child<QCheckBox>(dialog, "csvUnderstood")->click();
    REQUIRE(save->isEnabled());
    DialogHooks::queueFileName(QString());  // the file dialog cancelled: nothing written, still open
    save->click();
    CHECK(dialog->isVisible());
    CHECK_FALSE(QFileInfo::exists(file));

    DialogHooks::queueFileName(file);
    save->click();
    REQUIRE(waitUntil([&] { return !window->findChild<CsvExportDialog*>(); }));
    REQUIRE(QFileInfo::exists(file));
    CHECK(fileMode(file) == 0600);
    const QByteArray csv = fileBytes(file);
    CHECK(csv.startsWith("\xEF\xBB\xBFid,occurred_at,urge,"));
    CHECK(csv.count("\r\n") >= 4);  // the header and the rich profile's three entries
    CHECK(DialogHooks::shownMessages().constLast().contains(u"journal is saved"_s));
    DialogHooks::reset();
}
