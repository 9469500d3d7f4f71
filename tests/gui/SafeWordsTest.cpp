// Safe words, in English and in German: the setback page names swallowing and thoughts of
// ending one's life; the urge timer promises no length; the plan asks what could go out of
// easy reach; the journal thanks without "honestly" and never calls an outcome "coping";
// each thing has one name; the library pages, the desktop entry and the sample profile
// say the same.
#include "FoundationDriver.h"

#include "domain/SafetyPlan.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/crisis/TryIdeaPanel.h"
#include "gui/crisis/UrgeTimerPanel.h"
#include "gui/journal/JournalScreen.h"
#include "gui/journal/JournalText.h"
#include "gui/library/LibraryPages.h"
#include "gui/setback/SetbackPanel.h"
#include "gui/toolbox/ToolboxText.h"
#include "storage/ProfileSettings.h"
#include "storage/Translations.h"
#include "support/TempProfile.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"a calm harbour at dusk"_s;

QString repositoryFile(const QString& path) {
    QFile file(QDir(QStringLiteral(MOORING_TEST_DATA)).filePath(u"../../"_s + path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The library in one language: pages are chosen by the default locale when (re)loaded.
struct LibraryIn {
    explicit LibraryIn(QLocale locale) : before() {
        QLocale::setDefault(locale);
        LibraryPages::reload();
    }
    ~LibraryIn() {
        QLocale::setDefault(before);
        LibraryPages::reload();
    }
    QString page(const char* id) const {
        const auto found = LibraryPages::find(QString::fromLatin1(id));
        REQUIRE(found);
        return found->markdown;
    }
    QLocale before;
};

// An unlocked window, region UK, where an entry saved as "I acted on it" opens the
// setback panel. Returns the panel's care text and the journal's note for that outcome.
struct ActedEntry {
    QString care;
    QString kind;
    QString note;
    QString copedLabel;
    QString actedLabel;
};

ActedEntry saveActedEntry() {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    window->settings().setRegion(u"UK"_s);
    window->settings().save();
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    window->newJournalEntry();
    auto* journal = child<JournalScreen>(window.get(), "journalScreen");
    REQUIRE(journal->isEditing());
    auto* urge = child<QSpinBox>(journal, "urgeSpin");
    urge->setFocus();
    urge->selectAll();
    QTest::keyClicks(urge, u"8"_s);
    child<QRadioButton>(journal, "outcomeActed")->click();
    ActedEntry seen;
    auto* note = child<QLabel>(journal, "outcomeNote");
    REQUIRE(note->isVisibleTo(journal));
    seen.note = note->text();
    seen.copedLabel = child<QRadioButton>(journal, "outcomeCoped")->text();
    seen.actedLabel = child<QRadioButton>(journal, "outcomeActed")->text();
    child<QPushButton>(journal, "entrySave")->click();
    REQUIRE(window->currentScreen()->objectName() == u"setbackPanel"_s);
    auto* panel = child<SetbackPanel>(window.get(), "setbackPanel");
    seen.care = panel->careText();
    for (const QLabel* label : panel->findChildren<QLabel*>()) seen.kind += label->text() + u'\n';
    return seen;
}

QString urgeTimerIntro() {
    UrgeTimerPanel panel;
    QString texts;
    for (const QLabel* label : panel.findChildren<QLabel*>()) texts += label->text() + u'\n';
    return texts;
}

QString crisisCareLine() {
    test::TempProfile folder;
    makeProfile(folder.paths(), kPassphrase);
    auto window = openWindow(folder.paths());
    window->settings().setRegion(u"UK"_s);
    window->settings().save();
    window->showHelpNow();
    auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
    return child<QLabel>(crisis, "crisisCareLine")->text();
}

}  // namespace

TEST_CASE("Safe words: after 'I acted on it' the care names swallowing, doubt and thoughts of ending one's life",
          "[safewords][setback][gui]") {
    SECTION("English") {
        const ActedEntry seen = saveActedEntry();
        INFO(seen.care.toStdString());
        CHECK(
            seen.care.contains(u"If you have swallowed something, or are not sure how serious an injury is, get "
                               u"medical help now, even if you feel okay: call 999"_s));
        CHECK(
            seen.care.contains(u"If you are thinking about ending your life, or are not sure you can keep "
                               u"yourself safe, call 999 or a crisis line now."_s));
        CHECK_FALSE(seen.care.contains(u"If it is serious"_s));  // nobody is left to judge that alone
        CHECK(seen.kind.contains(u"Everything you have learned still counts"_s));
        CHECK_FALSE(seen.kind.contains(u"every day you coped"_s, Qt::CaseInsensitive));
        // The journal's note thanks without suggesting other entries were not honest.
        CHECK(seen.note.startsWith(u"Thank you for writing it down. "_s));
        CHECK_FALSE(seen.note.contains(u"honest"_s, Qt::CaseInsensitive));
        CHECK(seen.note.contains(u"If you are hurt or have swallowed something, please get medical help now"_s));
        // "Coping" is what people do to get through pain, never one of two outcomes.
        CHECK(seen.copedLabel == u"I got through it another way"_s);
        CHECK_FALSE(seen.copedLabel.contains(u"cope"_s, Qt::CaseInsensitive));
    }
    SECTION("German") {
        const Translations german(u"de"_s);
        REQUIRE(german.isInstalled());
        const ActedEntry seen = saveActedEntry();
        INFO(seen.care.toStdString());
        CHECK(
            seen.care.contains(u"Wenn du etwas geschluckt hast oder nicht sicher bist, wie ernst eine Verletzung "
                               u"ist, hol dir jetzt medizinische Hilfe, auch wenn du dich gut fühlst: Ruf 999 an"_s));
        CHECK(seen.care.contains(u"Wenn du daran denkst, dir das Leben zu nehmen"_s));
        CHECK(seen.kind.contains(u"Alles, was du gelernt hast, zählt weiterhin"_s));
        CHECK(seen.note.startsWith(u"Danke, dass du es aufgeschrieben hast."_s));
        CHECK_FALSE(seen.note.contains(u"ehrlich"_s, Qt::CaseInsensitive));
        CHECK(seen.note.contains(u"medizinische Hilfe"_s));
        CHECK(seen.copedLabel == u"Ich habe ihn auf andere Weise überstanden"_s);
        CHECK(seen.actedLabel == u"Ich bin dem Drang gefolgt"_s);
    }
}

TEST_CASE("Safe words: the help screen names thoughts of ending one's life, with the region's number",
          "[safewords][crisis][gui]") {
    CHECK(
        crisisCareLine().contains(u"If you are in danger, thinking about ending your life, or not sure you can "
                                  u"keep yourself safe, call 999 or a crisis line now."_s));
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    CHECK(crisisCareLine().contains(u"daran denkst, dir das Leben zu nehmen"_s));
}

TEST_CASE("Safe words: the urge timer promises no length of time", "[safewords][crisis]") {
    const QString english = urgeTimerIntro();
    CHECK_FALSE(english.contains(u"5 to 15"_s));
    CHECK_FALSE(english.contains(u"usually within"_s));
    CHECK(
        english.contains(u"Urges often ease within minutes; sometimes they take longer, and they can come back. "
                         u"That's okay."_s));
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    const QString deutsch = urgeTimerIntro();
    CHECK_FALSE(deutsch.contains(u"15 Minuten"_s));
    CHECK(deutsch.contains(u"manchmal dauert es länger, und er kann wiederkommen"_s));
    CHECK_FALSE(deutsch.contains(u"nachgeben"_s));
}

TEST_CASE("Safe words: the plan asks what could go out of easy reach, and names emergency help", "[safewords][plan]") {
    const QString surroundings = planSections::prompt(PlanSection::SafeEnvironment);
    CHECK(surroundings.contains(u"put out of easy reach, or ask someone to keep for you"_s));
    CHECK_FALSE(surroundings.contains(u"feel safer"_s));
    const QStringList services = planSections::examples(PlanSection::Professionals);
    CHECK(services.contains(u"The emergency number"_s));
    CHECK(services.contains(u"The emergency department at the nearest hospital"_s));
    CHECK(planSections::prompt(PlanSection::Professionals).contains(u"emergency department"_s));
    // The plan's own example for coping alone holds nothing cold in the hand either.
    for (const QString& example : planSections::examples(PlanSection::InternalCoping))
        CHECK_FALSE(example.contains(u"cold"_s, Qt::CaseInsensitive));

    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    CHECK(planSections::prompt(PlanSection::SafeEnvironment).contains(u"außer Reichweite"_s));
    CHECK(planSections::examples(PlanSection::Professionals).contains(u"Die Notaufnahme im nächsten Krankenhaus"_s));
}

TEST_CASE("Safe words: one name for the family of comforting ideas, and for the question of what was tried",
          "[safewords][german]") {
    auto check = [](const char* pageHeading) {
        const QString name = ToolboxText::familyName(CopingCategory::SelfSoothing);
        CHECK(TryIdeaPanel::familyLabel(CopingCategory::SelfSoothing) == name);
        CHECK(LibraryPages::find(u"coping-families"_s)->markdown.contains(u"## 4. "_s + name + u'\n'));
        CHECK(name == QString::fromUtf8(pageHeading));
        // The journal and the reflection after a setback ask the same question.
        CHECK(QCoreApplication::translate("mooring::ReflectionEditor", "What did I &try?").remove(u'&') ==
              QCoreApplication::translate("mooring::EntryEditor", "What did I try?"));
        CHECK(QCoreApplication::translate("ReviewDocument", "Since you started") ==
              QCoreApplication::translate("mooring::ReviewScreen", "Since you started"));
    };
    {
        const LibraryIn english(QLocale(QLocale::English, QLocale::UnitedKingdom));
        check("Comforting yourself");
    }
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    const LibraryIn deutsch(QLocale(QLocale::German, QLocale::Germany));
    check("Dich selbst trösten");
    CHECK(QCoreApplication::translate("mooring::ReviewScreen", "Since you started") == u"Seit du angefangen hast"_s);
}

TEST_CASE("Safe words: the library names thoughts of ending one's life, swallowing, and when family get help",
          "[safewords][library]") {
    auto check = [](const LibraryIn& library, const QString& endingLife, const QString& swallowed,
                    const QString& outOfReach, const QStringList& gone) {
        CHECK(library.page("what-self-harm-is").contains(endingLife));
        CHECK(library.page("finding-help").contains(endingLife));
        CHECK(library.page("after-a-setback").contains(endingLife));
        CHECK(library.page("after-a-setback").contains(swallowed));
        CHECK(library.page("family-friends").contains(swallowed));
        CHECK(library.page("family-friends").contains(outOfReach));
        for (const LibraryPage& page : LibraryPages::all())
            for (const QString& word : gone) {
                INFO(page.id.toStdString() << ": " << word.toStdString());
                CHECK_FALSE(page.markdown.contains(word, Qt::CaseInsensitive));
            }
    };
    {
        const LibraryIn english(QLocale(QLocale::English, QLocale::UnitedKingdom));
        check(english, u"thinking about ending your life"_s, u"swallowed something"_s, u"out of easy reach"_s,
              {u"ice cube"_s, u"sharp"_s, u"fifteen minutes"_s, u"every day you coped"_s, u"What did you try"_s,
               u"\"Where I am\""_s});
        CHECK(english.page("family-friends").contains(u"## When to get help straight away"_s));
    }
    {
        const LibraryIn deutsch(QLocale(QLocale::German, QLocale::Germany));
        check(deutsch, u"daran denkst, dir das Leben zu nehmen"_s, u"etwas geschluckt"_s, u"außer Reichweite"_s,
              {u"Eiswürfel"_s, u"fünfzehn Minuten"_s, u"Jeder Tag, an dem du"_s, u"nachgegeben"_s,
               u"Zeit zu deiner Freundin"_s});
        // Grammar: the relative clause belongs to the friend, and to the person.
        CHECK(deutsch.page("coping-families").contains(u"der oder die gerade eine schwere Nacht hat"_s));
        CHECK(deutsch.page("what-self-harm-is").contains(u"Du bist ein Mensch, der einen Namen hat"_s));
        CHECK(deutsch.page("urges").contains(u"In einem Drang wünschen sich dein Kopf und dein Körper"_s));
    }
}

TEST_CASE("Safe words: German says what the English says, without 'gave in' or wounds healing", "[safewords][german]") {
    const Translations german(u"de"_s);
    REQUIRE(german.isInstalled());
    CHECK(QCoreApplication::translate("mooring::CrisisScreen", "Understand self-harm and recovery") ==
          QCoreApplication::translate("mooring::LibraryScreen", "Understand self-harm and recovery"));
    CHECK(journaltext::outcomeLabel(JournalOutcome::Acted) == u"Ich bin dem Drang gefolgt"_s);

    const QString catalogue = repositoryFile(u"translations/mooring_de.ts"_s);
    CHECK(catalogue.count(u"type=\"unfinished\""_s) == 0);
    CHECK(catalogue.count(u"<translation></translation>"_s) == 0);
    for (const QString& phrase : {u"nachgegeben"_s, u"Seit deinem Anfang"_s, u"Seit meinem Anfang"_s,
                                  u"Kurze Seiten zum Lesen</translation>"_s, u"Sich beruhigen"_s})
        CHECK_FALSE(catalogue.contains(phrase));
    for (const char* file :
         {"resources/desktop/org.mooring.Mooring.desktop", "resources/desktop/org.mooring.Mooring.metainfo.xml"}) {
        const QString text = repositoryFile(QString::fromLatin1(file));
        CHECK_FALSE(text.contains(u"Genesung von Selbstverletzung"_s));
        CHECK(text.contains(u"auf dem Weg aus der Selbstverletzung"_s));
    }
}

TEST_CASE("Safe words: the sample profile says 'hard weeks' and never 'honestly'", "[safewords]") {
    const QString sample = repositoryFile(u"resources/sample/sample-profile.json"_s);
    CHECK(sample.contains(u"even on hard weeks"_s));
    CHECK_FALSE(sample.contains(u"bad week"_s, Qt::CaseInsensitive));
    CHECK_FALSE(sample.contains(u"honestly"_s, Qt::CaseInsensitive));
}
