// File > Export… (protected) in one profile, File > Import… into a fresh one through the
// preview, the way a person would; screenshots of both dialogs.
#include "FoundationDriver.h"
#include "exchange/Importer.h"
#include "gui/common/DialogHooks.h"
#include "gui/common/NewPassphraseForm.h"
#include "gui/exchange/ExportDialog.h"
#include "gui/exchange/ImportDialog.h"
#include "storage/JournalStore.h"
#include "storage/SafetyPlanStore.h"
#include "storage/UnlockedProfile.h"
#include "support/ExchangeSamples.h"
#include "support/Screenshot.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::foundation;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"sample passphrase"_s;  // ExchangeSamples' OpenProfile
const QString kExportPassphrase = u"seven quiet boats in the harbour"_s;

// A profile filled in-process, then closed so the window can open it.
ProfilePaths closedProfile(OpenProfile& p, bool rich) {
    if (rich) fillRichProfile(p);
    p.profile.reset();
    p.settings.reset();
    return p.dir.paths();
}

QAction* action(MainWindow& window, const char* name) { return child<QAction>(&window, name); }

}  // namespace

TEST_CASE("Export protected from the File menu, import it into a fresh profile through the preview",
          "[exchange][gui]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    QTemporaryDir files;
    const QString file = files.filePath(u"moving.mooring"_s);

    OpenProfile source;
    {
        auto window = openWindow(closedProfile(source, true));
        CHECK_FALSE(window->menuBar()->isVisible());  // nothing to export before unlocking
        typePassphraseAndUnlock(*window, kPassphrase);
        REQUIRE(waitUntil([&] { return window->menuBar()->isVisible(); }));

        action(*window, "exportAction")->trigger();
        auto* dialog = child<ExportDialog>(window.get(), "exportDialog");
        REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
        CHECK(child<QRadioButton>(dialog, "exportProtected")->isChecked());
        CHECK(child<QRadioButton>(dialog, "exportWhole")->isChecked());

        // Readable needs the plain warning understood first.
        child<QRadioButton>(dialog, "exportReadable")->click();
        CHECK_FALSE(child<QPushButton>(dialog, "exportSave")->isEnabled());
        saveScreenshot(dialog, u"exchange-export-readable"_s);
        child<QCheckBox>(dialog, "exportUnderstood")->click();
        CHECK(child<QPushButton>(dialog, "exportSave")->isEnabled());
        child<QRadioButton>(dialog, "exportProtected")->click();

        auto* form = child<NewPassphraseForm>(dialog, "exportPassphrase");
        QTest::keyClicks(form->firstField(), kExportPassphrase);
        QTest::keyClicks(form->confirmField(), kExportPassphrase);
        saveScreenshot(dialog, u"exchange-export"_s);
        DialogHooks::queueFileName(file);
        child<QPushButton>(dialog, "exportSave")->click();
        REQUIRE(waitUntil([&] { return QFileInfo::exists(file) && !window->findChild<ExportDialog*>(); }));
        CHECK(Importer::formOf(fileBytes(file)) == Importer::Form::Protected);
        CHECK(fileMode(file) == 0600);
    }

    OpenProfile target;
    auto window = openWindow(closedProfile(target, false));
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(waitUntil([&] { return window->menuBar()->isVisible(); }));
    DialogHooks::queueFileName(file);
    action(*window, "importAction")->trigger();
    auto* dialog = child<ImportDialog>(window.get(), "importDialog");
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));

    // A wrong passphrase first: said kindly, nothing written.
    QTest::keyClicks(child<QLineEdit>(dialog, "importPassphrase"), u"not the one"_s);
    QTest::keyClick(child<QLineEdit>(dialog, "importPassphrase"), Qt::Key_Return);
    auto* open = child<QPushButton>(dialog, "importOpen");
    REQUIRE(waitUntil([&] { return open->isEnabled(); }));
    CHECK(JournalStore(window->profile()->database()).count() == 0);

    QTest::keyClicks(child<QLineEdit>(dialog, "importPassphrase"), kExportPassphrase);
    QTest::keyClick(child<QLineEdit>(dialog, "importPassphrase"), Qt::Key_Return);
    auto* preview = child<QLabel>(dialog, "importPreview");
    REQUIRE(waitUntil([&] { return preview->isVisible(); }));
    CHECK(preview->text().contains(u"3 plan versions"_s));
    CHECK(preview->text().contains(u"3 journal entries"_s));
    CHECK(JournalStore(window->profile()->database()).count() == 0);  // nothing written before "Import"
    saveScreenshot(dialog, u"exchange-import-preview"_s);

    child<QPushButton>(dialog, "importNow")->click();
    REQUIRE(waitUntil([&] { return !window->findChild<ImportDialog*>(); }));
    CHECK(JournalStore(window->profile()->database()).count() == 3);
    CHECK(SafetyPlanStore(window->profile()->database()).count() == 3);
    DialogHooks::reset();
}
