// Mooring in German: the catalogue is complete and careful, the screens speak
// German with the translator installed and English again without it, and the language
// chosen in settings lands in settings.ini.
#include "FoundationDriver.h"
#include "ScreenshotLooks.h"

#include "domain/SafetyPlan.h"
#include "gui/crisis/CrisisScreen.h"
#include "gui/home/HomeScreen.h"
#include "gui/library/LibraryPages.h"
#include "gui/settings/SettingsScreen.h"
#include "gui/unlock/UnlockScreen.h"
#include "storage/ProfileSettings.h"
#include "storage/Translations.h"
#include "support/Screenshot.h"
#include "support/TempProfile.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>

using namespace mooring;
using namespace mooring::foundation;
using namespace Qt::StringLiterals;
using mooring::test::TempProfile;

namespace {

const QString kPassphrase = u"harbour lights at dusk"_s;

QString catalogue() {
    QFile file(QDir(QStringLiteral(MOORING_TEST_DATA)).filePath(u"../../translations/mooring_de.ts"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// Every visible text under root: labels and buttons, as a person would read them.
QString visibleTexts(const QWidget* root) {
    QStringList texts;
    for (const QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root)) texts << label->text();
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(root)) texts << button->text();
    return texts.join(u'\n');
}

void shoot(QWidget* window, const QString& name) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    mooring::test::saveScreenshot(window, name);
}

}  // namespace

TEST_CASE("German: the catalogue is complete, keeps its placeholders and avoids blaming words", "[german]") {
    const QString ts = catalogue();
    CHECK(ts.contains(u"language=\"de_DE\""_s));
    CHECK(ts.count(u"<message"_s) > 500);
    CHECK(ts.count(u"type=\"unfinished\""_s) == 0);
    // Every message keeps the source's placeholders.
    static const QRegularExpression message(u"<message[^>]*>\\s*<source>(.*?)</source>(.*?)</message>"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression placeholder(u"%L?\\d"_s);
    auto placeholders = [](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    int checked = 0;
    QString german;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        INFO(m.captured(1).toStdString());
        CHECK(placeholders(m.captured(1)) == placeholders(m.captured(2)));
        german += m.captured(2) + u'\n';
        ++checked;
    }
    CHECK(checked > 500);
    // The word rules (docs/safe-messaging.md) apply in German too: no streaks, no "relapse-free", no failing, no
    // labels for people.
    for (const QString& word : {u"rückfallfrei"_s, u"Serie"_s, u"versagt"_s, u"Versagen"_s, u"clean"_s, u"Ritzer"_s,
                                u"aufmerksamkeitssüchtig"_s, u"nachgegeben"_s})
        CHECK_FALSE(german.contains(word, Qt::CaseInsensitive));
}

TEST_CASE("German: a language asked for, or the system's, picks one Mooring speaks", "[german]") {
    CHECK(Translations::resolve(QString(), {u"de-DE"_s, u"en-GB"_s}) == u"de"_s);
    CHECK(Translations::resolve(QString(), {u"fr-FR"_s, u"de-AT"_s}) == u"de"_s);
    CHECK(Translations::resolve(QString(), {u"fr-FR"_s}) == u"en"_s);
    CHECK(Translations::resolve(u"en"_s, {u"de-DE"_s}) == u"en"_s);
    CHECK(Translations::resolve(u"de_CH"_s, {u"en-US"_s}) == u"de"_s);
    CHECK(Translations::resolve(u"xx"_s, {u"de-DE"_s}) == u"de"_s);
}

TEST_CASE("German: unlock, crisis and home screens speak German, and English again without it", "[german]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    {
        const Translations german(u"de"_s);
        REQUIRE(german.isInstalled());
        // Texts of files that translate through the "mooring" context reach German too.
        CHECK(planSections::title(PlanSection::WarningSigns) == u"Warnzeichen"_s);

        auto window = openWindow(tmp.paths());
        auto* help = child<QAbstractButton>(window.get(), "helpNowButton");
        CHECK(help->text().startsWith(u"Ich brauche jetzt Hilfe"_s));
        CHECK_FALSE(help->text().contains(u"I need help now"_s));
        auto* unlock = child<UnlockScreen>(window.get(), "unlockScreen");
        CHECK(child<QAbstractButton>(unlock, "unlockButton")->text() == u"&Entsperren"_s);
        CHECK(visibleTexts(unlock).contains(u"Schön, dass du wieder da bist"_s));
        CHECK_FALSE(visibleTexts(unlock).contains(u"Welcome back"_s));

        window->showHelpNow();
        auto* crisis = child<CrisisScreen>(window.get(), "crisisScreen");
        const QString crisisTexts = visibleTexts(crisis);
        CHECK(crisisTexts.contains(u"Du bist damit nicht allein"_s));
        CHECK(crisisTexts.contains(u"&Atmen"_s));
        CHECK_FALSE(crisisTexts.contains(u"Breathe"_s));

        window.reset();
        window = openWindow(tmp.paths());  // back at the unlock screen
        typePassphraseAndUnlock(*window, kPassphrase);
        REQUIRE(window->profile() != nullptr);
        window->showHome();
        auto* home = child<HomeScreen>(window.get(), "homeScreen");
        CHECK(visibleTexts(home).contains(u"Schön, dass du da bist"_s));
        CHECK(visibleTexts(home).contains(u"Mein Werkzeugkasten"_s));
        CHECK_FALSE(visibleTexts(home).contains(u"Good to see you"_s));

        // The library's pages are whole German files, picked by the locale.
        LibraryPages::reload();
        const std::optional<LibraryPage> urges = LibraryPages::find(u"urges"_s);
        REQUIRE(urges.has_value());
        CHECK(urges->title == u"Warum der Drang kommt und warum er wieder geht"_s);
        CHECK(urges->markdown.contains(u"Welle"_s));
    }
    LibraryPages::reload();
    CHECK(LibraryPages::find(u"urges"_s)->title.startsWith(u"Why urges"_s));
    // Without the translator the same window is English: nothing German was left behind.
    auto window = openWindow(tmp.paths());
    CHECK(child<QAbstractButton>(window.get(), "helpNowButton")->text().startsWith(u"I need help now"_s));
    CHECK(planSections::title(PlanSection::WarningSigns) == u"Warning signs"_s);
}

TEST_CASE("German: the language chosen in settings lands in settings.ini", "[german]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    auto window = openWindow(tmp.paths());
    typePassphraseAndUnlock(*window, kPassphrase);
    REQUIRE(window->profile() != nullptr);
    window->showSettings();
    auto* settings = child<SettingsScreen>(window.get(), "settingsScreen");
    auto* box = child<QComboBox>(settings, "languageBox");
    CHECK(box->currentData().toString().isEmpty());  // follows the system until chosen
    CHECK_FALSE(child<QLabel>(settings, "languageNote")->text().isEmpty());

    // By keyboard, as a person would: focus the box and choose the last entry.
    box->setFocus();
    REQUIRE(waitUntil([&] { return box->hasFocus(); }));
    QTest::keyClick(box, Qt::Key_End);
    CHECK(box->currentText() == u"Deutsch"_s);
    CHECK(ProfileSettings(tmp.paths()).language() == u"de"_s);
    CHECK(QSettings(tmp.paths().settings(), QSettings::IniFormat).value(u"language"_s).toString() == u"de"_s);

    QTest::keyClick(box, Qt::Key_Home);
    CHECK(ProfileSettings(tmp.paths()).language().isEmpty());
}

namespace {

// Every screen there is, in German, in each look (with MOORING_SCREENSHOTS: 100 % and 200 %
// text, light and dark). German words are long: these pictures are where cut-off text shows.
void shootEveryScreen(const ProfilePaths& paths) {
    mooring::test::forEachLook([&](const mooring::test::Look& look) {
        {
            // The window applies settings.ini's look when it opens.
            ProfileSettings settings(paths);
            settings.setTextScalePercent(look.percent);
            settings.setTheme(look.theme);
            settings.save();
        }
        auto window = openWindow(paths, QSize(960, 760));
        shoot(window.get(), u"german-unlock"_s + look.suffix);
        window->showHelpNow();
        shoot(window.get(), u"german-crisis"_s + look.suffix);
        window->showLibrary();
        shoot(window.get(), u"german-library"_s + look.suffix);
        window.reset();
        window = openWindow(paths, QSize(960, 760));
        typePassphraseAndUnlock(*window, kPassphrase);
        REQUIRE(window->profile() != nullptr);
        window->showHome();
        shoot(window.get(), u"german-home"_s + look.suffix);
        window->showSettings();
        shoot(window.get(), u"german-settings"_s + look.suffix);
        // Further down: the language choice with its note.
        auto* languageBox = child<QComboBox>(window.get(), "languageBox");
        for (QWidget* w = languageBox->parentWidget(); w; w = w->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                scroll->ensureWidgetVisible(languageBox, 0, 200);
                break;
            }
        }
        shoot(window.get(), u"german-settings-language"_s + look.suffix);
        window->showToolbox();
        shoot(window.get(), u"german-toolbox"_s + look.suffix);
        window->showPlan();
        shoot(window.get(), u"german-plan"_s + look.suffix);
        window->showJournal();
        shoot(window.get(), u"german-journal"_s + look.suffix);
        window->newJournalEntry();
        shoot(window.get(), u"german-journal-entry"_s + look.suffix);
        window->showReview();
        shoot(window.get(), u"german-review"_s + look.suffix);
        window->showSetback();
        shoot(window.get(), u"german-setback"_s + look.suffix);
        window->showRecovery();
        shoot(window.get(), u"german-recovery"_s + look.suffix);
        window->lockNow();
    });
}

}  // namespace

TEST_CASE("German: screenshots of the screens in German", "[german][screenshots]") {
    TempProfile tmp;
    makeProfile(tmp.paths(), kPassphrase);
    {
        const Translations german(u"de"_s);
        REQUIRE(german.isInstalled());
        LibraryPages::reload();
        shootEveryScreen(tmp.paths());
    }
    LibraryPages::reload();  // English again for the tests that run after this one
}
