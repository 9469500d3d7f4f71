// Walks every screen and dialog there is and lists each control a screen reader could not
// name or Tab could not reach (docs/design.md, "What 'done' means for a change").
#include "AccessibilityWalk.h"
#include "FoundationDriver.h"

#include "domain/Contact.h"
#include "domain/Helpline.h"
#include "exchange/SampleProfile.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/HelplineEditDialog.h"
#include "gui/exchange/ExportDialog.h"
#include "gui/exchange/ImportDialog.h"
#include "gui/journal/JournalScreen.h"
#include "gui/main/MainWindow.h"
#include "gui/plan/ContactDialog.h"
#include "gui/plan/HistoryDialog.h"
#include "gui/plan/SaveNoteDialog.h"
#include "gui/setup/SetupScreen.h"
#include "storage/JournalStore.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "storage/UnlockedProfile.h"
#include "support/TempProfile.h"

#include <QDialog>

#include <catch2/catch.hpp>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"quiet harbour at dawn"_s;

// A dialog is walked shown (as a person meets it), then closed without answering.
void walkDialog(test::AccessibilityWalk& walk, QStringList& problems, QDialog& dialog, const QString& name) {
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    problems << walk.walk(&dialog, name);
    dialog.reject();
}

}  // namespace

TEST_CASE("Every control on every screen has a name a screen reader can say and is reached by Tab",
          "[gui][accessibility]") {
    test::TempProfile temp;
    std::unique_ptr<MainWindow> window = openWindow(temp.paths());
    test::AccessibilityWalk walk;
    QStringList problems;
    auto walkScreen = [&](const QString& name) {
        QApplication::processEvents();
        problems << walk.walk(window->currentScreen(), name);
    };

    // First start: the setup, page by page, as completeSetup() drives it.
    problems << walk.walk(window.get(), u"window"_s);
    auto* setup = child<SetupScreen>(window.get(), "setupScreen");
    walkScreen(u"setup (welcome)"_s);
    pressEnter();
    REQUIRE(setup->step() == SetupScreen::Step::Passphrase);
    walkScreen(u"setup (passphrase)"_s);
    window.reset();
    // The rest of setup needs a real key derivation; the pages were all walked above, as
    // pages of a stack count as reachable. A made profile is opened the usual way.
    makeProfile(temp.paths(), kPassphrase);
    window = openWindow(temp.paths());
    walkScreen(u"unlock"_s);
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    // Something in every list, so the views and their rows are as a person sees them.
    SampleProfile::fill(window->profile()->database(), QDateTime::currentDateTime());
    problems << walk.walk(window.get(), u"window (unlocked)"_s);

    window->showHome();
    walkScreen(u"home"_s);
    window->showToolbox();
    walkScreen(u"toolbox"_s);
    window->showPlan();
    walkScreen(u"plan editor"_s);
    window->showJournal();
    walkScreen(u"journal list"_s);
    JournalStore journal(window->profile()->database());
    const QList<JournalEntry> entries =
        journal.entriesBetween(QDateTime::currentDateTime().addDays(-60), QDateTime::currentDateTime().addDays(1));
    REQUIRE_FALSE(entries.isEmpty());
    auto* journalScreen = child<JournalScreen>(window.get(), "journalScreen");
    journalScreen->openEntry(entries.first().id);
    walkScreen(u"journal editor"_s);
    journalScreen->showList();
    window->showSettings();
    walkScreen(u"settings"_s);
    window->showReview();
    walkScreen(u"weekly review"_s);
    window->showLibrary();
    walkScreen(u"library"_s);
    window->showRecovery();
    walkScreen(u"recovery"_s);
    window->showSetback(entries.first().id);
    walkScreen(u"setback"_s);

    window->showHelpNow();
    auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
    for (const auto& [panel, name] : {std::pair{CrisisScreen::Panel::Start, u"start"_s},
                                      {CrisisScreen::Panel::Breathe, u"breathe"_s},
                                      {CrisisScreen::Panel::Ground, u"ground"_s},
                                      {CrisisScreen::Panel::RideOut, u"urge timer"_s},
                                      {CrisisScreen::Panel::Talk, u"helplines"_s},
                                      {CrisisScreen::Panel::TryIdea, u"try an idea"_s},
                                      {CrisisScreen::Panel::Plan, u"my plan"_s}}) {
        crisis->showPanel(panel);
        problems << walk.walk(crisis, u"crisis (%1)"_s.arg(name));
    }

    {
        SafetyPlanStore plans(window->profile()->database());
        HistoryDialog history(plans, window.get());
        walkDialog(walk, problems, history, u"plan history"_s);
    }
    {
        ContactDialog contact(Contact{}, window.get());
        walkDialog(walk, problems, contact, u"contact"_s);
    }
    {
        SaveNoteDialog note(window.get());
        walkDialog(walk, problems, note, u"save note"_s);
    }
    {
        const QList<Helpline> helplines = Helpline::builtins(u"UK"_s);
        REQUIRE_FALSE(helplines.isEmpty());
        HelplineEditDialog helpline(helplines.first(), window.get());
        walkDialog(walk, problems, helpline, u"helpline"_s);
    }
    {
        ExportDialog exportDialog(*window->session(), window->settings(),
                                  ProfileAccess{temp.paths(), Argon2Params::forTests()}, window.get());
        walkDialog(walk, problems, exportDialog, u"export"_s);
    }
    {
        ImportDialog importDialog(*window->session(), temp.dir() + u"/none.json"_s, window.get());
        walkDialog(walk, problems, importDialog, u"import"_s);
    }

    INFO(walk.controlsChecked() << " controls checked; problems:\n" << problems.join(u'\n').toStdString());
    CHECK(walk.controlsChecked() > 100);
    CHECK(problems.isEmpty());
}
