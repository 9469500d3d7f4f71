// Screenshots of the setback pages: the setback panel, the reflection, the recovery page and two
// library pages, in every look (MOORING_SCREENSHOTS); 200 % text in the dark palette is
// the one to read closely.
#include "FoundationDriver.h"
#include "ScreenshotLooks.h"

#include "domain/Contact.h"
#include "gui/library/LibraryScreen.h"
#include "gui/recovery/RecoveryScreen.h"
#include "gui/setback/ReflectionEditor.h"
#include "gui/setback/SetbackPanel.h"
#include "storage/ContactStore.h"
#include "storage/ProfileSettings.h"
#include "storage/SafetyPlanStore.h"
#include "storage/SetbackReflectionStore.h"
#include "storage/UnlockedProfile.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextBrowser>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

TEST_CASE("Screenshots: setback panel, reflection, recovery page, library pages", "[setback][screenshots][gui]") {
    test::TempProfile folder;
    const QString passphrase = u"a calm harbour at dusk"_s;
    makeProfile(folder.paths(), passphrase);
    auto window = openWindow(folder.paths(), QSize(960, 760));
    window->settings().setRegion(u"UK"_s);
    window->settings().save();

    test::forEachLook([&](const test::Look& look) {
        window->showLibrary();
        auto* library = child<LibraryScreen>(window.get(), "libraryScreen");
        library->showList();
        QApplication::processEvents();
        test::saveScreenshot(window.get(), u"library-list"_s + look.suffix);
        for (const QString& id : {u"after-a-setback"_s, u"family-friends"_s}) {
            library->openPage(id);
            QApplication::processEvents();
            test::saveScreenshot(window.get(), u"library-"_s + id + look.suffix);
        }
    });

    child<QPushButton>(window.get(), "libraryBack")->click();  // back to the lock screen
    typePassphraseAndUnlock(*window, passphrase);
    REQUIRE(window->profile() != nullptr);
    Database& db = window->profile()->database();
    SafetyPlan plan;
    plan.items(PlanSection::WarningSigns) = {u"I stop answering messages"_s};
    SafetyPlanStore(db).save(plan, {});
    const QList<std::pair<QString, QString>> people{{u"Sam"_s, u"07700 900123"_s}, {u"Aunt Jo"_s, u"07700 900456"_s}};
    for (const auto& [name, phone] : people) {
        Contact c;
        c.name = name;
        c.phone = phone;
        ContactStore(db).add(c);
    }

    SetbackReflectionStore reflections(db);
    SetbackReflection spring;
    spring.before = u"Exams, and not sleeping much for a week."_s;
    reflections.save(spring);
    SetbackReflection summer;
    summer.entryId = u"an-entry-in-summer"_s;
    summer.tried = u"Called Sam, then a cold glass of water and a film."_s;
    reflections.save(summer);

    test::forEachLook([&](const test::Look& look) {
        window->showSetback();
        auto* panel = child<SetbackPanel>(window.get(), "setbackPanel");
        panel->showFirstPage();
        QApplication::processEvents();
        test::saveScreenshot(window.get(), u"setback-panel"_s + look.suffix);
        panel->showReflection();
        ReflectionEditor* editor = panel->reflectionEditor();
        editor->field(ReflectionEditor::Question::Before)->setPlainText(u"A long day, then an argument at dinner."_s);
        editor->field(ReflectionEditor::Question::WarningSigns)
            ->setPlainText(u"I stayed in my room\nI stopped answering messages"_s);
        QApplication::processEvents();
        test::saveScreenshot(window.get(), u"setback-reflection"_s + look.suffix);
        panel->showEarlierReflections();
        QApplication::processEvents();
        test::saveScreenshot(window.get(), u"setback-earlier"_s + look.suffix);
        panel->showFirstPage();

        window->showRecovery();
        auto* recovery = child<RecoveryScreen>(window.get(), "recoveryScreen");
        recovery->choosePlace(RecoveryPlace::Learning);
        QApplication::processEvents();
        test::saveScreenshot(window.get(), u"recovery"_s + look.suffix);
    });
}
