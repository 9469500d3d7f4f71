// After File > Import… every screen that shows saved data shows what was imported, also
// the ones built (and showing an empty profile) before the import: they read it again
// when the session says the import is done, and are not built anew.
#include "FoundationDriver.h"

#include "exchange/Exporter.h"
#include "gui/common/DialogHooks.h"
#include "gui/exchange/ImportDialog.h"
#include "gui/journal/JournalModel.h"
#include "gui/journal/JournalScreen.h"
#include "gui/plan/PlanEditor.h"
#include "storage/JournalStore.h"
#include "storage/UnlockedProfile.h"
#include "support/ExchangeSamples.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QTemporaryDir>

using namespace mooring;
using namespace mooring::foundation;
using namespace mooring::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"sample passphrase"_s;  // ExchangeSamples' OpenProfile

// Every entry id the journal list shows, loading all of its weeks.
QStringList listedEntryIds(JournalScreen& journal) {
    JournalModel* model = journal.model();
    while (model->canFetchMore({})) model->fetchMore({});
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(JournalModel::KindRole).toInt() == int(JournalModel::RowKind::Entry))
            ids << index.data(JournalModel::EntryIdRole).toString();
    }
    return ids;
}

}  // namespace

TEST_CASE("After an import the journal list and the plan show the imported data", "[exchange][gui]") {
    DialogHooks::reset();
    DialogHooks::setTestMode(true);
    QTemporaryDir files;
    const QString file = files.filePath(u"moving.json"_s);
    QStringList importedIds;
    {
        OpenProfile source;
        fillRichProfile(source);
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(Exporter(source.db(), *source.settings).readable(ExportContent::Full));
        for (const JournalEntry& e :
             JournalStore(source.db())
                 .entriesBetween(QDateTime::fromSecsSinceEpoch(0), QDateTime::currentDateTime().addYears(1)))
            importedIds << e.id;
    }
    REQUIRE(importedIds.size() == 3);

    OpenProfile target;
    target.profile.reset();
    target.settings.reset();
    auto window = openWindow(target.dir.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(waitUntil([&] { return window->menuBar()->isVisible(); }));

    // Both screens built while the profile is still empty.
    window->showPlan();
    QPointer<PlanEditor> planBefore = qobject_cast<PlanEditor*>(window->currentScreen());
    REQUIRE(planBefore != nullptr);
    CHECK(planBefore->plan().items(PlanSection::WarningSigns).isEmpty());
    window->showJournal();
    QPointer<JournalScreen> journalBefore = qobject_cast<JournalScreen*>(window->currentScreen());
    REQUIRE(journalBefore != nullptr);
    CHECK(listedEntryIds(*journalBefore).isEmpty());

    DialogHooks::queueFileName(file);
    child<QAction>(window.get(), "importAction")->trigger();
    auto* dialog = child<ImportDialog>(window.get(), "importDialog");
    auto* preview = child<QLabel>(dialog, "importPreview");
    REQUIRE(waitUntil([&] { return preview->isVisible(); }));
    child<QPushButton>(dialog, "importNow")->click();
    REQUIRE(waitUntil([&] { return !window->findChild<ImportDialog*>(); }));
    REQUIRE(JournalStore(window->profile()->database()).count() == 3);
    QCoreApplication::processEvents();                // the session's signals arrive from the event loop
    CHECK(window->currentScreen() == journalBefore);  // the person stays where they were

    window->showJournal();
    auto* journal = qobject_cast<JournalScreen*>(window->currentScreen());
    REQUIRE(journal != nullptr);
    CHECK(journal == journalBefore);
    QStringList listed = listedEntryIds(*journal);
    listed.sort();
    importedIds.sort();
    CHECK(listed == importedIds);

    window->showPlan();
    auto* plan = qobject_cast<PlanEditor*>(window->currentScreen());
    REQUIRE(plan != nullptr);
    CHECK(plan == planBefore);
    CHECK(plan->plan().items(PlanSection::WarningSigns) == QStringList{u"Not sleeping"_s, u"Skipping meals"_s});
    CHECK(plan->plan().items(PlanSection::ReasonsForLiving).contains(u"My cat, Pepper"_s));
    CHECK_FALSE(plan->isDirty());
    DialogHooks::reset();
}
